import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which end of a task's clock counts (issue #13, docs/domain.md §2.4): beside the due day, the
 * agency's act-by day (its last working day on or before an agency-side due day) and the rolled end
 * shown as information where it differs. Rows written before stay null: the API shows none. And the
 * open records' workflow ids, which a calendar load pages through to re-plan each one.
 */
export class TaskActBy1765310000000 implements MigrationInterface {
  name = 'TaskActBy1765310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE case_task ADD COLUMN act_by date');
    await q.query('ALTER TABLE case_task ADD COLUMN rolled_end date');
    // A calendar load re-plans every open record, read a page at a time by workflow id.
    await q.query(
      'CREATE INDEX ix_enforcement_case_open_workflow ON enforcement_case (workflow_id) WHERE closed_at IS NULL',
    );
    await q.query(
      'CREATE INDEX ix_procedure_open_workflow ON procedure (workflow_id) WHERE closed_at IS NULL',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX ix_procedure_open_workflow');
    await q.query('DROP INDEX ix_enforcement_case_open_workflow');
    await q.query('ALTER TABLE case_task DROP COLUMN rolled_end');
    await q.query('ALTER TABLE case_task DROP COLUMN act_by');
  }
}
