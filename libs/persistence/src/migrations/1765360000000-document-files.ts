import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents and evidence as files (issue #15). A numbered document's facts are frozen when it is issued
 * (`document_snapshot`), rendered once into a PDF (`document_render`: the first stored render is kept,
 * both rows refuse change); agencies may publish their own number abbreviations
 * (`agency_document_abbreviation`: used for numbers allocated afterwards, never for those issued).
 * Evidence files are stored content-addressed (`evidence_blob` + its chunks) and linked to a case by
 * `evidence_file`.
 */
export class DocumentFiles1765360000000 implements MigrationInterface {
  name = 'DocumentFiles1765360000000';

  async up(q: QueryRunner): Promise<void> {
    // The id the API names a document by (the serial id stays internal, like every record's).
    await q.query('ALTER TABLE document ADD COLUMN uid uuid NOT NULL DEFAULT gen_random_uuid()');
    await q.query('ALTER TABLE document ADD CONSTRAINT uq_document_uid UNIQUE (uid)');
    await q.query(`
      CREATE TABLE document_snapshot (
        document_id  bigint      NOT NULL,
        facts        jsonb       NOT NULL,
        frozen_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_document_snapshot PRIMARY KEY (document_id),
        CONSTRAINT fk_document_snapshot_document FOREIGN KEY (document_id) REFERENCES document (id)
      )`);
    await q.query(`
      CREATE TABLE document_render (
        document_id  bigint      NOT NULL,
        pdf          bytea       NOT NULL,
        sha256       char(64)    NOT NULL,
        size         integer     NOT NULL,
        pages        integer     NOT NULL,
        template     text        NOT NULL,
        rendered_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_document_render PRIMARY KEY (document_id),
        CONSTRAINT fk_document_render_document FOREIGN KEY (document_id) REFERENCES document (id)
      )`);
    await q.query(`
      CREATE FUNCTION document_file_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'issued documents are immutable: a correction is a new document';
      END $$`);
    for (const table of ['document_snapshot', 'document_render']) {
      await q.query(`
        CREATE TRIGGER ${table}_immutable BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION document_file_refuse_change()`);
    }
    await q.query(`
      CREATE TABLE agency_document_abbreviation (
        agency_id     uuid        NOT NULL,
        doc_type      text        NOT NULL,
        abbreviation  text        NOT NULL,
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_agency_document_abbreviation PRIMARY KEY (agency_id, doc_type),
        CONSTRAINT fk_agency_document_abbreviation_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
        CONSTRAINT ck_agency_document_abbreviation CHECK (abbreviation ~ '^[^〔〕[:space:]]{1,8}$')
      )`);

    await q.query(`
      CREATE TABLE evidence_blob (
        id          uuid        NOT NULL,
        sha256      char(64)    NOT NULL,
        size        bigint      NOT NULL,
        chunks      integer     NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_evidence_blob PRIMARY KEY (id),
        CONSTRAINT uq_evidence_blob_sha256 UNIQUE (sha256)
      )`);
    await q.query(`
      CREATE TABLE evidence_chunk (
        blob_id  uuid    NOT NULL,
        n        integer NOT NULL,
        data     bytea   NOT NULL,
        CONSTRAINT pk_evidence_chunk PRIMARY KEY (blob_id, n)
      )`);
    // Chunks are written before their blob row (the digest is known only at the end of the stream).
    await q.query('ALTER TABLE evidence_chunk ALTER COLUMN data SET STORAGE EXTERNAL');
    await q.query(`
      CREATE TABLE evidence_file (
        id            uuid        NOT NULL,
        case_id       uuid        NOT NULL,
        agency_id     uuid        NOT NULL,
        sha256        char(64)    NOT NULL,
        size          bigint      NOT NULL,
        media_type    text        NOT NULL,
        file_name     text        NOT NULL,
        uploaded_by   text        NOT NULL,
        uploaded_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_evidence_file PRIMARY KEY (id),
        CONSTRAINT fk_evidence_file_blob FOREIGN KEY (sha256) REFERENCES evidence_blob (sha256),
        CONSTRAINT fk_evidence_file_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
      )`);
    await q.query('CREATE INDEX ix_evidence_file_case ON evidence_file (case_id, uploaded_at)');
    await q.query('CREATE INDEX ix_evidence_file_sha256 ON evidence_file (sha256)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'evidence_file',
      'evidence_chunk',
      'evidence_blob',
      'agency_document_abbreviation',
      'document_render',
      'document_snapshot',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query('DROP FUNCTION document_file_refuse_change');
    await q.query('ALTER TABLE document DROP COLUMN uid');
  }
}
