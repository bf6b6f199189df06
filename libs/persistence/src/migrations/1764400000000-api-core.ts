import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Identity, the append-only audit log, idempotency records and the working-day calendar (issue #3). */
export class ApiCore1764400000000 implements MigrationInterface {
  name = 'ApiCore1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agency (
        id           uuid        NOT NULL,
        name         text        NOT NULL,
        -- prefix of the agency's document numbers, e.g. 洪应急 in 洪应急责改〔2026〕7号
        doc_prefix   text        NOT NULL,
        region_code  char(6)     NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_agency PRIMARY KEY (id),
        CONSTRAINT uq_agency_name UNIQUE (name),
        CONSTRAINT ck_agency_region_code CHECK (region_code ~ '^[0-9]{6}$')
      )`);
    await q.query(`
      CREATE TABLE app_user (
        id              uuid        NOT NULL,
        username        text        NOT NULL,
        display_name    text        NOT NULL,
        -- null for users who only sign in through the OIDC issuer
        password_hash   text,
        agency_id       uuid        NOT NULL,
        roles           text[]      NOT NULL,
        -- 执法证号: inspections need two officers holding one
        certificate_no  text,
        active          boolean     NOT NULL DEFAULT true,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_app_user PRIMARY KEY (id),
        CONSTRAINT uq_app_user_username UNIQUE (username),
        CONSTRAINT fk_app_user_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
        CONSTRAINT ck_app_user_roles CHECK (
          cardinality(roles) > 0
          AND roles <@ ARRAY['officer', 'supervisor', 'legal_reviewer', 'auditor', 'admin']::text[])
      )`);
    await q.query('CREATE INDEX ix_app_user_agency ON app_user (agency_id)');

    await q.query(`
      CREATE TABLE audit_entry (
        -- gap-free: allocated as previous id + 1 under a lock, so a deleted entry leaves a hole
        id              bigint      NOT NULL,
        occurred_at     timestamptz NOT NULL,
        actor_id        uuid,
        actor_username  text,
        actor_role      text,
        agency_id       uuid,
        request_id      text,
        case_id         text,
        workflow_id     text,
        run_id          text,
        action          text        NOT NULL,
        outcome         text        NOT NULL,
        reason          text,
        document_number text,
        payload         jsonb       NOT NULL,
        payload_digest  char(64)    NOT NULL,
        -- at most one entry per key: a retried activity or request never writes twice
        dedup_key       text,
        prev_hash       char(64)    NOT NULL,
        entry_hash      char(64)    NOT NULL,
        CONSTRAINT pk_audit_entry PRIMARY KEY (id),
        CONSTRAINT uq_audit_entry_dedup_key UNIQUE (dedup_key),
        CONSTRAINT ck_audit_entry_outcome CHECK (outcome IN ('accepted', 'rejected', 'automatic'))
      )`);
    await q.query('CREATE INDEX ix_audit_entry_case ON audit_entry (case_id, id) WHERE case_id IS NOT NULL');
    // The whole-process record is append-only: the database itself refuses to change or remove it.
    await q.query(`
      CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_entry_no_update_delete BEFORE UPDATE OR DELETE ON audit_entry
      FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change()`);
    await q.query(`
      CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change()`);

    await q.query(`
      CREATE TABLE idempotency_record (
        user_id        uuid        NOT NULL,
        key            text        NOT NULL,
        method         text        NOT NULL,
        path           text        NOT NULL,
        request_hash   char(64)    NOT NULL,
        status_code    integer,
        response_body  jsonb,
        created_at     timestamptz NOT NULL DEFAULT now(),
        completed_at   timestamptz,
        CONSTRAINT pk_idempotency_record PRIMARY KEY (user_id, key)
      )`);

    await q.query(`
      CREATE TABLE calendar_year (
        year       integer     NOT NULL,
        source     text        NOT NULL,
        loaded_at  timestamptz NOT NULL DEFAULT now(),
        loaded_by  text        NOT NULL,
        CONSTRAINT pk_calendar_year PRIMARY KEY (year),
        CONSTRAINT ck_calendar_year_range CHECK (year BETWEEN 1990 AND 2200)
      )`);
    await q.query(`
      CREATE TABLE calendar_day (
        date  date    NOT NULL,
        year  integer NOT NULL,
        kind  text    NOT NULL,
        name  text    NOT NULL,
        CONSTRAINT pk_calendar_day PRIMARY KEY (date),
        CONSTRAINT fk_calendar_day_year FOREIGN KEY (year) REFERENCES calendar_year (year),
        CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('holiday', 'makeup_workday')),
        CONSTRAINT ck_calendar_day_in_year CHECK (extract(year FROM date) = year)
      )`);
    await q.query('CREATE INDEX ix_calendar_day_year ON calendar_day (year)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE calendar_day');
    await q.query('DROP TABLE calendar_year');
    await q.query('DROP TABLE idempotency_record');
    await q.query('DROP TABLE audit_entry');
    await q.query('DROP FUNCTION audit_entry_refuse_change');
    await q.query('DROP TABLE app_user');
    await q.query('DROP TABLE agency');
  }
}
