import type { INestApplication } from '@nestjs/common';
import { chinaDateOf } from '@safecase/domain';
import { packagedArrangements } from '@safecase/persistence';
import request from 'supertest';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { eventually } from '../support/cases';
import { ownDatabase } from '../support/own-database';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

interface TaskView {
  kind: string;
  dueAt: string | null;
  due: string | null;
  actBy: string | null;
  rolledEnd: string | null;
  provisional: { missingCalendarYear: number } | null;
}

/**
 * docs/domain.md §2.5: loading a year re-plans every open procedure, not only enforcement cases. On a
 * database of its own where this year and the next are not loaded (so the story holds on any day
 * of the year), a penalty's decision clock, an accident's report clock and a rectification item's
 * deadline are provisional, the clock preview refuses to guess; loading the years over HTTP makes every one of them firm at once.
 */
describe('a calendar load re-plans every open procedure', () => {
  const config = testConfig();
  let own: Awaited<ReturnType<typeof ownDatabase>>;
  let api: INestApplication;
  let worker: RunningWorker;
  const as = async (username: string) => bearer(await tokenFor(api, username));
  const http = () => request(api.getHttpServer());
  const post = async (username: string, path: string, body: object) =>
    http()
      .post(path)
      .set(await as(username))
      .send(body);
  const year = Number(chinaDateOf(Date.now()).slice(0, 4));
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();

  beforeAll(async () => {
    own = await ownDatabase();
    for (const y of [year, year + 1]) {
      await own.db.query('DELETE FROM calendar_day WHERE year = $1', [y]);
      await own.db.query('DELETE FROM calendar_year WHERE year = $1', [y]);
    }
    const mine = { ...config, databaseUrl: own.url };
    worker = await startWorker(mine);
    api = await startApi(mine);
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
    await own?.drop();
  }, SERVER_HOOK_TIMEOUT_MS);

  /**
   * A second accident walked to its 批复 with one rectification item due in ten days: the item's
   * own clock (the day to act by, and the ladder after its deadline) waits for the calendar too.
   */
  const itemDeadline = chinaDateOf(Date.now() + 10 * 86_400_000);
  const rectificationItem = async () => {
    const opened = await post('nc.officer1', '/accidents', {
      occurredAt: hoursAgo(3),
      reportedAt: hoursAgo(2.5),
      unit: { name: '南昌某建筑有限公司', creditCode: '91110108551385082Q' },
      location: '360111',
      industry: 'construction',
      category: 'other',
      summary: '塔吊倾覆',
      deaths: 1,
      seriousInjuries: 0,
      directLoss: '300000.00',
    });
    expect(opened.status).toBe(201);
    const id = opened.body.id as string;
    const steps: [string, string, object][] = [
      ['nc.supervisor', 'team', { leader: '张组长', members: ['李', '王'] }],
      ['nc.officer1', 'report', { summary: '调查报告' }],
      ['nc.head', 'approval', { note: '同意' }],
      [
        'nc.officer1',
        'rectification-items',
        {
          measure: '建立塔吊验收制度',
          responsibleUnit: '南昌某建筑有限公司',
          creditCode: '91110108551385082Q',
          deadline: itemDeadline,
        },
      ],
    ];
    for (const [who, step, body] of steps) {
      const res = await post(who, `/accidents/${id}/${step}`, body);
      expect({ step, status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({
        step,
        status: 200,
        body: 'ok',
      });
    }
    const item = await eventually(async () => {
      const res = await http()
        .get(`/accidents/${id}`)
        .set(await as('nc.officer1'))
        .expect(200);
      const child = (res.body.children as { kind: string; id: string }[]).find(
        (c) => c.kind === 'rectification_item',
      );
      expect(child).toBeDefined();
      return child!;
    });
    return `/rectification-items/${item.id}`;
  };

  /** A task key may carry its day (`rectify:2026-12-11`). */
  const ofKind = (t: TaskView, kind: string) => t.kind === kind || t.kind.startsWith(`${kind}:`);

  const tasksOf = async (path: string): Promise<TaskView[]> =>
    (
      await http()
        .get(path)
        .set(await as('nc.supervisor'))
        .expect(200)
    ).body.tasks;

  it('makes a penalty’s decision clock, an accident’s report clock and an item’s deadline firm', async () => {
    const penalty = await post('nc.officer1', '/penalties', {
      party: 'unit',
      partyName: '南昌某化工有限公司',
      creditCode: '91110108551385082Q',
      facts: '未按规定整改重大事故隐患',
    });
    expect(penalty.status).toBe(201);
    const penaltyPath = `/penalties/${penalty.body.id as string}`;
    const filed = await post('nc.supervisor', `${penaltyPath}/filing-decision`, {
      approve: true,
      note: '同意立案',
      actOn: chinaDateOf(Date.now()),
    });
    expect(filed.status).toBe(200);
    const accident = await post('nc.officer1', '/accidents', {
      occurredAt: hoursAgo(2),
      reportedAt: hoursAgo(1.5),
      unit: { name: '南昌某建筑有限公司', creditCode: '91110108551385082Q' },
      location: '360111',
      industry: 'construction',
      category: 'other',
      summary: '脚手架坍塌',
      deaths: 1,
      seriousInjuries: 0,
      directLoss: '500000.00',
    });
    expect(accident.status).toBe(201);
    const accidentPath = `/accidents/${accident.body.id as string}`;
    const itemPath = await rectificationItem();

    const provisional = (tasks: TaskView[], kind: string) => {
      const t = tasks.find((x) => ofKind(x, kind));
      expect(t).toMatchObject({ dueAt: null, due: null, actBy: null });
      expect([year, year + 1]).toContain(t?.provisional?.missingCalendarYear);
    };
    await eventually(async () => provisional(await tasksOf(penaltyPath), 'decision_due'));
    await eventually(async () => provisional(await tasksOf(accidentPath), 'submit_report'));
    // The item's deadline is a day the supervisor set, known without a calendar; its ladder is not,
    // and the task says which year it waits for.
    await eventually(async () => {
      const t = (await tasksOf(itemPath)).find((x) => ofKind(x, 'rectify'));
      expect(t).toMatchObject({ due: itemDeadline, actBy: null });
      expect([year, year + 1]).toContain(t?.provisional?.missingCalendarYear);
    });

    const missing = await http()
      .get('/rules/decision.due/deadline')
      .query({ from: `${year}-06-01` })
      .set(await as('nc.officer1'));
    expect({ status: missing.status, code: missing.body.code }).toEqual({
      status: 422,
      code: 'calendar.year_missing',
    });

    // This year as published where the package has it, else a fixture; next year a fixture.
    const published = packagedArrangements().arrangements.find((a) => a.year === year);
    const fixture = (y: number) => ({
      holidays: [1, 2, 3].map((d) => ({ date: `${y}-01-0${d}`, name: '元旦 (test fixture)' })),
      makeupWorkdays: [],
    });
    const asPublished = published && {
      holidays: published.holidays,
      makeupWorkdays: published.makeupWorkdays,
    };
    for (const [y, arrangement] of [
      [year, asPublished ?? fixture(year)],
      [year + 1, fixture(year + 1)],
    ] as const) {
      const load = async () =>
        http()
          .put(`/calendar/years/${y}`)
          .set(await as('admin'))
          .send({ source: 'test fixture', ...arrangement })
          .expect(200);
      // The fan-out is a workflow of its own, named by the year and its content: a repeat finds it.
      const { replan } = (await load()).body as { replan: { workflowId: string; version: string } };
      expect(replan.workflowId).toBe(`calendar-replan:${y}:${replan.version}`);
      expect(((await load()).body as { replan: { workflowId: string } }).replan.workflowId).toBe(
        replan.workflowId,
      );
      const done = await eventually(async () => {
        const res = await http()
          .get(`/calendar/years/${y}/replan`)
          .set(await as('nc.supervisor'))
          .expect(200);
        expect(res.body.progress.done).toBe(true);
        return res.body;
      });
      expect(done).toMatchObject({ workflowId: replan.workflowId, progress: { year: y } });
      // The penalty, the accidents and the rectification item at least.
      expect(done.progress.signalled).toBeGreaterThanOrEqual(3);
    }

    const firm = (tasks: TaskView[], kind: string) => {
      const t = tasks.find((x) => ofKind(x, kind))!;
      expect(t.provisional).toBeNull();
      expect(t.dueAt).not.toBeNull();
      // Agency-side limits: due on the un-rolled last day, acted on by the working day on or before it.
      expect(t.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(t.actBy! <= t.due!).toBe(true);
      return t;
    };
    const decision = await eventually(async () => firm(await tasksOf(penaltyPath), 'decision_due'));
    await eventually(async () => firm(await tasksOf(accidentPath), 'submit_report'));
    // The unit's deadline is the party's to meet: no act-by day of the agency's, only firm now.
    await eventually(async () =>
      expect((await tasksOf(itemPath)).find((x) => ofKind(x, 'rectify'))).toMatchObject({
        due: itemDeadline,
        actBy: null,
        provisional: null,
      }),
    );

    const preview = await http()
      .get('/rules/decision.due/deadline')
      .query({ from: decision.due!.slice(0, 4) === String(year) ? `${year}-01-05` : `${year}-06-01` })
      .set(await as('nc.officer1'))
      .expect(200);
    expect(preview.body).toMatchObject({ ruleId: 'decision.due', actor: 'agency', endRule: 'last_day' });
  });

  it('refuses a year with no holidays at all, and changes nothing', async () => {
    const res = await http()
      .put(`/calendar/years/${year + 5}`)
      .set(await as('admin'))
      .send({ source: 'no holidays', holidays: [], makeupWorkdays: [] });
    expect({ status: res.status, code: res.body.code }).toEqual({
      status: 422,
      code: 'calendar.invalid_arrangement',
    });
    expect(await own.db.query('SELECT 1 FROM calendar_year WHERE year = $1', [year + 5])).toEqual([]);
  });
});
