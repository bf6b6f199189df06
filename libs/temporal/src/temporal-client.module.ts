import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '@safecase/common';
import { temporalConnectionOptions } from './connection-options';
import { RequestIdClientInterceptor } from './request-id.interceptors';

/**
 * The API's Temporal client. The connection is lazy so the API boots (and `/health` can say what is
 * wrong) even while Temporal is down; calls fail with UNAVAILABLE (503 to the caller) until it is back.
 */
@Global()
@Module({
  providers: [
    {
      provide: Client,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new Client({
          connection: Connection.lazy({
            ...temporalConnectionOptions(config.temporal),
            // The SDK's default (10 attempts, ~20 s) outlasts a request's 20-second wait, so a down
            // server looked like a slow one; 6 attempts (~3 s) ride out a blip, then answer 503.
            interceptors: [makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: 6 }))],
          }),
          namespace: config.temporal.namespace,
          interceptors: { workflow: [new RequestIdClientInterceptor()] },
        }),
    },
  ],
  exports: [Client],
})
export class TemporalClientModule implements OnApplicationShutdown {
  constructor(@Inject(Client) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}
