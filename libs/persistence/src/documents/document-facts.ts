import { chinaDateOf, documentTextsOn } from '@safecase/domain';
import type { EntityManager } from 'typeorm';

/*
 * Freezing a document's facts in the transaction that issues it. Reading a document's metadata and
 * storing its one render are in document-files.ts.
 */

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
