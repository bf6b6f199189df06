import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { loadConfig } from '@safecase/common';
import { createWorker } from '../../apps/worker/src/create-worker';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { WORKFLOW_BUNDLE_PATH } from './environment';

/**
 * The worker as apps/worker/src/main.ts runs it (the same module, activities and createWorker; config
 * from the environment), in a process of its own so a drill can SIGKILL it mid-action. Only the
 * workflow code differs: the test run's bundle, instead of bundling again on every start.
 * Started by test/support/drill.ts (`node -r ts-register.js`); tells its parent `{ ready: true }`.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  // A drill makes activities fail on purpose (a dead database): the SDK's errors only, not its warnings.
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error', 'warn'] });
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  const worker = await createWorker(app, config, { codePath: WORKFLOW_BUNDLE_PATH }, connection);
  const running = worker.run(); // the SDK's Runtime shuts the worker down on SIGTERM
  process.send?.({ ready: true });
  try {
    await running;
  } finally {
    await connection.close();
    await app.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
