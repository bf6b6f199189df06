import type { DataSource, EntityManager } from 'typeorm';
import type { AuditLog } from '../audit/audit-log';
import type { DocumentFacts } from './document-facts';

export interface DocumentMeta {
  id: string;
  /** Null for a document that carries no number (a 听证笔录). */
  number: string | null;
  type: string;
  recordId: string;
  key: string;
  agencyId: string;
  regionCode: string;
  issuedAt: Date;
  render: { sha256: string; size: number; pages: number; renderedAt: Date } | null;
  /** False for a document issued before documents had files (nothing to render). */
  hasFacts: boolean;
}

interface MetaRow {
  uid: string;
  number: string | null;
  doc_type: string;
  case_id: string;
  doc_key: string;
  agency_id: string;
  region_code: string;
  issued_at: Date;
  sha256: string | null;
  size: number | null;
  pages: number | null;
  rendered_at: Date | null;
  has_facts: boolean;
}

const META = `
  SELECT d.uid, d.number, d.doc_type, d.case_id, d.doc_key, d.agency_id, a.region_code, d.issued_at,
         r.sha256, r.size, r.pages, r.rendered_at, (s.document_id IS NOT NULL) AS has_facts
  FROM document d
  JOIN agency a ON a.id = d.agency_id
  LEFT JOIN document_render r ON r.document_id = d.id
  LEFT JOIN document_snapshot s ON s.document_id = d.id`;

const toMeta = (r: MetaRow): DocumentMeta => ({
  id: r.uid,
  number: r.number,
  type: r.doc_type,
  recordId: r.case_id,
  key: r.doc_key,
  agencyId: r.agency_id,
  regionCode: r.region_code,
  issuedAt: r.issued_at,
  render:
    r.sha256 === null
      ? null
      : { sha256: r.sha256, size: r.size!, pages: r.pages!, renderedAt: r.rendered_at! },
  hasFacts: r.has_facts,
});

/** Reads of the stored documents and their files (the API's side). */
export class DocumentFiles {
  constructor(private readonly db: DataSource) {}

  async meta(uid: string): Promise<DocumentMeta | undefined> {
    const [row] = await this.db.query<MetaRow[]>(`${META} WHERE d.uid = $1`, [uid]);
    return row && toMeta(row);
  }

  /** A record's documents and those of the procedures opened from it, in the order they were issued. */
  async ofRecord(recordId: string): Promise<DocumentMeta[]> {
    const rows = await this.db.query<MetaRow[]>(
      `${META} WHERE d.case_id = $1
          OR d.case_id IN (SELECT id FROM procedure WHERE case_id = $1 OR parent_id = $1)
       ORDER BY d.issued_at, d.id`,
      [recordId],
    );
    return rows.map(toMeta);
  }

  async pdf(uid: string): Promise<Buffer | undefined> {
    const [row] = await this.db.query<{ pdf: Buffer }[]>(
      'SELECT r.pdf FROM document_render r JOIN document d ON d.id = r.document_id WHERE d.uid = $1',
      [uid],
    );
    return row?.pdf;
  }
}

/** A document waiting for its file, as the renderer claims it. */
export interface RenderJob {
  documentId: string;
  uid: string;
  caseId: string;
  agencyId: string;
  facts: DocumentFacts;
}

export interface RenderedPdf {
  pdf: Buffer;
  sha256: string;
  pages: number;
  template: string;
}

/**
 * The renderer's side. A render runs inside a transaction that holds the document's row lock
 * (`FOR UPDATE SKIP LOCKED`): two workers never render the same document at once, a worker killed
 * mid-render leaves nothing (its transaction dies with its connection) and the document is picked
 * up again; the render row and its audit entry commit together, and the first stored render is kept.
 */
export class DocumentRenders {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** Documents with frozen facts and no file yet, oldest first. */
  async pending(limit = 50): Promise<string[]> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT s.document_id AS id FROM document_snapshot s
       WHERE NOT EXISTS (SELECT 1 FROM document_render r WHERE r.document_id = s.document_id)
       ORDER BY s.document_id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Renders one document if nobody else is rendering it and it has no file yet; true when this call
   * stored the file.
   */
  async renderOne(documentId: string, render: (job: RenderJob) => Promise<RenderedPdf>): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const [row] = await m.query<
        { id: string; uid: string; case_id: string; agency_id: string; facts: DocumentFacts }[]
      >(
        `SELECT d.id, d.uid, d.case_id, d.agency_id, s.facts
         FROM document d JOIN document_snapshot s ON s.document_id = d.id
         WHERE d.id = $1 AND NOT EXISTS (SELECT 1 FROM document_render r WHERE r.document_id = d.id)
         FOR UPDATE OF d SKIP LOCKED`,
        [documentId],
      );
      if (!row) return false;
      const file = await render({
        documentId: row.id,
        uid: row.uid,
        caseId: row.case_id,
        agencyId: row.agency_id,
        facts: row.facts,
      });
      const stored = await m.query<unknown[]>(
        `INSERT INTO document_render (document_id, pdf, sha256, size, pages, template)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING document_id`,
        [row.id, file.pdf, file.sha256, file.pdf.length, file.pages, file.template],
      );
      if (stored.length === 0) return false;
      const auditCaseId = await this.auditCaseOf(m, row.case_id);
      await this.audit.append(
        {
          agencyId: row.agency_id,
          caseId: auditCaseId,
          action: 'document.rendered',
          outcome: 'automatic',
          reason: null,
          documentNumber: row.facts.number,
          payload: {
            documentId: row.uid,
            documentType: row.facts.documentType,
            sha256: file.sha256,
            size: file.pdf.length,
            pages: file.pages,
            template: file.template,
            textsVersion: row.facts.textsVersion,
          },
          dedupKey: `document:${row.uid}:rendered`,
        },
        m,
      );
      return true;
    });
  }

  /** The case whose audit trail a record's document belongs to (a procedure's parent case, if any). */
  private async auditCaseOf(m: EntityManager, recordId: string): Promise<string> {
    const [p] = await m.query<{ case_id: string | null; parent_id: string | null }[]>(
      'SELECT case_id, parent_id FROM procedure WHERE id = $1',
      [recordId],
    );
    return p?.case_id ?? p?.parent_id ?? recordId;
  }
}
