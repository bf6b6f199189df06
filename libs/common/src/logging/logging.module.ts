import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { requestIdFor } from './request-context';
import { RequestIdMiddleware } from './request-id.middleware';

/**
 * Structured JSON logs (pino). Inside a request every line carries `requestId`; the same id travels
 * into Temporal headers (libs/temporal) so workflow and activity lines carry it too.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          genReqId: (req) => requestIdFor(req),
          customAttributeKeys: { reqId: 'requestId' },
          quietReqLogger: true,
          // Bodies and auth headers stay out of the log; the audit log is the record of what was done.
          serializers: {
            req: (req: { id: unknown; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url,
            }),
          },
        },
      }),
    }),
  ],
})
export class LoggingModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestIdMiddleware).forRoutes('*path');
  }
}
