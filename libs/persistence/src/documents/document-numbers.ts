import type { EntityManager } from 'typeorm';

export interface DocumentRequest {
  agencyId: string;
  /** 洪应急 in 洪应急责改〔2026〕7号 */
  docPrefix: string;
  docType: string;
  /** 责改 in 洪应急责改〔2026〕7号 */
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
  // One statement takes (or creates) the counter row and holds its lock to the end of the transaction.
  const [counter] = await m.query<{ last: number }[]>(
    `INSERT INTO document_counter (agency_id, doc_type, year, last) VALUES ($1, $2, $3, 1)
     ON CONFLICT (agency_id, doc_type, year) DO UPDATE SET last = document_counter.last + 1
     RETURNING last`,
    [r.agencyId, r.docType, r.year],
  );
  if (!counter) throw new Error('document counter vanished');
  const number = formatDocumentNumber(r.docPrefix, r.abbreviation, r.year, counter.last);
  await m.query(
    `INSERT INTO document (agency_id, doc_type, year, serial, number, case_id, doc_key, seq, issued_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [r.agencyId, r.docType, r.year, counter.last, number, r.caseId, r.key, r.seq, r.issuedAt],
  );
  return number;
}
