import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { currentRequestId } from './request-context';

/**
 * Adds the current request's id to every line written inside a request. A fresh object every time:
 * pino merges the line's own fields into what the mixin returns (`Object.assign`), so a shared or
 * frozen object would either leak fields between lines or throw on the first `logger.log(…)`.
 */
export function requestIdMixin(): object {
  const requestId = currentRequestId();
  return requestId === undefined ? {} : { requestId };
}

/**
 * Structured JSON logs (pino). Inside a request every line carries `requestId`; the same id travels
 * into Temporal headers (libs/temporal) so workflow and activity lines carry it too.
 *
 * nestjs-pino provides the Nest logger over one root pino logger; its per-request pino-http
 * middleware is not mounted (`forRoutes: []`): it built two child loggers and ran the request
 * serializer for every request even when nothing was logged, and kept a store of its own. The API's
 * `requestContext` middleware writes the access line instead (libs/common request-context.middleware).
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        forRoutes: [],
        pinoHttp: {
          level: config.logLevel,
          mixin: requestIdMixin,
          // Bodies and auth headers stay out of the log (no request serializer is needed: the access
          // line names its fields); the audit log is the record of what was done.
          wrapSerializers: false,
        },
      }),
    }),
  ],
})
export class LoggingModule {}
