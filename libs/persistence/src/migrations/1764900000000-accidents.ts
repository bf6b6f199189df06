import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accidents and their rectification items (issue #6) are procedures too: an accident is a root
 * record, each item hangs under it (`parent_id`), and a late report's penalty points back at it.
 */
export class Accidents1764900000000 implements MigrationInterface {
  name = 'Accidents1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE procedure DROP CONSTRAINT ck_procedure_kind');
    await q.query(
      `ALTER TABLE procedure ADD CONSTRAINT ck_procedure_kind
         CHECK (kind IN ('penalty', 'transfer', 'accident', 'rectification_item'))`,
    );
    await q.query('ALTER TABLE procedure ADD COLUMN parent_id uuid');
    await q.query(
      'ALTER TABLE procedure ADD CONSTRAINT fk_procedure_parent FOREIGN KEY (parent_id) REFERENCES procedure (id) DEFERRABLE INITIALLY DEFERRED',
    );
    await q.query('CREATE INDEX ix_procedure_parent ON procedure (parent_id) WHERE parent_id IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM procedure WHERE kind IN ('accident', 'rectification_item')`);
    await q.query('ALTER TABLE procedure DROP COLUMN parent_id');
    await q.query('ALTER TABLE procedure DROP CONSTRAINT ck_procedure_kind');
    await q.query(
      `ALTER TABLE procedure ADD CONSTRAINT ck_procedure_kind CHECK (kind IN ('penalty', 'transfer'))`,
    );
  }
}
