import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox at a province's size (issue #11 §6, #16): each task carries its record's agency, so the
 * agency's inbox queries (`scope=team`, a supervisor's or head's `mine`) walk that agency's tasks in
 * their order and stop after a page, instead of walking every agency's tasks and joining each to its
 * record to learn whose it is. The projection writes it with the task list (apps/worker timeline.ts).
 * Existing rows take it from their record; a task whose record is gone is not anyone's inbox and is
 * dropped (the task list is a projection: the next projection of a record rewrites it).
 * The three task-order indexes now lead with the agency; an officer's branch still starts from the
 * records they handle (GIN on handlers) and reads tasks by primary key.
 */
export class TaskAgency1765300000000 implements MigrationInterface {
  name = 'TaskAgency1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE case_task ADD COLUMN agency_id uuid');
    await q.query(
      'UPDATE case_task t SET agency_id = c.agency_id FROM enforcement_case c WHERE c.id = t.case_id',
    );
    await q.query(
      `UPDATE case_task t SET agency_id = p.agency_id FROM procedure p
       WHERE p.id = t.case_id AND t.agency_id IS NULL`,
    );
    await q.query('DELETE FROM case_task WHERE agency_id IS NULL');
    await q.query('ALTER TABLE case_task ALTER COLUMN agency_id SET NOT NULL');
    await q.query(
      'ALTER TABLE case_task ADD CONSTRAINT fk_case_task_agency FOREIGN KEY (agency_id) REFERENCES agency (id)',
    );
    await q.query('DROP INDEX ix_case_task_order');
    await q.query('DROP INDEX ix_case_task_role_order');
    await q.query('DROP INDEX ix_case_task_rung_order');
    await q.query(
      `CREATE INDEX ix_case_task_agency_order
         ON case_task (agency_id, (COALESCE(due_at, 'infinity'::timestamptz)), case_id, task_key)`,
    );
    await q.query(
      `CREATE INDEX ix_case_task_agency_role_order
         ON case_task (agency_id, assignee_role, (COALESCE(due_at, 'infinity'::timestamptz)), case_id, task_key)`,
    );
    await q.query(
      `CREATE INDEX ix_case_task_agency_rung_order
         ON case_task (agency_id, escalated_to, (COALESCE(due_at, 'infinity'::timestamptz)), case_id, task_key)
         WHERE escalation_level >= 1`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX ix_case_task_agency_rung_order');
    await q.query('DROP INDEX ix_case_task_agency_role_order');
    await q.query('DROP INDEX ix_case_task_agency_order');
    await q.query(
      `CREATE INDEX ix_case_task_order ON case_task ((COALESCE(due_at, 'infinity'::timestamptz)), case_id, task_key)`,
    );
    await q.query(
      `CREATE INDEX ix_case_task_role_order
         ON case_task (assignee_role, (COALESCE(due_at, 'infinity'::timestamptz)), case_id, task_key)`,
    );
    await q.query(
      `CREATE INDEX ix_case_task_rung_order
         ON case_task (escalated_to, (COALESCE(due_at, 'infinity'::timestamptz)), case_id, task_key)
         WHERE escalation_level >= 1`,
    );
    await q.query('ALTER TABLE case_task DROP CONSTRAINT fk_case_task_agency');
    await q.query('ALTER TABLE case_task DROP COLUMN agency_id');
  }
}
