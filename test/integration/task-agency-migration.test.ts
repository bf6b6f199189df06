import { dataSourceOptions, DEMO_AGENCIES } from '@safecase/persistence';
import { randomUUID } from 'node:crypto';
import { DataSource, type QueryRunner } from 'typeorm';
import { TaskAgency1765300000000 } from '../../libs/persistence/src/migrations/1765300000000-task-agency';
import { testEnvironment } from '../support/environment';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

/**
 * The migration that gives each task its record's agency fills it in for the tasks already there:
 * from the enforcement case or the procedure the task belongs to; a task whose record is gone is
 * dropped. Run backwards and forwards inside a transaction that is rolled back, so the database the
 * other tests use keeps its schema (DDL is transactional in PostgreSQL).
 */
describe('migration TaskAgency: agency_id backfilled from the records (real PostgreSQL)', () => {
  let db: DataSource;
  let runner: QueryRunner;
  const [, nanchang, jiujiang] = DEMO_AGENCIES;
  const caseId = randomUUID();
  const penaltyId = randomUUID();
  const orphanId = randomUUID();

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(testEnvironment().databaseUrl)).initialize();
    runner = db.createQueryRunner();
    await runner.startTransaction();
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await runner?.rollbackTransaction();
    await runner?.release();
    await db?.destroy();
  }, SERVER_HOOK_TIMEOUT_MS);

  it('takes each task’s agency from its case or procedure and drops tasks without a record', async () => {
    const migration = new TaskAgency1765300000000();
    await migration.down(runner);
    await runner.query(
      `INSERT INTO enforcement_case (id, workflow_id, agency_id, region_code, origin, enterprise_name, credit_code,
         summary, stage, rulebook_version, opened_by, handlers, opened_at, seq, state)
       VALUES ($1, $2, $3, $4, 'plan', '迁移测试公司', '91110108551385082Q', 's', 'rectifying', '2026.1', $5,
         ARRAY[$5::uuid], now(), 1, '{}')`,
      [caseId, `migrate-${caseId}`, nanchang.id, nanchang.regionCode, randomUUID()],
    );
    await runner.query(
      `INSERT INTO procedure (id, kind, workflow_id, agency_id, region_code, stage, title, party_name, handlers,
         opened_at, seq, state)
       VALUES ($1, 'penalty', $2, $3, $4, 'investigating', 't', '迁移测试公司', ARRAY[]::uuid[], now(), 1, '{}')`,
      [penaltyId, `migrate-${penaltyId}`, jiujiang.id, jiujiang.regionCode],
    );
    for (const [record, key] of [
      [caseId, 'reinspect'],
      [penaltyId, 'serve_notice'],
      [orphanId, 'left_over'],
    ] as const)
      await runner.query(
        `INSERT INTO case_task (case_id, task_key, kind, title, assignee_role) VALUES ($1, $2, $2, $2, 'officer')`,
        [record, key],
      );

    await migration.up(runner);

    const rows: { case_id: string; agency_id: string }[] = await runner.query(
      'SELECT case_id, agency_id FROM case_task WHERE case_id = ANY($1)',
      [[caseId, penaltyId, orphanId]],
    );
    expect(new Map(rows.map((r) => [r.case_id, r.agency_id]))).toEqual(
      new Map([
        [caseId, nanchang.id],
        [penaltyId, jiujiang.id],
      ]),
    );
    const [column] = (await runner.query(
      `SELECT is_nullable FROM information_schema.columns WHERE table_name = 'case_task' AND column_name = 'agency_id'`,
    )) as { is_nullable: string }[];
    expect(column).toEqual({ is_nullable: 'NO' });
  });
});
