import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { APP_CONFIG, loadConfig, type AppConfig } from '@safecase/common';
import { randomUUID } from 'node:crypto';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/configure-app';
import { createWorker } from '../../apps/worker/src/create-worker';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { WORKFLOW_BUNDLE_PATH } from './environment';
import { buildOpenApiDocument } from '../../apps/api/src/contract/openapi';
import { ContractCheck } from './contract-check';
import { observeResponses } from './response-observer';

/** The configuration of a test: the run's servers, and a task queue of its own so files never share work. */
export function testConfig(overrides: { temporalAddress?: string } = {}): AppConfig {
  const config = loadConfig();
  return {
    ...config,
    logLevel: 'warn',
    temporal: {
      ...config.temporal,
      address: overrides.temporalAddress ?? config.temporal.address,
      taskQueue: `test-${randomUUID()}`,
    },
  };
}

const checks: ContractCheck[] = [];

/** What the responses of the APIs started in this test file broke of the OpenAPI document. */
export function contractViolations(): string[] {
  return [...new Set(checks.flatMap((c) => c.violations))];
}

/** The API exactly as main.ts configures it, not listening (supertest drives its HTTP server). */
export async function startApi(config: AppConfig): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forConfig(config)] })
    .overrideProvider(APP_CONFIG)
    .useValue(config)
    .compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  // Every response is checked against the document (test/support/contract-guard.ts reports).
  const check = new ContractCheck(buildOpenApiDocument(app));
  checks.push(check);
  observeResponses(app, (r) => check.check(r));
  configureApp(app);
  await app.init();
  return app;
}

export interface RunningWorker {
  context: INestApplicationContext;
  worker: Worker;
  stop(): Promise<void>;
}

/** The worker app (its Nest context and activities) on the run's workflow bundle. */
export async function startWorker(config: AppConfig, connection?: NativeConnection): Promise<RunningWorker> {
  const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
    .overrideProvider(APP_CONFIG)
    .useValue(config)
    .compile();
  const context = await moduleRef.init();
  const ownConnection = connection
    ? undefined
    : await NativeConnection.connect({ address: config.temporal.address });
  const worker = await createWorker(
    context,
    config,
    { codePath: WORKFLOW_BUNDLE_PATH },
    connection ?? ownConnection,
  );
  const running = worker.run();
  return {
    context,
    worker,
    async stop() {
      worker.shutdown();
      await running;
      await ownConnection?.close();
      await context.close();
    },
  };
}
