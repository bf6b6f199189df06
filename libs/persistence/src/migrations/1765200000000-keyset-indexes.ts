import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes in the order each list and the inbox page by (keyset paging, issue #11 §6 and #16 §2), so
 * a page is an index scan that stops after `limit + 1` rows instead of a sort of every row:
 * - cases and procedures: newest opened first (`opened_at DESC, id DESC`), within an agency (case
 *   roles), a kind, optionally a stage; without the agency for an auditor's region;
 * - tasks: `COALESCE(due_at, 'infinity'), case_id, task_key` (clocked first, soonest due first, undated
 *   last), overall (team scope), per assignee role and per escalated-to rung (the inbox's branches);
 * - an officer's records are found by their handlers (GIN), for the inbox's officer branch.
 * The indexes they replace led with the same columns in another order.
 */
export class KeysetIndexes1765200000000 implements MigrationInterface {
  name = 'KeysetIndexes1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX ix_enforcement_case_agency_stage');
    await q.query(
      'CREATE INDEX ix_enforcement_case_agency_opened ON enforcement_case (agency_id, opened_at DESC, id DESC)',
    );
    await q.query(
      'CREATE INDEX ix_enforcement_case_agency_stage_opened ON enforcement_case (agency_id, stage, opened_at DESC, id DESC)',
    );
    await q.query('CREATE INDEX ix_enforcement_case_opened ON enforcement_case (opened_at DESC, id DESC)');

    await q.query('DROP INDEX ix_procedure_agency_kind');
    await q.query(
      'CREATE INDEX ix_procedure_agency_kind_opened ON procedure (agency_id, kind, opened_at DESC, id DESC)',
    );
    await q.query(
      'CREATE INDEX ix_procedure_agency_kind_stage_opened ON procedure (agency_id, kind, stage, opened_at DESC, id DESC)',
    );
    await q.query('CREATE INDEX ix_procedure_kind_opened ON procedure (kind, opened_at DESC, id DESC)');
    await q.query('CREATE INDEX ix_procedure_handlers ON procedure USING gin (handlers)');

    await q.query('DROP INDEX ix_case_task_inbox');
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
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX ix_case_task_rung_order');
    await q.query('DROP INDEX ix_case_task_role_order');
    await q.query('DROP INDEX ix_case_task_order');
    await q.query('CREATE INDEX ix_case_task_inbox ON case_task (assignee_role, due_at)');
    await q.query('DROP INDEX ix_procedure_handlers');
    await q.query('DROP INDEX ix_procedure_kind_opened');
    await q.query('DROP INDEX ix_procedure_agency_kind_stage_opened');
    await q.query('DROP INDEX ix_procedure_agency_kind_opened');
    await q.query('CREATE INDEX ix_procedure_agency_kind ON procedure (agency_id, kind, stage, opened_at)');
    await q.query('DROP INDEX ix_enforcement_case_opened');
    await q.query('DROP INDEX ix_enforcement_case_agency_stage_opened');
    await q.query('DROP INDEX ix_enforcement_case_agency_opened');
    await q.query(
      'CREATE INDEX ix_enforcement_case_agency_stage ON enforcement_case (agency_id, stage, opened_at)',
    );
  }
}
