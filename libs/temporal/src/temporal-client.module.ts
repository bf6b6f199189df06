import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '@safecase/common';
import { RequestIdClientInterceptor } from './request-id.interceptors';

/**
 * The API's Temporal client. The connection is lazy so the API boots (and `/health` can say what is
 * wrong) even while Temporal is down; calls fail with UNAVAILABLE until it is back.
 */
@Global()
@Module({
  providers: [
    {
      provide: Client,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new Client({
          connection: Connection.lazy({ address: config.temporal.address }),
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
