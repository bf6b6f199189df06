import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One audit hash chain per agency (issue #16 §4), so appends of different agencies never wait on each
 * other, and a link from each entry to its case's previous entry (the per-case chain a case file's
 * export proves itself with).
 *
 * - `chain`: `agency:<uuid>`, or `system` for entries of no agency; `chain_seq` counts 1, 2, … within a
 *   chain without a gap (a removed entry leaves a hole there). `id` now comes from a sequence: it
 *   orders all entries but may skip a number when a transaction rolls back.
 * - Existing entries are converted without rewriting a hash: they become the closed chain `global`
 *   (`chain_seq` = their gap-free id) with the hash formula they were written with, so every
 *   checkpoint signed before this migration still checks. Their case links are filled in from their
 *   order; the verifier checks those links like every other.
 * - `case_prev_hash`: the `entry_hash` of the previous entry with the same `case_id` (64 zeros for a
 *   case's first), null for an entry of no case.
 */
export class AuditChains1765370000000 implements MigrationInterface {
  name = 'AuditChains1765370000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE audit_entry ADD COLUMN chain text, ADD COLUMN chain_seq bigint, ADD COLUMN case_prev_hash char(64)',
    );
    // The only rewrite the log ever gets: new, derived columns of the converted entries, no hash changed.
    await q.query('ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_delete');
    await q.query(`
      UPDATE audit_entry e SET chain = 'global', chain_seq = e.id, case_prev_hash = l.case_prev_hash
        FROM (SELECT id, CASE WHEN case_id IS NULL THEN NULL
                              ELSE coalesce(lag(entry_hash) OVER (PARTITION BY case_id ORDER BY id), repeat('0', 64))
                         END AS case_prev_hash
                FROM audit_entry) l
       WHERE l.id = e.id`);
    await q.query('ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_delete');
    await q.query(
      'ALTER TABLE audit_entry ALTER COLUMN chain SET NOT NULL, ALTER COLUMN chain_seq SET NOT NULL',
    );
    await q.query(
      'ALTER TABLE audit_entry ADD CONSTRAINT uq_audit_entry_chain_seq UNIQUE (chain, chain_seq)',
    );
    // A checkpoint's head is looked up by entry id within its chain.
    await q.query('CREATE INDEX ix_audit_entry_chain_id ON audit_entry (chain, id)');
    await q.query(
      `ALTER TABLE audit_entry ADD CONSTRAINT ck_audit_entry_case_link
         CHECK ((case_id IS NULL) = (case_prev_hash IS NULL))`,
    );
    // CACHE 1 (the default): ids follow the order appends take their locks in, which the verifier relies on.
    await q.query('CREATE SEQUENCE audit_entry_id_seq AS bigint CACHE 1 OWNED BY audit_entry.id');
    await q.query(
      `SELECT setval('audit_entry_id_seq', coalesce((SELECT max(id) FROM audit_entry), 0) + 1, false)`,
    );
    await q.query(`ALTER TABLE audit_entry ALTER COLUMN id SET DEFAULT nextval('audit_entry_id_seq')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE audit_entry ALTER COLUMN id DROP DEFAULT');
    await q.query('DROP SEQUENCE audit_entry_id_seq');
    await q.query('ALTER TABLE audit_entry DROP CONSTRAINT ck_audit_entry_case_link');
    await q.query('DROP INDEX ix_audit_entry_chain_id');
    await q.query('ALTER TABLE audit_entry DROP CONSTRAINT uq_audit_entry_chain_seq');
    await q.query(
      'ALTER TABLE audit_entry DROP COLUMN case_prev_hash, DROP COLUMN chain_seq, DROP COLUMN chain',
    );
  }
}
