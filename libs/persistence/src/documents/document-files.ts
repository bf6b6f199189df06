import { chinaDateOf, documentTextsOn } from '@safecase/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditLog } from '../audit/audit-log';

/** Notified (at commit) with a document's id when its facts are frozen: a renderer picks it up. */
export const DOCUMENT_ISSUED_CHANNEL = 'safecase_document_issued';

/**
 * What a document says, frozen in the transaction that issues it: later changes to the case never
 * change a document already issued (a correction is a new number). The renderer reads only this.
 */
export interface DocumentFacts {
  format: 1;
  documentType: string;
  /** Null for a document that carries no number (a 听证笔录: DOMAIN §3.6). */
  number: string | null;
  key: string;
  /** Epoch ms of the issuing event. */
  issuedAt: number;
  /** The statute citations and remedy sentences in force on the issuing day (rulebook data). */
  textsVersion: string;
  agency: { id: string; name: string; docPrefix: string; regionCode: string };
  /** `case` (enforcement case) or a procedure's kind (`penalty`, `transfer`, …). */
  recordKind: string;
  recordId: string;
  /** The issuing event as the timeline keeps it. */
  event: Record<string, unknown>;
  /** The record's state as projected with the event (the pinned rulebook's text left out). */
  record: Record<string, unknown> | null;
  /** For a procedure opened from an enforcement case: that case's state (officers, enterprise). */
  parentCase: Record<string, unknown> | null;
  /** For a procedure under another (a rectification item under its accident): that one's state. */
  parentRecord?: Record<string, unknown> | null;
  /**
   * The record's (and its parent case's) documents already numbered when this one was issued, in
   * issue order: a 催告书 names its decision, a 强制执行申请书 the decision and the demand, by number.
   * Absent from snapshots frozen before it was added.
   */
  documents?: FrozenDocumentRef[];
  /** Who the event names by user id (a hearing's chair): their name and certificate as of issue. */
  people?: Record<string, { name: string; certificateNo: string }>;
}

export interface FrozenDocumentRef {
  type: string;
  key: string;
  number: string;
  /** Epoch ms of its issue. */
  issuedAt: number;
}

/** Event fields that name a user by id and are printed by name. */
const PERSON_FIELDS = ['chair'];

async function otherDocuments(m: EntityManager, documentId: string, recordIds: string[]) {
  const rows = await m.query<{ doc_type: string; doc_key: string; number: string; issued_at: Date }[]>(
    `SELECT doc_type, doc_key, number, issued_at FROM document
     WHERE case_id = ANY($1::uuid[]) AND id <> $2 AND number IS NOT NULL ORDER BY issued_at, id`,
    [recordIds, documentId],
  );
  return rows.map((r) => ({
    type: r.doc_type,
    key: r.doc_key,
    number: r.number,
    issuedAt: r.issued_at.getTime(),
  }));
}

async function peopleNamed(m: EntityManager, event: Record<string, unknown>, documentType: string) {
  // A 听证笔录's event is recorded by the chair (行政处罚法 第64条): its actor is printed as the chair.
  const actor =
    documentType === 'hearing_record' ? (event.by as { userId?: unknown } | undefined)?.userId : null;
  const ids = [...PERSON_FIELDS.map((k) => event[k]), actor].filter(
    (v): v is string => typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v),
  );
  if (!ids.length) return {};
  const rows = await m.query<{ id: string; display_name: string; certificate_no: string | null }[]>(
    'SELECT id, display_name, certificate_no FROM app_user WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return Object.fromEntries(
    rows.map((r) => [r.id, { name: r.display_name, certificateNo: r.certificate_no ?? '' }]),
  );
}

function withoutRulebookText(state: Record<string, unknown> | undefined | null) {
  if (!state) return null;
  const { rulebook, ...rest } = state as { rulebook?: { version?: string } };
  return rulebook ? { ...rest, rulebook: { version: rulebook.version } } : rest;
}

/**
 * A 送达回证's event names the document served by key and type only (the decision is pure and runs
 * before numbers are allocated); the receipt must print its 文号 too, so it is added here, from the
 * record's numbered documents, when the served document has one and the event did not carry it.
 */
