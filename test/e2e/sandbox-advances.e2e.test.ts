import type { INestApplication } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { registerSearchAttributes, workflowIds } from '@safecase/temporal';
import type { enforcementCaseWorkflow } from '@safecase/workflows';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { ensureFixtureYears } from '../support/calendar-fixtures';
import { caseInput, demoActor } from '../support/cases';
import { testEnvironment } from '../support/environment';
import { ownDatabase } from '../support/own-database';
import { EVENTUALLY_TIMEOUT_MS, SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

const DAY_MS = 24 * 3600 * 1000;
/** Cases whose re-inspections fall due at the same instant: a small deadline storm. */
const STORM = Number(process.env.SANDBOX_STORM_CASES ?? 12);

interface Advance {
  id: string;
  state: 'running' | 'done' | 'failed';
  advance: string;
  from: string;
  target: string;
  now: string | null;
  procedures: { caughtUp: number; total: number };
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}

/**
 * `POST /sandbox/clock` over a storm answers 202 with a progress resource (issue #16 §5) instead of
 * 503 after a minute. Its own database, so the progress counts only this file's records, and
 * `SANDBOX_ADVANCE_ANSWER_MS=0`, so every advance answers 202 however quick it is.
 */
describe('sandbox clock advances: 202 and GET /sandbox/clock/advances/{id}', () => {
  let own: Awaited<ReturnType<typeof ownDatabase>>;
  let env: TestWorkflowEnvironment;
  let api: INestApplication;
  let worker: RunningWorker;
  let supervisor: Record<string, string>;
  let officer: Record<string, string>;
  const config = { ...testConfig(), sandbox: true, sandboxAdvanceAnswerMs: 0 };
  const http = () => request(api.getHttpServer());
  const clockNow = async () =>
    Date.parse(((await http().get('/sandbox/clock').set(officer).expect(200)).body as { now: string }).now);
  const progress = async (location: string) =>
    (await http().get(location).set(officer).expect(200)).body as Advance;
  async function untilFinished(location: string): Promise<Advance> {
    const deadline = Date.now() + EVENTUALLY_TIMEOUT_MS;
    for (;;) {
      const body = await progress(location);
      if (body.state !== 'running' || Date.now() > deadline) return body;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** A case with one danger whose order to rectify falls due on `deadline` (its re-inspection 10 days on). */
  async function caseWithDeadline(deadline: string): Promise<string> {
    const opened = await http()
      .post('/cases')
      .set(officer)
      .send({
        origin: 'plan',
        summary: '培训',
        enterprise: { name: '培训公司', creditCode: '91110108551385082Q', address: '南昌' },
      });
    // 202 (record pending) is a loaded machine's answer too: the workflow takes the next steps in order.
    expect([201, 202]).toContain(opened.status);
    const id = (opened.body as { id: string }).id;
    await http()
      .post(`/cases/${id}/inspection`)
      .set(officer)
      .send({
        officers: ['nc.officer1', 'nc.officer2'],
        inspectedAt: new Date(await clockNow()).toISOString(),
        place: '培训车间',
        unitRefusedToSign: false,
        findings: [
          { description: '培训隐患', severity: 'ordinary', legalBasis: '安全生产法 第41条', evidence: [] },
        ],
      })
      .expect((res) => expect([200, 202]).toContain(res.status));
    await http()
      .post(`/cases/${id}/rectification-order`)
      .set(officer)
      .send({ deadline, instructions: '整改' })
      .expect((res) => expect([200, 202]).toContain(res.status));
    return id;
  }

  beforeAll(async () => {
    own = await ownDatabase();
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: testEnvironment().testServer } },
    });
    await registerSearchAttributes(env.connection, 'default');
    await ensureFixtureYears(own.db, await env.currentTimeMs(), 3);
    Object.assign(config, { databaseUrl: own.url });
    config.temporal = { ...config.temporal, address: env.address };
    worker = await startWorker(config, env.nativeConnection);
    api = await startApi(config);
    supervisor = bearer(await tokenFor(api, 'nc.supervisor'));
    officer = bearer(await tokenFor(api, 'nc.officer1'));
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
    await env?.teardown();
    await own?.drop();
  }, SERVER_HOOK_TIMEOUT_MS);

  it(`answers 202 over ${STORM} re-inspections due at once, and reports them all caught up`, async () => {
    const now = await clockNow();
    const deadline = new Date(now + 8 * 3600_000 + 3 * DAY_MS).toISOString().slice(0, 10);
    const ids: string[] = [];
    for (let i = 0; i < STORM; i++) ids.push(await caseWithDeadline(deadline));
    // Every order's re-inspection task is in the read model before the clock moves (a 202 above).
    const planned = async () =>
      (
        await own.db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM case_task WHERE case_id = ANY($1::uuid[]) AND kind = 'reinspect'`,
          [ids],
        )
      )[0]!.n;
    for (const deadline = Date.now() + EVENTUALLY_TIMEOUT_MS; (await planned()) < STORM;) {
      if (Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // Past every reminder and due time of those tasks (the re-inspection: 10 days after the deadline).
    const accepted = await http()
      .post('/sandbox/clock')
      .set(supervisor)
      .send({ advance: 'P20D' })
      .expect(202);
    const body = accepted.body as Advance;
    expect(accepted.headers.location).toBe(`/sandbox/clock/advances/${body.id}`);
    expect(body).toMatchObject({
      advance: 'P20D',
      procedures: { total: STORM },
      startedAt: expect.stringMatching(/\+08:00$/),
    });
    expect(Date.parse(body.target) - Date.parse(body.from)).toBe(20 * DAY_MS);

    const done = await untilFinished(accepted.headers.location!);
    expect(done).toMatchObject({
      id: body.id,
      state: 'done',
      procedures: { caughtUp: STORM, total: STORM },
      finishedAt: expect.stringMatching(/\+08:00$/),
      error: null,
    });
    expect(Date.parse(done.now!)).toBeGreaterThanOrEqual(Date.parse(done.target));
    // The read model says so for every one of them: nothing lost.
    const [marked] = await own.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM case_task
        WHERE case_id = ANY($1::uuid[]) AND kind = 'reinspect' AND reminded AND overdue`,
      [ids],
    );
    expect(marked!.n).toBe(STORM);

    const [entry] = await own.db.query(
      `SELECT actor_username, reason, payload FROM audit_entry
        WHERE action = 'sandbox.advance_clock' AND outcome = 'accepted' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toMatchObject({
      actor_username: 'nc.supervisor',
      reason: expect.stringContaining(accepted.headers.location!),
      payload: { advance: 'P20D', to: null, advanceId: body.id },
    });
  });

  it('404 for an advance it does not know, 400 for an id that is not one', async () => {
    const missing = await http().get(`/sandbox/clock/advances/${randomUUID()}`).set(officer).expect(404);
    expect(missing.body).toMatchObject({ code: 'resource.not_found' });
    await http().get('/sandbox/clock/advances/latest').set(officer).expect(400);
  });

  // Last: it leaves a workflow on a queue nobody polls any more.
  it('stays "running" while a task holds the time, refuses a second advance, and finishes once handled', async () => {
    const queue = `unpolled-${randomUUID()}`;
    const temporal = new Client({ connection: env.connection });
    const caseId = randomUUID();
    await temporal.workflow.start<typeof enforcementCaseWorkflow>('enforcementCaseWorkflow', {
      workflowId: workflowIds.enforcementCase(caseId),
      taskQueue: queue,
      args: [caseInput(caseId, await demoActor(own.db, 'nc.officer1'))],
    });
    const from = await clockNow();
    const accepted = await http()
      .post('/sandbox/clock')
      .set(supervisor)
      .send({ advance: 'PT1H' })
      .expect(202);
    const location = accepted.headers.location!;
    expect(await progress(location)).toMatchObject({ state: 'running', now: null, finishedAt: null });
    const busy = await http().post('/sandbox/clock').set(supervisor).send({ advance: 'PT1M' }).expect(409);
    expect(busy.body).toMatchObject({ code: 'sandbox.clock_busy' });
    expect((await clockNow()) - from).toBeLessThan(3600_000);

    const late = await startWorker(
      { ...config, temporal: { ...config.temporal, taskQueue: queue } },
      env.nativeConnection,
    );
    try {
      const done = await untilFinished(location);
      expect(done).toMatchObject({ state: 'done', finishedAt: expect.stringMatching(/\+08:00$/) });
      expect(Date.parse(done.now!) - from).toBeGreaterThanOrEqual(3600_000);
    } finally {
      await late.stop();
    }
  });
});
