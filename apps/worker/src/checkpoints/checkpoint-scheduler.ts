import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@safecase/common';
import { AuditCheckpoints } from '@safecase/persistence';

/**
 * Signs the audit chains' heads every AUDIT_CHECKPOINT_INTERVAL_SECONDS, and once at start-up.
 *
 * A plain interval in the worker process rather than a Temporal Schedule: a checkpoint needs only
 * PostgreSQL and the key, so it keeps being written while Temporal is down (the audit log never
 * depends on Temporal); the sandbox's time-skipping test server has no Schedules; and the key stays on
 * the worker and API hosts, where it is configured anyway. Several workers may run: the checkpoint
 * lock and `onlyIfMoved` keep them from writing the same heads twice, so an idle system writes none.
 */
@Injectable()
export class CheckpointScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CheckpointScheduler.name);
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<void>;

  constructor(
    private readonly checkpoints: AuditCheckpoints,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.auditCheckpoints.intervalSeconds;
    this.timer = setInterval(() => void this.tick(), seconds * 1000);
    this.timer.unref();
    this.logger.log({ intervalSeconds: seconds }, 'audit checkpoints scheduled');
    void this.tick();
  }

  /** One checkpoint unless the previous one is still being written; never throws. */
  tick(): Promise<void> {
    this.inFlight ??= this.checkpoints
      .take({ origin: 'schedule', onlyIfMoved: true })
      .then((stored) => {
        if (stored)
          this.logger.log(
            { checkpointId: stored.id, chains: stored.checkpoint.chains },
            'audit checkpoint signed',
          );
      })
      .catch((error: unknown) => this.logger.error({ err: error }, 'could not write an audit checkpoint'))
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }

  // Before the database connection closes (TypeORM closes it on application shutdown).
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.inFlight;
  }
}