async function withServedNumber(
  m: EntityManager,
  recordId: string,
  event: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  type Served = { key?: unknown; number?: unknown };
  const numbered = async (served: Served): Promise<Served> => {
    if (typeof served.key !== 'string' || typeof served.number === 'string') return served;
    const [row] = await m.query<{ number: string }[]>(
      'SELECT number FROM document WHERE case_id = $1 AND doc_key = $2',
      [recordId, served.key],
    );
    return row ? { ...served, number: row.number } : served;
  };
  const served = event.servedDocument as Served | undefined;
  if (!served) return event;
  // The documents served with it (a 听证告知书 with its 告知书) are listed on the same receipt.
  const also: Served[] = [];
  // One after the other: the queries share the issuing transaction's connection.
  for (const d of Array.isArray(event.alsoServed) ? (event.alsoServed as Served[]) : [])
    also.push(await numbered(d));
  return {
    ...event,
    servedDocument: await numbered(served),
    ...(also.length ? { alsoServed: also } : {}),
  };
}

/**
 * Freezes the facts of a document just numbered, in the issuing transaction (which has already
 * written the record's newest state), and tells the renderers at commit. Idempotent: a retried
 * projection finds the snapshot and changes nothing.
 */
export async function freezeDocumentFacts(
  m: EntityManager,
  input: { recordId: string; recordKind: string; key: string; event: Record<string, unknown> },
): Promise<void> {
  const [doc] = await m.query<
    {
      id: string;
      number: string | null;
      doc_type: string;
      issued_at: Date;
      agency_id: string;
      frozen: boolean;
    }[]
  >(
    `SELECT d.id, d.number, d.doc_type, d.issued_at, d.agency_id,
            EXISTS (SELECT 1 FROM document_snapshot s WHERE s.document_id = d.id) AS frozen
     FROM document d WHERE d.case_id = $1 AND d.doc_key = $2`,
    [input.recordId, input.key],
  );
  if (!doc || doc.frozen) return;
  const [agency] = await m.query<{ name: string; doc_prefix: string; region_code: string }[]>(
    'SELECT name, doc_prefix, region_code FROM agency WHERE id = $1',
    [doc.agency_id],
  );
  let record: Record<string, unknown> | null;
  let parentCase: Record<string, unknown> | null = null;
  let parentRecord: Record<string, unknown> | null = null;
  const recordIds = [input.recordId];
  if (input.recordKind === 'case') {
    const [row] = await m.query<{ state: Record<string, unknown> }[]>(
      'SELECT state FROM enforcement_case WHERE id = $1',
      [input.recordId],
    );
    record = withoutRulebookText(row?.state);
  } else {
    const [row] = await m.query<
      { state: Record<string, unknown>; case_id: string | null; parent_id: string | null }[]
    >('SELECT state, case_id, parent_id FROM procedure WHERE id = $1', [input.recordId]);
    record = withoutRulebookText(row?.state);
    if (row?.parent_id) {
      recordIds.push(row.parent_id);
      const [parent] = await m.query<{ state: Record<string, unknown> }[]>(
        'SELECT state FROM procedure WHERE id = $1',
        [row.parent_id],
      );
      parentRecord = withoutRulebookText(parent?.state);
    }
    if (row?.case_id) {
      recordIds.push(row.case_id);
      const [parent] = await m.query<{ state: Record<string, unknown> }[]>(
        'SELECT state FROM enforcement_case WHERE id = $1',
        [row.case_id],
      );
      parentCase = withoutRulebookText(parent?.state);
    }
  }
  const issuedAt = doc.issued_at.getTime();
  const facts: DocumentFacts = {
    format: 1,
    documentType: doc.doc_type,
    number: doc.number,
    key: input.key,
    issuedAt,
    textsVersion: documentTextsOn(chinaDateOf(issuedAt)).version,
    agency: {
      id: doc.agency_id,
      name: agency?.name ?? '',
      docPrefix: agency?.doc_prefix ?? '',
      regionCode: agency?.region_code ?? '',
    },
    recordKind: input.recordKind,
    recordId: input.recordId,
    event: await withServedNumber(m, input.recordId, input.event),
    record,
    parentCase,
    ...(parentRecord ? { parentRecord } : {}),
    documents: await otherDocuments(m, doc.id, recordIds),
    people: await peopleNamed(m, input.event, doc.doc_type),
  };
  await m.query('INSERT INTO document_snapshot (document_id, facts) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
    doc.id,
    JSON.stringify(facts),
  ]);
  await m.query('SELECT pg_notify($1, $2)', [DOCUMENT_ISSUED_CHANNEL, doc.id]);
}

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
