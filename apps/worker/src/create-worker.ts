import type { INestApplicationContext } from '@nestjs/common';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { AppConfig } from '@safecase/common';
import { requestIdActivityInterceptor, temporalConnectionOptions } from '@safecase/temporal';
import { collectActivities } from './activities/activities.module';

/**
 * The Temporal Worker for a Nest application context: its activities come from the context, its
 * workflow code from a bundle built once (by main.ts, or by the test run's global setup).
 */
export async function createWorker(
  app: INestApplicationContext,
  config: AppConfig,
  workflowBundle: WorkerOptions['workflowBundle'],
  connection?: NativeConnection,
): Promise<Worker> {
  return Worker.create({
    connection: connection ?? (await NativeConnection.connect(temporalConnectionOptions(config.temporal))),
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    workflowBundle,
    // Bounded memory (issue #16 §3): the trade-off is on WorkerConfig.
    maxCachedWorkflows: config.worker.maxCachedWorkflows,
    stickyQueueScheduleToStartTimeout: `${config.worker.stickyTimeoutSeconds}s`,
    activities: collectActivities(app),
    interceptors: { activity: [requestIdActivityInterceptor] },
  });
}
