import { SystemClock } from '@safecase/common';
import type { Actor } from '@safecase/domain';
import { dataSourceOptions } from '@safecase/persistence';
import { randomUUID } from 'node:crypto';
import { DataSource, type QueryRunner } from 'typeorm';
import { ProcedureReadService } from '../../apps/api/src/procedures/procedure-read.service';
import { testEnvironment } from '../support/environment';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];
const describePlan = (n: PlanNode) =>
  nodes(n).map((x) => [x['Node Type'], x['Index Name'] ?? x['Relation Name'] ?? ''].join(' ').trim());

/**
 * The lists and the inbox read their pages through the indexes of their order (migration
 * KeysetIndexes): on a read model of 20 000 cases and 60 000 tasks in 8 agencies (the caller's a small
 * one, 5 % of the rows, where an agency's own index matters most), the plan of each
 * query walks the named index, sorts no table and scans none. Seeded in a transaction rolled back at the
 * end (statistics included), so the other tests never see these rows.
 */
describe('keyset pages use their indexes (EXPLAIN on real PostgreSQL)', () => {
  let db: DataSource;
  let runner: QueryRunner;
  const agencies = Array.from({ length: 8 }, () => randomUUID());
  const officer = randomUUID();
  const plans: { sql: string; plan: PlanNode }[] = [];
  // The services' own SQL, explained in the seeded transaction before it runs.
  const explaining = {
    query: async (sql: string, params: unknown[]) => {
      const [row] = await runner.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
      plans.push({ sql, plan: (row['QUERY PLAN'] as { Plan: PlanNode }[])[0]!.Plan });
      return runner.query(sql, params);
    },
  } as unknown as DataSource;
  // The same, run by EXPLAIN ANALYZE: how many index entries each scan really walked.
  const analyzing = {
    query: async (sql: string, params: unknown[]) => {
      const [row] = await runner.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
      plans.push({ sql, plan: (row['QUERY PLAN'] as { Plan: PlanNode }[])[0]!.Plan });
      return runner.query(sql, params);
    },
  } as unknown as DataSource;
  const reads = () => new ProcedureReadService(explaining, new SystemClock());
  const actor = (roles: Actor['roles'], userId = randomUUID()): Actor => ({
    userId,
    username: 'x',
    displayName: 'x',
    roles,
    agencyId: agencies[0]!,
    agencyName: 'x',
    regionCode: '360100',
  });
  const lastPlan = async (run: () => Promise<unknown>) => {
    plans.length = 0;
    await run();
    return plans.map((p) => describePlan(p.plan)).flat();
  };
  const noScanOrSort = (plan: string[]) =>
    expect(plan.filter((n) => /^(Seq Scan (enforcement_case|procedure|case_task)|Sort)/.test(n))).toEqual([]);

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(testEnvironment().databaseUrl)).initialize();
    runner = db.createQueryRunner();
    await runner.startTransaction();
    await runner.query(
      `INSERT INTO agency (id, name, doc_prefix, region_code)
       SELECT a, 'plan-' || a, '测', '360100' FROM unnest($1::uuid[]) a`,
      [agencies],
    );
    await runner.query(
      `INSERT INTO enforcement_case (id, workflow_id, agency_id, region_code, origin, enterprise_name, credit_code,
         summary, stage, rulebook_version, opened_by, handlers, opened_at, seq, state)
       SELECT gen_random_uuid(), 'plan-' || i, ($1::uuid[])[CASE WHEN i % 20 = 0 THEN 1 ELSE 2 + i % 7 END],
         '360100', 'plan', '公司' || i,
         '91110108551385082Q', 's', CASE WHEN i % 5 = 0 THEN 'opened' ELSE 'rectifying' END, '2026.1',
         $2::uuid, CASE WHEN i % 20 = 0 AND i % 3 = 0 THEN ARRAY[$2::uuid] ELSE ARRAY[gen_random_uuid()] END,
         now() - i * interval '1 minute', 1, '{}'
       FROM generate_series(1, 20000) i`,
      [agencies, officer],
    );
    await runner.query(
      `INSERT INTO procedure (id, kind, workflow_id, agency_id, region_code, stage, title, party_name, handlers,
         opened_at, seq, state)
       SELECT gen_random_uuid(), CASE WHEN i % 2 = 0 THEN 'penalty' ELSE 'accident' END, 'plan-p-' || i,
         ($1::uuid[])[CASE WHEN i % 20 < 2 THEN 1 ELSE 2 + i % 7 END], '360100', 'investigating', 't', '公司',
         ARRAY[gen_random_uuid()],
         now() - i * interval '1 minute', 1, '{}'
       FROM generate_series(1, 20000) i`,
      [agencies],
    );
    await runner.query(
      `INSERT INTO case_task (case_id, task_key, kind, title, assignee_role, due_at, escalation_level, escalated_to,
         agency_id)
       SELECT c.id, k.key, k.key, k.key, k.role,
         CASE WHEN k.key = 'decide' THEN NULL ELSE now() + (random() * 60 - 30) * interval '1 day' END,
         CASE WHEN k.key = 'late' THEN 1 ELSE 0 END, CASE WHEN k.key = 'late' THEN 'supervisor' END, c.agency_id
       FROM enforcement_case c
       CROSS JOIN (VALUES ('reinspect', 'officer'), ('decide', 'supervisor'), ('late', 'officer')) k(key, role)
       WHERE c.workflow_id LIKE 'plan-%'`,
    );
    await runner.query('ANALYZE enforcement_case');
    await runner.query('ANALYZE procedure');
    await runner.query('ANALYZE case_task');
  }, 120_000);
  afterAll(async () => {
    await runner?.rollbackTransaction();
    await runner?.release();
    await db?.destroy();
  });

  // Either index serves the order: the agency's own, or the global one filtered by agency when rows
  // arrive in opening order (as they do: a case is written when it opens), which the planner may prefer.
  const caseIndex = (plan: string[]) =>
    plan.filter((n) => /^Index Scan ix_enforcement_case_(agency_)?(stage_)?opened$/.test(n));

  it('GET /cases walks an index in its order, also on a deep page and by stage', async () => {
    const first = await lastPlan(() => reads().list(actor(['supervisor']), 'enforcement_case', {}));
    expect(caseIndex(first)).toHaveLength(1);
    noScanOrSort(first);
    const page = await reads().list(actor(['supervisor']), 'enforcement_case', { limit: 200 });
    const deep = await lastPlan(() =>
      reads().list(actor(['supervisor']), 'enforcement_case', { cursor: page.nextCursor! }),
    );
    expect(caseIndex(deep)).toHaveLength(1);
    noScanOrSort(deep);
    const byStage = await lastPlan(() =>
      reads().list(actor(['supervisor']), 'enforcement_case', { stage: 'opened' }),
    );
    expect(caseIndex(byStage)).toHaveLength(1);
    noScanOrSort(byStage);
    const auditor = await lastPlan(() =>
      reads().list({ ...actor(['auditor']), regionCode: '360000' }, 'enforcement_case', { overdue: true }),
    );
    expect(auditor).toContainEqual('Index Scan ix_enforcement_case_opened');
    noScanOrSort(auditor);
  });

  it('GET /penalties and /accidents walk their kind’s index in its order', async () => {
    for (const kind of ['penalty', 'accident'] as const) {
      const plan = await lastPlan(() => reads().list(actor(['supervisor']), kind, {}));
      expect(plan.filter((n) => /^Index Scan ix_procedure_(agency_)?kind_opened$/.test(n))).toHaveLength(1);
      noScanOrSort(plan);
    }
  });

  it('GET /tasks walks the agency’s task indexes: per role and rung for mine, the whole order for team', async () => {
    const mine = await lastPlan(() => reads().inbox(actor(['supervisor'])));
    expect(mine).toEqual(
      expect.arrayContaining([
        'Index Scan ix_case_task_agency_role_order',
        'Index Scan ix_case_task_agency_rung_order',
      ]),
    );
    expect(mine.filter((n) => /^Seq Scan (enforcement_case|procedure|case_task)/.test(n))).toEqual([]);
    const team = await lastPlan(() => reads().inbox(actor(['supervisor']), { scope: 'team' }));
    expect(team).toContainEqual('Index Scan ix_case_task_agency_order');
    expect(team.filter((n) => /^Seq Scan (enforcement_case|procedure|case_task)/.test(n))).toEqual([]);
    // An officer's branch starts from the records they handle (GIN on handlers), never a scan of all.
    const officers = await lastPlan(() => reads().inbox(actor(['officer'], officer)));
    expect(officers.some((n) => /ix_enforcement_case_handlers/.test(n))).toBe(true);
    expect(officers.filter((n) => /^Seq Scan (enforcement_case|case_task)/.test(n))).toEqual([]);
    expect((await reads().inbox(actor(['officer'], officer))).items.length).toBeGreaterThan(0);
  });

  it('an agency’s inbox branch walks one page of its own tasks, not every agency’s (EXPLAIN ANALYZE)', async () => {
    // The small agency holds 5 % of the 60 000 tasks: ~1 000 supervisor tasks and ~1 000 at rung 1.
    // Before case_task had agency_id, each branch walked ~1 100 entries of all agencies to fill a page.
    const inbox = new ProcedureReadService(analyzing, new SystemClock());
    const walked = (ps: typeof plans) =>
      ps
        .flatMap((p) => nodes(p.plan))
        .filter((n) => /^ix_case_task_agency_/.test(n['Index Name'] ?? ''))
        .map((n) => [n['Index Name'], (n['Actual Rows'] ?? 0) * (n['Actual Loops'] ?? 1)] as const);
    for (const [who, scope] of [
      [['supervisor'], 'mine'],
      [['supervisor', 'head'], 'mine'],
      [['supervisor'], 'team'],
    ] as const) {
      plans.length = 0;
      const first = await inbox.inbox(actor([...who]), { scope });
      expect(first.items).toHaveLength(50);
      plans.length = 0;
      const deep = await inbox.inbox(actor([...who]), { scope, cursor: first.nextCursor! });
      expect(deep.items).toHaveLength(50);
      const scans = walked(plans);
      expect(scans.length).toBeGreaterThan(0);
      // limit + 1 entries per branch, whatever the other agencies hold.
      for (const [, rows] of scans) expect(rows).toBeLessThanOrEqual(51);
    }
  });
});
