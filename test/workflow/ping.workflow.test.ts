import { TestWorkflowEnvironment } from '@temporalio/testing';
import { PingEntity } from '@safecase/persistence';
import { acknowledgePing, pingState, type pingWorkflow } from '@safecase/workflows';
import { workflowIds } from '@safecase/temporal';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startWorker, testConfig, type RunningWorker } from '../support/apps';
import { testEnvironment } from '../support/environment';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

// Time-skipping server: a one-day acknowledgement window passes in moments, through a real timer.
describe('pingWorkflow (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  let worker: RunningWorker;
  const config = testConfig();

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: testEnvironment().testServer } },
    });
    worker = await startWorker(config, env.nativeConnection);
  }, SERVER_HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await worker?.stop();
    await env?.teardown();
  }, SERVER_HOOK_TIMEOUT_MS);

  const start = (pingId: string) =>
    env.client.workflow.start<typeof pingWorkflow>('pingWorkflow', {
      workflowId: workflowIds.ping(pingId),
      taskQueue: config.temporal.taskQueue,
      args: [{ pingId, message: 'time-skipping', ackWindowMs: 24 * 3600 * 1000 }],
    });

  const row = (pingId: string) =>
    worker.context.get(DataSource).getRepository(PingEntity).findOneByOrFail({ id: pingId });

  it('expires when the window passes without an acknowledgement, and says so in PostgreSQL', async () => {
    const pingId = randomUUID();
    const handle = await start(pingId);
    const before = await env.currentTimeMs();
    await expect(handle.result()).resolves.toBe('EXPIRED');
    expect((await env.currentTimeMs()) - before).toBeGreaterThanOrEqual(24 * 3600 * 1000);
    expect((await row(pingId)).status).toBe('EXPIRED');
  });

  it('settles as acknowledged when the signal arrives inside the window', async () => {
    const pingId = randomUUID();
    const handle = await start(pingId);
    // Wait (in skipped time) until the row exists, then acknowledge before the window closes.
    await env.sleep('1 hour');
    expect((await handle.query(pingState)).recorded).toBe(true);
    await handle.signal(acknowledgePing);
    await expect(handle.result()).resolves.toBe('ACKNOWLEDGED');
    expect((await row(pingId)).status).toBe('ACKNOWLEDGED');
  });
});
