import request from 'supertest';
import { startDrill, type Drill, type WorkerProcess } from '../support/drill';
import { drillHttp, inspectedCase, until } from '../support/drill-cases';
import { expectEffectsExactlyOnce } from '../support/exactly-once';

jest.setTimeout(300_000);

/** How far ahead the deadline lies when the Temporal server is killed. */
const DEADLINE_IN_MS = 75_000;

/**
 * The Temporal dev server (the drill's own, state in a SQLite file) is SIGKILLed while a case waits
 * on a deadline, and started again on the same file. The clock is a real one made short: an
 * emergency measure must be confirmed or lifted within 24 hours of being taken (行政强制法 第19条),
 * and a measure taken 24 hours minus 75 seconds ago falls due in 75 seconds. Its timer, set before
 * the kill, still fires afterwards: the task is marked overdue once. While Temporal is down the
 * reads served from PostgreSQL keep working and what needs Temporal answers 503.
 */
describe('drill: the Temporal server killed while a case waits on a deadline', () => {
  let drill: Drill;
  let worker: WorkerProcess;

  beforeAll(async () => {
    drill = await startDrill('temporal');
    worker = await drill.startWorker();
  });
  afterAll(async () => {
    await worker?.stop();
    await drill?.close();
  });

  const timelineOf = async (caseId: string) =>
    (
      await drill.db.query<{ type: string; payload: { taskKey?: string } }[]>(
        'SELECT type, payload FROM case_event WHERE case_id = $1 ORDER BY seq',
        [caseId],
      )
    ).map((e) => `${e.type}${e.payload.taskKey ? ` ${e.payload.taskKey}` : ''}`);

  it('fires the deadline after the restart, once, and serves reads meanwhile', async () => {
    const { get, post, http } = drillHttp(drill);
    const caseId = await inspectedCase(drill);
    // Signed in beforehand (signing in is slow on a loaded machine, and the deadline does not wait).
    await Promise.all([get('/tasks', 'nc.supervisor'), get('/cases', 'prov.auditor')]);
    const measure = await post(`/cases/${caseId}/emergency-measures`, {
      kind: 'suspend_production',
      dangerIds: ['D1'],
      reason: '重大事故隐患，现场责令暂时停产',
      takenAt: new Date(Date.now() - 24 * 3600_000 + DEADLINE_IN_MS).toISOString(),
    });
    expect(measure.status).toBe(200);
    const page = await get(`/cases/${caseId}`);
    const review = (page.body.tasks as { key: string; kind: string; dueAt: string }[]).find(
      (t) => t.kind === 'review_emergency_measure',
    );
    expect(review).toBeDefined();
    const dueAt = Date.parse(review!.dueAt);
    // The reminder (6 hours before) is due at once; the deadline is not yet.
    await until(
      async () => expect(await timelineOf(caseId)).toContain(`task_reminded ${review!.key}`),
      60_000,
    );
    expect(await timelineOf(caseId)).not.toContain(`task_overdue ${review!.key}`);

    await drill.temporal.kill();
    expect(Date.now()).toBeLessThan(dueAt); // killed while the case waits on the deadline
    // The API as npm start runs it starts with Temporal down (and is checked again after the restart).
    const apiProcess = await drill.startApiProcess();
    const down = await request(apiProcess.url).get('/health');
    expect({ status: down.status, down: down.body.down }).toEqual({ status: 503, down: ['temporal'] });

    // Reads from PostgreSQL keep working ...
    expect((await get('/cases')).status).toBe(200);
    expect((await get(`/cases/${caseId}`)).status).toBe(200);
    expect((await get('/tasks', 'nc.supervisor')).status).toBe(200);
    expect((await get(`/audit/cases/${caseId}`, 'prov.auditor')).status).toBe(200);
    // ... what needs Temporal is 503 with Retry-After (a create, an action), and /health says which.
    const [created, acted, health] = await Promise.all([
      post('/cases', {
        origin: 'complaint',
        summary: '群众举报',
        enterprise: { name: '南昌某化工有限公司', creditCode: '91110108551385082Q', address: '南昌' },
      }),
      post(`/cases/${caseId}/rectification-order`, { deadline: '2026-12-31', instructions: '限期整改' }),
      request(drill.api.getHttpServer()).get('/health'),
    ]);
    for (const res of [created, acted]) {
      expect({ status: res.status, code: res.body.code }).toEqual({
        status: 503,
        code: 'service.unavailable',
      });
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1|UNAVAILABLE|ECONNREFUSED/);
    }
    expect(health.status).toBe(503);
    expect(health.body).toEqual({
      status: 'error',
      info: { database: { status: 'up' } },
      error: { temporal: { status: 'down' } },
      details: { database: { status: 'up' }, temporal: { status: 'down' } },
      down: ['temporal'],
    });

    await drill.temporal.start(); // resolves once the server answers its health check
    // The timer set before the kill fires (if the restart took longer than the wait, at once).
    const timeline = await until(async () => {
      const t = await timelineOf(caseId);
      expect(t).toContain(`task_overdue ${review!.key}`);
      return t;
    }, 180_000);
    expect(Date.now()).toBeGreaterThanOrEqual(dueAt);
    expect(timeline.filter((e) => e === `task_overdue ${review!.key}`)).toHaveLength(1);
    expect(timeline.filter((e) => e === `task_reminded ${review!.key}`)).toHaveLength(1);
    const [task] = await drill.db.query<{ overdue: boolean }[]>(
      'SELECT overdue FROM case_task WHERE case_id = $1 AND task_key = $2',
      [caseId, review!.key],
    );
    expect(task?.overdue).toBe(true);
    // The worker came through the outage: an action is applied again.
    const order = await post(`/cases/${caseId}/rectification-order`, {
      deadline: '2026-12-31',
      instructions: '限期整改',
    });
    expect(order.status).toBe(200);
    await http().get('/health').expect(200);
    await request(apiProcess.url).get('/health').expect(200);
    expect(apiProcess.running).toBe(true);
    await apiProcess.stop();
    await expectEffectsExactlyOnce(drill.db, caseId);
  });
});
