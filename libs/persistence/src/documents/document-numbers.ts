import type { EntityManager } from 'typeorm';

export interface DocumentRequest {
  agencyId: string;
  /** 洪应急 in 洪应急责改〔2026〕7号 */
  docPrefix: string;
  docType: string;
  /** 责改 in 洪应急责改〔2026〕7号: the default, unless the agency published its own for the type. */
  abbreviation: string;
  year: number;
  caseId: string;
  /** Unique per case: a retried request finds its number instead of taking a second one. */
  key: string;
  seq: number;
  issuedAt: Date;
}

export function formatDocumentNumber(
  prefix: string,
  abbreviation: string,
  year: number,
  serial: number,
): string {
  return `${prefix}${abbreviation}〔${year}〕${serial}号`;
}

/**
 * Taken before an agency's counter rows, so one transaction that numbers documents of several types
 * never waits for another that took the same rows in the other order (a deadlock: two group-commit
 * batches of one agency, one numbering an inspection record then a rectification order, the other
 * the reverse, one of them failed and was retried). Re-entrant within a transaction; released with it.
 */
const DOCUMENT_NUMBERS_LOCK = 7_240_265;

/**
 * The number of a case's document, allocated on first request. Gap-free and never reused: the counter
 * row is locked by its UPDATE until the caller's transaction ends, and rolls back with it, so a failed
 * transaction returns its number to the next caller and two transactions never get the same one.
 */
export async function allocateDocumentNumber(m: EntityManager, r: DocumentRequest): Promise<string> {
  const existing = await m.query<{ number: string }[]>(
    'SELECT number FROM document WHERE case_id = $1 AND doc_key = $2',
    [r.caseId, r.key],
  );
  if (existing[0]) return existing[0].number;
  await m.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [DOCUMENT_NUMBERS_LOCK, r.agencyId]);
  // One statement takes (or creates) the counter row and holds its lock to the end of the transaction.
  const [counter] = await m.query<{ last: number }[]>(
    `INSERT INTO document_counter (agency_id, doc_type, year, last) VALUES ($1, $2, $3, 1)
     ON CONFLICT (agency_id, doc_type, year) DO UPDATE SET last = document_counter.last + 1
     RETURNING last`,
    [r.agencyId, r.docType, r.year],
  );
  if (!counter) throw new Error('document counter vanished');
  // The agency's own abbreviation applies from now on; numbers already issued are stored as issued.
  const [own] = await m.query<{ abbreviation: string }[]>(
    'SELECT abbreviation FROM agency_document_abbreviation WHERE agency_id = $1 AND doc_type = $2',
    [r.agencyId, r.docType],
  );
  const number = formatDocumentNumber(r.docPrefix, own?.abbreviation ?? r.abbreviation, r.year, counter.last);
  await m.query(
    `INSERT INTO document (agency_id, doc_type, year, serial, number, case_id, doc_key, seq, issued_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [r.agencyId, r.docType, r.year, counter.last, number, r.caseId, r.key, r.seq, r.issuedAt],
  );
  return number;
}

/**
 * Publishes an agency's own abbreviation for a document type (the rulebook's per-agency setting). It
 * changes only numbers allocated afterwards: an issued number is stored text and never recomputed.
 */
export async function setAgencyAbbreviation(
  m: EntityManager,
  agencyId: string,
  docType: string,
  abbreviation: string,
): Promise<void> {
  await m.query(
    `INSERT INTO agency_document_abbreviation (agency_id, doc_type, abbreviation) VALUES ($1, $2, $3)
     ON CONFLICT (agency_id, doc_type) DO UPDATE SET abbreviation = EXCLUDED.abbreviation, updated_at = now()`,
    [agencyId, docType, abbreviation],
  );
}

/**
 * Records a document that carries no number (a 听证笔录): a row without serial or number, so it is
 * listed, frozen and printed like the others but takes no counter. Idempotent on (record, key).
 */
export async function recordUnnumberedDocument(
  m: EntityManager,
  r: Omit<DocumentRequest, 'docPrefix' | 'abbreviation'>,
): Promise<void> {
  await m.query(
    `INSERT INTO document (agency_id, doc_type, year, serial, number, case_id, doc_key, seq, issued_at)
     VALUES ($1, $2, $3, NULL, NULL, $4, $5, $6, $7) ON CONFLICT (case_id, doc_key) DO NOTHING`,
    [r.agencyId, r.docType, r.year, r.caseId, r.key, r.seq, r.issuedAt],
  );
}
