import type { INestApplication } from '@nestjs/common';
import { DEMO_AGENCIES } from '@safecase/persistence';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi, testConfig } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

jest.setTimeout(60_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The Monday (YYYY-MM-DD) of the China-time week an instant falls in, computed without SQL. */
function chinaWeek(ms: number): string {
  const china = new Date(ms + 8 * HOUR); // its UTC fields are now 北京时间's
  const monday = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return monday.toISOString().slice(0, 10);
}

interface Dashboard {
  asOf: string;
  dueSoonHours: number;
  agencies: { id: string; name: string }[];
  deadlines: { agencyId: string; kind: string; stage: string; overdue: number; dueSoon: number }[];
  ladder: { rung: string; reached: number; open: number }[];
  workload: { username: string; openTasks: number; overdue: number }[];
  weekly: { weekStart: string; opened: number; closed: number }[];
}

/**
 * GET /dashboard over a read model written here, in an agency of its own (so other test files' records
 * do not move the figures): every figure below is counted by hand from the rows inserted.
 */
describe('the supervisor dashboard (GET /dashboard)', () => {
  let api: INestApplication;
  let db: DataSource;
  const tag = randomUUID().slice(0, 8);
  const agencyId = randomUUID();
  const user = (name: string) => `dash-${tag}.${name}`;
  const ids = { sup: randomUUID(), o1: randomUUID(), o2: randomUUID() };
  const now = Date.now();
  const opened = { c1: now - 2 * DAY, c2: now - 20 * DAY, c3: now - 100 * DAY };
  const closedC2 = now - 3 * DAY;
  const http = () => request(api.getHttpServer());

  beforeAll(async () => {
    api = await startApi(testConfig());
    db = api.get(DataSource);
    await db.query(
      `INSERT INTO agency (id, name, doc_prefix, region_code) VALUES ($1, $2, '看板', '429901')`,
      [agencyId, `看板测试应急管理局${tag}`],
    );
    for (const [key, roles] of [
      ['sup', ['supervisor']],
      ['o1', ['officer']],
      ['o2', ['officer']],
    ] as const) {
      await db.query(
        `INSERT INTO app_user (id, username, display_name, password_hash, agency_id, roles)
         SELECT $1, $2, $3, password_hash, $4, $5 FROM app_user WHERE username = 'admin'`,
        [ids[key], user(key), `看板${key}`, agencyId, roles],
      );
    }
    const kase = (id: string, stage: string, handlers: string[], openedAt: number, closedAt: number | null) =>
      db.query(
        `INSERT INTO enforcement_case (id, workflow_id, agency_id, region_code, origin, enterprise_name,
           credit_code, summary, stage, rulebook_version, opened_by, handlers, opened_at, closed_at, seq, state)
         VALUES ($1, $2, $3, '429901', 'plan', '看板测试企业', '91110108551385082Q', '看板', $4, '2026.1',
           $5, $6, $7, $8, 1, '{}')`,
        [
          id,
          `case-${id}`,
          agencyId,
          stage,
          ids.o1,
          handlers,
          new Date(openedAt),
          closedAt ? new Date(closedAt) : null,
        ],
      );
    const item = (id: string, stage: string, handlers: string[], rungs: string[], closed: boolean) =>
      db.query(
        `INSERT INTO procedure (id, kind, workflow_id, agency_id, region_code, stage, title, party_name,
           handlers, opened_at, closed_at, seq, state)
         VALUES ($1, 'rectification_item', $2, $3, '429901', $4, '整改', '看板测试企业', $5, $6, $7, 1, $8)`,
        [
          id,
          `item-${id}`,
          agencyId,
          stage,
          handlers,
          new Date(now - 30 * DAY),
          closed ? new Date(now - DAY) : null,
          JSON.stringify({ rungs: rungs.map((rung) => ({ rung, on: '2026-11-01' })) }),
        ],
      );
    const task = (recordId: string, key: string, role: string, dueAt: number | null, overdue: boolean) =>
      db.query(
        `INSERT INTO case_task (case_id, task_key, kind, title, assignee_role, due_at, overdue, agency_id)
         VALUES ($1, $2, 'test', '看板任务', $3, $4, $5, $6)`,
        [recordId, key, role, dueAt === null ? null : new Date(dueAt), overdue, agencyId],
      );

    const [c1, c2, c3] = [randomUUID(), randomUUID(), randomUUID()];
    await kase(c1, 'rectifying', [ids.o1, ids.o2], opened.c1, null);
    await kase(c2, 'closed', [ids.o1], opened.c2, closedC2);
    await kase(c3, 'opened', [ids.o2], opened.c3, null);
    await task(c1, 'a', 'officer', now - HOUR, false); // past due, not yet flagged: overdue
    await task(c1, 'b', 'officer', now + 24 * HOUR, false); // due soon
    await task(c1, 'c', 'supervisor', now + 10 * DAY, false); // neither
    await task(c3, 'a', 'officer', now - 2 * DAY, true); // flagged overdue
    await task(c3, 'b', 'officer', null, false); // undated: workload only

    const [i1, i2, i3, i4] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await item(i1, 'open', [ids.o1], ['notice', 'summons'], false);
    await item(i2, 'closed', [ids.o1], ['notice', 'summons', 'listed', 'accountability'], true);
    await item(i3, 'open', [ids.o1], [], false);
    await item(i4, 'open', [ids.o2], ['notice'], false);
    await task(i4, 'a', 'officer', now + 60 * HOUR, false); // due soon
    await task(i4, 'b', 'officer', now + 80 * HOUR, false); // beyond 72 h: workload only
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
  });

  it('counts the agency’s deadlines, ladder, workload and weeks from PostgreSQL', async () => {
    const res = await http()
      .get('/dashboard')
      .set(bearer(await tokenFor(api, user('sup'))));
    expect(res.status).toBe(200);
    const d = res.body as Dashboard;
    expect(d.asOf).toMatch(/\+08:00$/);
    expect(d.dueSoonHours).toBe(72);
    expect(d.agencies.map((a) => a.id)).toEqual([agencyId]);
    expect(
      d.deadlines.map(({ kind, stage, overdue, dueSoon }) => ({ kind, stage, overdue, dueSoon })),
    ).toEqual([
      { kind: 'case', stage: 'opened', overdue: 1, dueSoon: 0 },
      { kind: 'case', stage: 'rectifying', overdue: 1, dueSoon: 1 },
      { kind: 'rectification_item', stage: 'open', overdue: 0, dueSoon: 1 },
    ]);
    expect(d.ladder).toEqual([
      { rung: 'notice', reached: 3, open: 2 },
      { rung: 'summons', reached: 2, open: 1 },
      { rung: 'listed', reached: 1, open: 0 },
      { rung: 'accountability', reached: 1, open: 0 },
    ]);
    // o2 handles c1 (2 officer tasks), c3 (2) and item 4 (2); o1 only c1 (c2 is closed, its items untasked).
    expect(d.workload.map(({ username, openTasks, overdue }) => ({ username, openTasks, overdue }))).toEqual([
      { username: user('o2'), openTasks: 6, overdue: 2 },
      { username: user('o1'), openTasks: 2, overdue: 1 },
    ]);

    expect(d.weekly).toHaveLength(12);
    expect(d.weekly[11]!.weekStart).toBe(chinaWeek(now));
    const expected = new Map<string, { opened: number; closed: number }>();
    for (const w of d.weekly) expected.set(w.weekStart, { opened: 0, closed: 0 });
    for (const at of Object.values(opened)) {
      const w = expected.get(chinaWeek(at));
      if (w) w.opened += 1;
    }
    expected.get(chinaWeek(closedC2))!.closed += 1;
    expect(d.weekly).toEqual([...expected].map(([weekStart, c]) => ({ weekStart, ...c })));
    // c3 (100 days ago) is before the 12 weeks; c1 and c2 are inside them.
    expect(d.weekly.reduce((n, w) => n + w.opened, 0)).toBe(2);
  });

  it('is scoped: another agency’s supervisor does not count these; an admin counts their region', async () => {
    const nc = (
      await http()
        .get('/dashboard')
        .set(bearer(await tokenFor(api, 'nc.supervisor')))
        .expect(200)
    ).body as Dashboard;
    expect(nc.agencies.map((a) => a.id)).toEqual([DEMO_AGENCIES[1].id]);
    expect(nc.deadlines.every((r) => r.agencyId === DEMO_AGENCIES[1].id)).toBe(true);
    expect(nc.workload.map((w) => w.username)).not.toContain(user('o1'));

    // An admin of the province (360000) counts its agencies, and not this one of 429901.
    const admin = (
      await http()
        .get('/dashboard')
        .set(bearer(await tokenFor(api, 'admin')))
        .expect(200)
    ).body as Dashboard;
    expect(admin.agencies.map((a) => a.id)).toEqual(expect.arrayContaining(DEMO_AGENCIES.map((a) => a.id)));
    expect(admin.agencies.map((a) => a.id)).not.toContain(agencyId);
    expect(admin.workload.map((w) => w.username)).toEqual(
      expect.arrayContaining(['nc.officer1', 'jj.officer1']),
    );
    expect(admin.workload.map((w) => w.username)).not.toContain(user('o1'));

    const officer = await http()
      .get('/dashboard')
      .set(bearer(await tokenFor(api, 'nc.officer1')));
    expect(officer.status).toBe(403);
  });

  it('is served by the dashboard indexes, at an agency’s size', async () => {
    // A busy agency of its own: 20 000 cases and open tasks, most due weeks away, 1 in 200 flagged
    // overdue; 20 000 rectification items, 1 in 100 on the ladder. In a transaction rolled back at the
    // end (ANALYZE's statistics too), so nothing else ever sees them.
    const big = randomUUID();
    const tx = db.createQueryRunner();
    await tx.startTransaction();
    try {
      await tx.query(
        `INSERT INTO agency (id, name, doc_prefix, region_code) VALUES ($1, $2, '看板', '429902')`,
        [big, `看板测试大单位${tag}`],
      );
      await tx.query(
        `INSERT INTO enforcement_case (id, workflow_id, agency_id, region_code, origin, enterprise_name,
         credit_code, summary, stage, rulebook_version, opened_by, handlers, opened_at, closed_at, seq, state)
       SELECT gen_random_uuid(), 'dash-big-' || $1 || '-' || g, $2, '429902', 'plan', '看板测试企业',
         '91110108551385082Q', '看板', CASE WHEN g % 200 = 0 THEN 'closed' ELSE 'rectifying' END, '2026.1',
         $3, ARRAY[$3]::uuid[], now() - g * interval '1 hour',
         CASE WHEN g % 200 = 0 THEN now() - g * interval '30 minutes' END, 1, '{}'
       FROM generate_series(1, 20000) g`,
        [tag, big, ids.o1],
      );
      await tx.query(
        `INSERT INTO case_task (case_id, task_key, kind, title, assignee_role, due_at, overdue, agency_id)
       SELECT gen_random_uuid(), 'a', 'test', '看板任务', 'officer',
         CASE WHEN g % 200 = 0 THEN now() - interval '1 day' ELSE now() + (10 + g % 50) * interval '1 day' END,
         g % 200 = 0, $1
       FROM generate_series(1, 20000) g`,
        [big],
      );
      await tx.query(
        `INSERT INTO procedure (id, kind, workflow_id, agency_id, region_code, stage, title, party_name,
         handlers, opened_at, seq, state)
       SELECT gen_random_uuid(), 'rectification_item', 'dash-big-item-' || $1 || '-' || g, $2, '429902',
         'open', '整改', '看板测试企业', ARRAY[$3]::uuid[], now() - g * interval '1 hour', 1,
         (CASE WHEN g % 100 = 0 THEN '{"rungs":[{"rung":"notice","on":"2026-11-01"}]}'
               ELSE '{"rungs":[]}' END)::jsonb
       FROM generate_series(1, 20000) g`,
        [tag, big, ids.o1],
      );
      await tx.query('ANALYZE case_task, enforcement_case, procedure');
      const planOf = async (sql: string, params: unknown[]) =>
        JSON.stringify(await tx.query(`EXPLAIN (FORMAT JSON) ${sql}`, params));

      // Overdue or due within 72 h: the flagged ones from the partial index, the due-soon range from the
      // agency's task-order index, OR-ed as bitmaps, rather than every task of the agency.
      const tasks = await planOf(
        `SELECT count(*) FROM case_task t WHERE t.agency_id = ANY($1::uuid[])
         AND (t.overdue OR COALESCE(t.due_at, 'infinity'::timestamptz) <= $2)`,
        [[big], new Date(now + 72 * HOUR)],
      );
      expect(tasks).toContain('ix_case_task_agency_overdue');
      expect(tasks).toContain('ix_case_task_agency_order');
      expect(
        await planOf(
          `SELECT count(*) FROM enforcement_case c WHERE c.agency_id = ANY($1::uuid[])
           AND c.closed_at >= $2 AND c.closed_at < $3`,
          [[big], new Date(now - 7 * DAY), new Date(now)],
        ),
      ).toContain('ix_enforcement_case_agency_closed');
      expect(
        await planOf(
          `SELECT count(*) FROM procedure p WHERE p.kind = 'rectification_item'
           AND p.agency_id = ANY($1::uuid[]) AND p.state->'rungs' <> '[]'::jsonb`,
          [[big]],
        ),
      ).toContain('ix_procedure_agency_laddered');
    } finally {
      await tx.rollbackTransaction();
      await tx.release();
    }
  });
});
