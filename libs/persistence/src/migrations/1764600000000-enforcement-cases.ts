import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read model of enforcement cases (issue #4): written only by the workflow's idempotent activities,
 * read by the API for lists, the inbox and case pages. Numbered documents and their gap-free counters.
 */
export class EnforcementCases1764600000000 implements MigrationInterface {
  name = 'EnforcementCases1764600000000';

  async up(q: QueryRunner): Promise<void> {
    // 主要负责人 (agency head): approves power cut-offs and is the top rung of escalation.
    await q.query('ALTER TABLE app_user DROP CONSTRAINT ck_app_user_roles');
    await q.query(`
      ALTER TABLE app_user ADD CONSTRAINT ck_app_user_roles CHECK (
        cardinality(roles) > 0
        AND roles <@ ARRAY['officer', 'supervisor', 'head', 'legal_reviewer', 'auditor', 'admin']::text[])`);

    await q.query(`
      CREATE TABLE enforcement_case (
        id                uuid        NOT NULL,
        workflow_id       text        NOT NULL,
        agency_id         uuid        NOT NULL,
        region_code       char(6)     NOT NULL,
        origin            text        NOT NULL,
        enterprise_name   text        NOT NULL,
        credit_code       char(18)    NOT NULL,
        summary           text        NOT NULL,
        stage             text        NOT NULL,
        rulebook_version  text        NOT NULL,
        opened_by         uuid        NOT NULL,
        handlers          uuid[]      NOT NULL,
        opened_at         timestamptz NOT NULL,
        closed_at         timestamptz,
        next_due_at       timestamptz,
        escalation_level  integer     NOT NULL DEFAULT 0,
        -- last event projected: a retried or late projection of an older event never overwrites a newer one
        seq               integer     NOT NULL,
        state             jsonb       NOT NULL,
        updated_at        timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_enforcement_case PRIMARY KEY (id),
        CONSTRAINT uq_enforcement_case_workflow UNIQUE (workflow_id),
        CONSTRAINT fk_enforcement_case_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
      )`);
    await q.query(
      'CREATE INDEX ix_enforcement_case_agency_stage ON enforcement_case (agency_id, stage, opened_at)',
    );
    await q.query('CREATE INDEX ix_enforcement_case_credit_code ON enforcement_case (credit_code)');
    await q.query('CREATE INDEX ix_enforcement_case_handlers ON enforcement_case USING gin (handlers)');
    await q.query('CREATE INDEX ix_enforcement_case_region ON enforcement_case (region_code)');

    await q.query(`
      CREATE TABLE case_task (
        case_id           uuid        NOT NULL,
        task_key          text        NOT NULL,
        kind              text        NOT NULL,
        title             text        NOT NULL,
        assignee_role     text        NOT NULL,
        subject           text,
        due_at            timestamptz,
        due_date          date,
        remind_at         timestamptz,
        reminded          boolean     NOT NULL DEFAULT false,
        overdue           boolean     NOT NULL DEFAULT false,
        escalation_level  integer     NOT NULL DEFAULT 0,
        escalated_to      text,
        rule              text,
        source            text,
        missing_year      integer,
        paused            boolean     NOT NULL DEFAULT false,
        CONSTRAINT pk_case_task PRIMARY KEY (case_id, task_key),
        CONSTRAINT fk_case_task_case FOREIGN KEY (case_id) REFERENCES enforcement_case (id)
      )`);
    await q.query('CREATE INDEX ix_case_task_inbox ON case_task (assignee_role, due_at)');

    await q.query(`
      CREATE TABLE case_event (
        case_id         uuid        NOT NULL,
        seq             integer     NOT NULL,
        type            text        NOT NULL,
        occurred_at     timestamptz NOT NULL,
        actor_username  text,
        actor_role      text,
        payload         jsonb       NOT NULL,
        CONSTRAINT pk_case_event PRIMARY KEY (case_id, seq),
        CONSTRAINT fk_case_event_case FOREIGN KEY (case_id) REFERENCES enforcement_case (id)
      )`);

    await q.query(`
      CREATE TABLE document_counter (
        agency_id  uuid    NOT NULL,
        doc_type   text    NOT NULL,
        year       integer NOT NULL,
        last       integer NOT NULL,
        CONSTRAINT pk_document_counter PRIMARY KEY (agency_id, doc_type, year)
      )`);
    await q.query(`
      CREATE TABLE document (
        id          bigserial   NOT NULL,
        agency_id   uuid        NOT NULL,
        doc_type    text        NOT NULL,
        year        integer     NOT NULL,
        serial      integer     NOT NULL,
        number      text        NOT NULL,
        case_id     uuid        NOT NULL,
        doc_key     text        NOT NULL,
        seq         integer     NOT NULL,
        issued_at   timestamptz NOT NULL,
        CONSTRAINT pk_document PRIMARY KEY (id),
        CONSTRAINT uq_document_serial UNIQUE (agency_id, doc_type, year, serial),
        CONSTRAINT uq_document_number UNIQUE (number),
        CONSTRAINT uq_document_case_key UNIQUE (case_id, doc_key),
        CONSTRAINT fk_document_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['document', 'document_counter', 'case_event', 'case_task', 'enforcement_case']) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query('ALTER TABLE app_user DROP CONSTRAINT ck_app_user_roles');
    await q.query(`
      ALTER TABLE app_user ADD CONSTRAINT ck_app_user_roles CHECK (
        cardinality(roles) > 0
        AND roles <@ ARRAY['officer', 'supervisor', 'legal_reviewer', 'auditor', 'admin']::text[])`);
  }
}
