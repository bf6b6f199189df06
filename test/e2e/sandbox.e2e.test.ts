import type { INestApplication } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { ROLES } from '@safecase/domain';
import {
  ClockBusyError,
  ClockStalledError,
  registerSearchAttributes,
  TestServerClock,
  workflowIds,
} from '@safecase/temporal';
import { SA_CASE_STAGE, SEARCH_ATTRIBUTES } from '@safecase/temporal/shared';
import type { enforcementCaseWorkflow } from '@safecase/workflows';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { routeInventory } from '../../apps/api/src/auth/route-inventory';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { testEnvironment } from '../support/environment';
import { ensureFixtureYears } from '../support/calendar-fixtures';
import { caseInput, demoActor } from '../support/cases';
import { EVENTUALLY_TIMEOUT_MS, SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';
import { allPages, type Page } from '../support/pages';

const DAY_MS = 24 * 3600 * 1000;
const TOLERANCE_MS = 60_000;

interface Task {
  key: string;
  kind: string;
  dueAt: string | null;
  remindAt: string | null;
  reminded: boolean;
  overdue: boolean;
  escalationLevel: number;
  escalatedTo: string | null;
  provisional: unknown;
}
interface CaseView {
  tasks: Task[];
  timeline: { type: string; details: Record<string, unknown> }[];
}
const reinspect = (body: { tasks: Task[] }) => body.tasks.find((t) => t.kind === 'reinspect')!;
/** An ISO-8601 duration of whole seconds that reaches at least `ms` ahead. */
const seconds = (ms: number) => `PT${Math.ceil(ms / 1000)}S`;

async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = EVENTUALLY_TIMEOUT_MS,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The training sandbox (`npm start -- --sandbox`): the API and the worker on the time-skipping test
 * server (started here, as scripts/start.js does: locked, so time follows the wall clock until a
 * trainer advances it), with `/sandbox/clock`.
 */
describe('training sandbox: /sandbox/clock on the time-skipping test server', () => {
  const config = { ...testConfig(), sandbox: true };
  let env: TestWorkflowEnvironment;
  let api: INestApplication;
  let worker: RunningWorker;
  let temporal: Client; // a plain client: TestWorkflowEnvironment's own unlocks time while awaiting results
  let supervisor: Record<string, string>;
  let officer: Record<string, string>;
  let registered: string[][];

  const clockNow = async (): Promise<number> => {
    const res = await request(api.getHttpServer()).get('/sandbox/clock').set(officer).expect(200);
    return Date.parse((res.body as { now: string }).now);
  };
  const advance = (body: unknown, headers = supervisor) =>
    request(api.getHttpServer())
      .post('/sandbox/clock')
      .set(headers)
      .send(body as object);
  const http = () => request(api.getHttpServer());
  const openCase = () =>
    http()
      .post('/cases')
      .set(officer)
      .send({
        origin: 'plan',
        summary: '培训',
        enterprise: { name: '培训公司', creditCode: '91110108551385082Q', address: '南昌' },
      });
  /**
   * A case whose inspection found one danger and whose order to rectify falls due in 3 days: its
   * re-inspection task (10 days after that deadline) is the clock the trainer watches.
   */
  const caseAwaitingReinspection = async () => {
    const id = ((await openCase().expect(201)).body as { id: string }).id;
    const now = await clockNow();
    await http()
      .post(`/cases/${id}/inspection`)
      .set(officer)
      .send({
        officers: ['nc.officer1', 'nc.officer2'],
        inspectedAt: new Date(now).toISOString(),
        place: '培训车间',
        unitRefusedToSign: false,
        findings: [
          { description: '培训隐患', severity: 'ordinary', legalBasis: '安全生产法 第41条', evidence: [] },
        ],
      })
      .expect(200);
    const deadline = new Date(now + 8 * 3600_000 + 3 * DAY_MS).toISOString().slice(0, 10);
    await http()
      .post(`/cases/${id}/rectification-order`)
      .set(officer)
      .send({ deadline, instructions: '整改' })
      .expect(200);
    return { id, planned: reinspect(await readCase(id)) };
  };
  async function readCase(id: string) {
    return (await http().get(`/cases/${id}`).set(officer).expect(200)).body as CaseView;
  }

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: testEnvironment().testServer } },
    });
    config.temporal = { ...config.temporal, address: env.address };
    // As start.js does; twice, to show it is idempotent on a server that cannot list attributes.
    registered = [
      await registerSearchAttributes(env.connection, 'default'),
      await registerSearchAttributes(env.connection, 'default'),
    ];
    temporal = new Client({ connection: env.connection });
    worker = await startWorker(config, env.nativeConnection);
    api = await startApi(config);
    await ensureFixtureYears(api.get(DataSource), await env.currentTimeMs());
    supervisor = bearer(await tokenFor(api, 'nc.supervisor'));
    officer = bearer(await tokenFor(api, 'nc.officer1'));
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
    await env?.teardown();
  }, SERVER_HOOK_TIMEOUT_MS);

  it('adds GET /sandbox/clock for every role and POST for trainers (supervisor, admin), audited', () => {
    const routes = routeInventory(api).filter((r) => r.path === '/sandbox/clock');
    expect(
      routes.map((r) => ({
        ...r,
        access: r.access?.kind === 'roles' ? [...r.access.roles].sort() : r.access,
      })),
    ).toEqual(
      expect.arrayContaining([
        { method: 'GET', path: '/sandbox/clock', access: [...ROLES].sort(), command: undefined },
        {
          method: 'POST',
          path: '/sandbox/clock',
          access: ['admin', 'supervisor'],
          command: 'sandbox.advance_clock',
        },
      ]),
    );
    expect(routes).toHaveLength(2);
  });

  it('is healthy on the test server', async () => {
    await request(api.getHttpServer()).get('/health').expect(200);
  });

  it('registers the search attributes on the test server, which then accepts them and refuses others', async () => {
    expect(registered).toEqual([SEARCH_ATTRIBUTES.map((k) => k.name), []]);
    // A case opened over HTTP sets its stage on the server, which accepts the registered attribute.
    const opened = await openCase().expect(201);
    const caseId = (opened.body as { id: string }).id;
    const handle = temporal.workflow.getHandle(workflowIds.enforcementCase(caseId));
    const stage = await eventually(
      async () => (await handle.describe()).typedSearchAttributes.get(SA_CASE_STAGE),
      (value) => value !== undefined,
    );
    expect(stage).toBe('opened');

    // An attribute nobody registered is refused at the start, before any workflow runs.
    const unknown = defineSearchAttributeKey('SafecaseNotRegistered', SearchAttributeType.KEYWORD);
    const other = randomUUID();
    const refused = await temporal.workflow
      .start<typeof enforcementCaseWorkflow>('enforcementCaseWorkflow', {
        workflowId: workflowIds.enforcementCase(other),
        taskQueue: config.temporal.taskQueue,
        args: [caseInput(other, await demoActor(api.get(DataSource), 'nc.officer1'))],
        typedSearchAttributes: [{ key: unknown, value: 'sandbox-check' }],
      })
      .then(
        () => undefined,
        (error: unknown) => error as Error & { cause?: Error },
      );
    expect(String(refused?.cause?.message)).toMatch(/SafecaseNotRegistered is not defined/);
  });

  // Before the tests below move the clock years ahead, out of the loaded calendar.
  it('shows a trainer what happens when a re-inspection deadline passes: overdue, then escalated', async () => {
    const { id, planned } = await caseAwaitingReinspection();
    // The due day, 10 days after the deadline, must lie in a loaded calendar year to be planned at all.
    expect(planned).toMatchObject({ overdue: false, escalationLevel: 0, provisional: null });

    await advance({ advance: 'P20D' }).expect(200);
    const page = await eventually(
      () => readCase(id),
      (body) => reinspect(body).escalationLevel >= 1,
    );
    expect(reinspect(page)).toMatchObject({ overdue: true, escalationLevel: expect.any(Number) });
    expect(reinspect(page).escalationLevel).toBeGreaterThanOrEqual(1);
    // The role at its current rung has it, and so does the assignee, marked with the rung.
    const { escalationLevel, escalatedTo } = reinspect(page) as {
      escalationLevel: number;
      escalatedTo: string;
    };
    const inboxOf = async (username: string) =>
      allPages(
        async (query) =>
          (
            await http()
              .get('/tasks')
              .query(query)
              .set(bearer(await tokenFor(api, username)))
              .expect(200)
          ).body as Page<{ caseId: string; kind: string }>,
      );
    const atRung = await inboxOf(escalatedTo === 'head' ? 'nc.head' : 'nc.supervisor');
    expect(atRung).toContainEqual(expect.objectContaining({ caseId: id, kind: 'reinspect', escalatedTo }));
    expect(await inboxOf('nc.officer1')).toContainEqual(
      expect.objectContaining({ caseId: id, kind: 'reinspect', escalationLevel }),
    );
  });

  it('GET /sandbox/clock answers the test server time', async () => {
    const before = await env.currentTimeMs();
    const now = await clockNow();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now - before).toBeLessThan(TOLERANCE_MS);
  });

  it('POST {"advance":"P10D"} moves the clock by 10 days and answers the new time', async () => {
    const before = await clockNow();
    const res = await advance({ advance: 'P10D' }).expect(200);
    const now = Date.parse((res.body as { now: string }).now);
    expect(Object.keys(res.body as object)).toEqual(['now']);
    expect(now - before).toBeGreaterThanOrEqual(10 * DAY_MS);
    expect(now - before).toBeLessThan(10 * DAY_MS + TOLERANCE_MS);
    expect((await clockNow()) - now).toBeLessThan(TOLERANCE_MS);

    const [entry] = await api.get(DataSource).query(
      `SELECT actor_username, outcome, payload FROM audit_entry
          WHERE action = 'sandbox.advance_clock' AND outcome = 'accepted' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toMatchObject({
      actor_username: 'nc.supervisor',
      payload: { advance: 'P10D', to: (res.body as { now: string }).now },
    });
  });

  it("fires a case's durable timers only when the clock is advanced past them, in order", async () => {
    const { id, planned } = await caseAwaitingReinspection();
    expect(planned).toMatchObject({ reminded: false, overdue: false, provisional: null });
    const remindAt = Date.parse(planned.remindAt!);
    const dueAt = Date.parse(planned.dueAt!);
    // What the workflow itself wrote: the view alone would call a task overdue once its time has come.
    const written = async () => {
      const [row] = await api
        .get(DataSource)
        .query<{ reminded: boolean; overdue: boolean }[]>(
          'SELECT reminded, overdue FROM case_task WHERE case_id = $1 AND task_key = $2',
          [id, planned.key],
        );
      const marks = (await readCase(id)).timeline
        .filter((e) => e.details.taskKey === planned.key)
        .map((e) => e.type);
      return { ...row, marks };
    };

    // Left alone, the clock follows the wall clock: neither the reminder nor the due time comes by itself.
    const idleFrom = await clockNow();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await clockNow()) - idleFrom).toBeLessThan(TOLERANCE_MS);
    expect(await written()).toEqual({ reminded: false, overdue: false, marks: [] });

    // When an advance answers, what fell due on the way has happened, the projection activity included.
    await advance({ advance: seconds(remindAt + 3600_000 - (await clockNow())) }).expect(200);
    expect(await written()).toEqual({ reminded: true, overdue: false, marks: ['task_reminded'] });

    await advance({ advance: seconds(dueAt + 3600_000 - (await clockNow())) }).expect(200);
    expect(await written()).toEqual({
      reminded: true,
      overdue: true,
      marks: ['task_reminded', 'task_overdue'],
    });
    expect(reinspect(await readCase(id))).toMatchObject({ overdue: true, escalationLevel: 0 });
  });

  it.each([
    ['not a duration', { advance: '10 days' }, /ISO-8601 duration/],
    ['no component', { advance: 'P' }, /ISO-8601 duration/],
    ['an empty time part', { advance: 'P1DT' }, /ISO-8601 duration/],
    ['a fraction', { advance: 'P1.5D' }, /ISO-8601 duration/],
    ['a negative duration', { advance: '-P1D' }, /ISO-8601 duration/],
    ['weeks mixed with days', { advance: 'P1W2D' }, /ISO-8601 duration/],
    ['a number', { advance: 10 }, /ISO-8601 duration|string/],
    ['nothing', {}, /ISO-8601 duration|string/],
    ['zero', { advance: 'PT0S' }, /longer than zero/],
    ['more than 5 years', { advance: 'P5Y1D' }, /at most 5 years/],
    ['far more than 5 years', { advance: 'P999999999999Y' }, /at most 5 years/],
  ])('refuses %s with 422 validation.failed naming the field', async (_, body, message) => {
    const before = await clockNow();
    // The English messages (Chinese is the default; the field name is the same in both).
    const res = await advance(body).set('Accept-Language', 'en').expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'validation.failed' });
    const fields = res.body.errors as { field: string; messages: string[] }[];
    expect(fields.map((e) => e.field)).toEqual(['advance']);
    expect(fields[0]!.messages.join(' ')).toMatch(message);
    expect((await clockNow()) - before).toBeLessThan(TOLERANCE_MS);
  });

  it('accepts exactly 5 years, from an admin too', async () => {
    const admin = bearer(await tokenFor(api, 'admin'));
    const before = await clockNow();
    const res = await advance({ advance: 'P5Y' }, admin).expect(200);
    expect(Date.parse((res.body as { now: string }).now) - before).toBeGreaterThan(1825 * DAY_MS);
  });

  it('refuses other roles with 403 and audits the attempt', async () => {
    const res = await advance({ advance: 'P1D' }, officer).expect(403);
    expect(res.body).toMatchObject({ code: 'auth.forbidden' });
    const [entry] = await api.get(DataSource).query(
      `SELECT actor_username, outcome FROM audit_entry
          WHERE action = 'sandbox.advance_clock' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toEqual({ actor_username: 'nc.officer1', outcome: 'rejected' });
  });

  it('honours Idempotency-Key: a repeat answers the first result and does not move the clock again', async () => {
    const key = `sandbox-${randomUUID()}`;
    const first = await advance({ advance: 'PT1H' }).set('Idempotency-Key', key).expect(200);
    const again = await advance({ advance: 'PT1H' }).set('Idempotency-Key', key).expect(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect((await clockNow()) - Date.parse((first.body as { now: string }).now)).toBeLessThan(TOLERANCE_MS);
  });

  // Last in this file: it leaves the clock one hour further on.
  it('answers "stalled" instead of hanging while a task holds time, and recovers once it is handled', async () => {
    const clock = new TestServerClock(env.address, { advanceWaitMs: 500 });
    const queue = `unpolled-${randomUUID()}`;
    let late: RunningWorker | undefined;
    try {
      // A workflow task nobody polls for: the server holds time until a worker takes it.
      const caseId = randomUUID();
      await temporal.workflow.start<typeof enforcementCaseWorkflow>('enforcementCaseWorkflow', {
        workflowId: workflowIds.enforcementCase(caseId),
        taskQueue: queue,
        args: [caseInput(caseId, await demoActor(api.get(DataSource), 'nc.officer1'))],
      });
      const from = await clock.now();
      await expect(clock.advance(3600_000)).rejects.toBeInstanceOf(ClockStalledError);
      await expect(clock.advance(1000)).rejects.toBeInstanceOf(ClockBusyError);
      expect((await clock.now()).getTime() - from.getTime()).toBeLessThan(TOLERANCE_MS);

      late = await startWorker(
        { ...config, temporal: { ...config.temporal, taskQueue: queue } },
        env.nativeConnection,
      );
      const moved = await eventually(
        () => clock.now(),
        (now) => now.getTime() - from.getTime() >= 3600_000,
      );
      expect(moved.getTime() - from.getTime()).toBeGreaterThanOrEqual(3600_000);
      // The first advance has finished: the next one is accepted again.
      const next = await eventually(
        () =>
          clock.advance(1000).then(
            (now) => now,
            (error: unknown) => error,
          ),
        (outcome) => outcome instanceof Date,
      );
      expect(next).toBeInstanceOf(Date);
    } finally {
      await late?.stop();
      await clock.close();
    }
  });
});

describe('outside sandbox mode', () => {
  it('has no /sandbox/clock: 404, even for a trainer', async () => {
    const api = await startApi(testConfig());
    try {
      expect(routeInventory(api).filter((r) => r.path.startsWith('/sandbox'))).toEqual([]);
      const supervisor = bearer(await tokenFor(api, 'nc.supervisor'));
      const post = await request(api.getHttpServer())
        .post('/sandbox/clock')
        .set(supervisor)
        .send({ advance: 'P10D' })
        .expect(404);
      expect(post.body).toMatchObject({ code: 'resource.not_found' });
      await request(api.getHttpServer()).get('/sandbox/clock').set(supervisor).expect(404);
    } finally {
      await api.close();
    }
  });
});
