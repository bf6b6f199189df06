import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The supervisor dashboard's aggregates (issue #14 screen 8, apps/api/src/dashboard), each bounded by
 * the agencies counted:
 * - overdue tasks the workflow has flagged, whatever their due time (the due-soon range is served by
 *   ix_case_task_agency_order);
 * - cases closed per week (opened per week: ix_enforcement_case_agency_opened);
 * - rectification items that have climbed the ladder (their rungs are in `state->'rungs'`).
 */
export class DashboardIndexes1765380000000 implements MigrationInterface {
  name = 'DashboardIndexes1765380000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX ix_case_task_agency_overdue ON case_task (agency_id) WHERE overdue');
    await q.query(
      'CREATE INDEX ix_enforcement_case_agency_closed ON enforcement_case (agency_id, closed_at) WHERE closed_at IS NOT NULL',
    );
    await q.query(
      `CREATE INDEX ix_procedure_agency_laddered ON procedure (agency_id)
         WHERE kind = 'rectification_item' AND state->'rungs' <> '[]'::jsonb`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX ix_procedure_agency_laddered');
    await q.query('DROP INDEX ix_enforcement_case_agency_closed');
    await q.query('DROP INDEX ix_case_task_agency_overdue');
  }
}
