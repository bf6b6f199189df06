import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { bundleWorkflowCode, NativeConnection, Runtime } from '@temporalio/worker';
import { ConfigError, createLogger, loadConfig } from '@safecase/common';
import { PinoTemporalLogger, temporalConnectionOptions, workflowBundleOptions } from '@safecase/temporal';
import { Logger } from 'nestjs-pino';
import { createWorker } from './create-worker';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'worker');
  // We own shutdown (below): the Runtime must not install its own signal handlers as well.
  Runtime.install({ logger: new PinoTemporalLogger(logger), shutdownSignals: [] });

  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  const { code } = await bundleWorkflowCode({
    ...workflowBundleOptions(),
    logger: new PinoTemporalLogger(logger),
  });
  const connection = await NativeConnection.connect(temporalConnectionOptions(config.temporal));
  const worker = await createWorker(app, config, { code }, connection);

  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down: finishing in-flight tasks');
    worker.shutdown();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  logger.info({ taskQueue: config.temporal.taskQueue, address: config.temporal.address }, 'worker running');
  try {
    await worker.run(); // resolves once shutdown() has drained the worker
  } finally {
    await connection.close();
    await app.close();
  }
  logger.info('worker stopped');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
