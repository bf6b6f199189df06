import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Connection } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '@safecase/common';
import { temporalConnectionOptions } from '@safecase/temporal';

@Injectable()
export class TemporalHealthIndicator implements OnApplicationShutdown {
  // A connection of its own without the SDK's retry interceptor: a health probe must report a down
  // server at once, not retry in the background (where a retry could outlive the connection).
  private readonly connection: Connection;

  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.connection = Connection.lazy({ ...temporalConnectionOptions(config.temporal), interceptors: [] });
  }

  /** Up when the frontend answers GetSystemInfo within the timeout. */
  check(key: 'temporal', timeoutMs: number) {
    return this.indicators
      .check(key)
      .attempt(async () => {
        await this.connection.withDeadline(Date.now() + timeoutMs, () =>
          this.connection.workflowService.getSystemInfo({}),
        );
      })
      .withTimeout(timeoutMs + 500);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
