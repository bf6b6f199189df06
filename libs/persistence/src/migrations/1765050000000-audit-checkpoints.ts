import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed checkpoints of the audit chains' heads (issue #12). Like `audit_entry`, the table is
 * append-only: the database refuses to change or remove a checkpoint. It is only one of the two
 * copies; the other lives outside the database (AUDIT_CHECKPOINT_DIR), with the key that signs them.
 */
export class AuditCheckpoints1765050000000 implements MigrationInterface {
  name = 'AuditCheckpoints1765050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_checkpoint (
        id           bigint      GENERATED ALWAYS AS IDENTITY,
        issued_at    timestamptz NOT NULL,
        key_id       text        NOT NULL,
        origin       text        NOT NULL,
        requested_by text,
        -- the signed document exactly as issued: {format, issuedAt, chains, keyId, signature}
        document     jsonb       NOT NULL,
        CONSTRAINT pk_audit_checkpoint PRIMARY KEY (id),
        CONSTRAINT ck_audit_checkpoint_origin CHECK (origin IN ('schedule', 'command'))
      )`);
    await q.query(`
      CREATE FUNCTION audit_checkpoint_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_checkpoint is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_checkpoint_no_update_delete BEFORE UPDATE OR DELETE ON audit_checkpoint
      FOR EACH ROW EXECUTE FUNCTION audit_checkpoint_refuse_change()`);
    await q.query(`
      CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
      FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoint_refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_checkpoint');
    await q.query('DROP FUNCTION audit_checkpoint_refuse_change');
  }
}
