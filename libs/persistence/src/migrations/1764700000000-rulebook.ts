import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versions of the rulebook (every statutory clock as data). A version never changes once stored: a
 * case pins the version in force when it opened, and its deadlines must be reproducible years later.
 */
export class Rulebook1764700000000 implements MigrationInterface {
  name = 'Rulebook1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rulebook_version (
        version         text        NOT NULL,
        effective_from  date        NOT NULL,
        rules           jsonb       NOT NULL,
        published_by    text        NOT NULL,
        published_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_rulebook_version PRIMARY KEY (version),
        CONSTRAINT uq_rulebook_version_effective_from UNIQUE (effective_from)
      )`);
    await q.query(`
      CREATE FUNCTION rulebook_version_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'rulebook versions are immutable: publish a new version instead';
      END $$`);
    await q.query(`
      CREATE TRIGGER rulebook_version_immutable BEFORE UPDATE OR DELETE ON rulebook_version
      FOR EACH ROW EXECUTE FUNCTION rulebook_version_refuse_change()`);
    await q.query(`
      CREATE TRIGGER rulebook_version_no_truncate BEFORE TRUNCATE ON rulebook_version
      FOR EACH STATEMENT EXECUTE FUNCTION rulebook_version_refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rulebook_version');
    await q.query('DROP FUNCTION rulebook_version_refuse_change');
  }
}
