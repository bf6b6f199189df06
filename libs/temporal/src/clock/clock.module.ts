import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, CLOCK, SystemClock, type AppConfig, type Clock } from '@safecase/common';
import { TestServerClock } from './test-server-clock';

/**
 * Provides `CLOCK` to every module of the API and the worker: the system clock, or in the training
 * sandbox (`SANDBOX_MODE`) the time-skipping test server's clock, so that "now" agrees with the
 * timers a trainer has made fire. (The interface lives in libs/common, which stays free of Temporal.)
 */
@Global()
@Module({
  providers: [
    {
      provide: CLOCK,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Clock =>
        config.sandbox ? new TestServerClock(config.temporal.address) : new SystemClock(),
    },
  ],
  exports: [CLOCK],
})
export class ClockModule implements OnApplicationShutdown {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.clock instanceof TestServerClock) await this.clock.close();
  }
}
