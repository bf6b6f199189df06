import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sub-procedures (issue #5): penalty cases and judicial transfers, each a child workflow with its own
 * read-model row. Their timeline and tasks share `case_event` and `case_task` (keyed by the procedure's
 * id), so those tables no longer point at `enforcement_case` only.
 */
export class Procedures1764800000000 implements MigrationInterface {
  name = 'Procedures1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE procedure (
        id                uuid        NOT NULL,
        kind              text        NOT NULL,
        workflow_id       text        NOT NULL,
        case_id           uuid,
        agency_id         uuid        NOT NULL,
        region_code       char(6)     NOT NULL,
        stage             text        NOT NULL,
        title             text        NOT NULL,
        party_name        text        NOT NULL,
        credit_code       text,
        handlers          uuid[]      NOT NULL,
        opened_at         timestamptz NOT NULL,
        closed_at         timestamptz,
        next_due_at       timestamptz,
        escalation_level  integer     NOT NULL DEFAULT 0,
        seq               integer     NOT NULL,
        state             jsonb       NOT NULL,
        updated_at        timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_procedure PRIMARY KEY (id),
        CONSTRAINT uq_procedure_workflow UNIQUE (workflow_id),
        CONSTRAINT ck_procedure_kind CHECK (kind IN ('penalty', 'transfer')),
        CONSTRAINT fk_procedure_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
        CONSTRAINT fk_procedure_case FOREIGN KEY (case_id) REFERENCES enforcement_case (id)
      )`);
    await q.query('CREATE INDEX ix_procedure_case ON procedure (case_id) WHERE case_id IS NOT NULL');
    await q.query('CREATE INDEX ix_procedure_agency_kind ON procedure (agency_id, kind, stage, opened_at)');
    await q.query(
      'CREATE INDEX ix_procedure_credit_code ON procedure (credit_code) WHERE credit_code IS NOT NULL',
    );
    await q.query('ALTER TABLE case_task DROP CONSTRAINT fk_case_task_case');
    await q.query('ALTER TABLE case_event DROP CONSTRAINT fk_case_event_case');
    await q.query(`ALTER TABLE case_task ADD COLUMN procedure_kind text NOT NULL DEFAULT 'enforcement'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE case_task DROP COLUMN procedure_kind');
    await q.query(`DELETE FROM case_task WHERE case_id NOT IN (SELECT id FROM enforcement_case)`);
    await q.query(`DELETE FROM case_event WHERE case_id NOT IN (SELECT id FROM enforcement_case)`);
    await q.query(
      'ALTER TABLE case_event ADD CONSTRAINT fk_case_event_case FOREIGN KEY (case_id) REFERENCES enforcement_case (id)',
    );
    await q.query(
      'ALTER TABLE case_task ADD CONSTRAINT fk_case_task_case FOREIGN KEY (case_id) REFERENCES enforcement_case (id)',
    );
    await q.query('DROP TABLE procedure');
  }
}
