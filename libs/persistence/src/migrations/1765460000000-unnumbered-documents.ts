import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents without a number (DOMAIN §3.6: 听证笔录 and the other 笔录 carry none): listed, frozen and
 * printed like the numbered ones, but with neither serial nor number. Either both are set or neither.
 * The unique constraints on (agency, type, year, serial) and number accept any number of NULLs.
 */
export class UnnumberedDocuments1765460000000 implements MigrationInterface {
  name = 'UnnumberedDocuments1765460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE document ALTER COLUMN serial DROP NOT NULL');
    await q.query('ALTER TABLE document ALTER COLUMN number DROP NOT NULL');
    await q.query(
      'ALTER TABLE document ADD CONSTRAINT ck_document_numbered CHECK ((serial IS NULL) = (number IS NULL))',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE document DROP CONSTRAINT ck_document_numbered');
    // Fails while unnumbered documents exist: issued documents are immutable, never deleted to go back.
    await q.query('ALTER TABLE document ALTER COLUMN number SET NOT NULL');
    await q.query('ALTER TABLE document ALTER COLUMN serial SET NOT NULL');
  }
}
