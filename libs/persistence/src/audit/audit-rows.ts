import { types as pgTypes } from 'pg';
import type { AuditEntry, AuditOutcome } from './audit-entry';

// Runtime imports are pg and ./audit-entry only: the verification threads load this file.

// The driver's own parser of timestamptz text, so `occurredAt` is exactly what `fromRow` makes of the
// Date the driver would have built.
const parseTimestamptz = pgTypes.getTypeParser(1184) as (text: string) => Date;

/** Column types as the driver's query config takes them: every value left as its text. */
export const AS_TEXT = { getTypeParser: () => (text: string) => text };

/**
 * An entry from its row's text values (AUDIT_COLUMNS in their order), as `fromRow` builds it from the
 * driver's parsed row: the verifier reads rows as plain text arrays (rowMode 'array', no type
 * parsing), which costs the driver a fraction of building an object per row and parsing each column
 * by type, and parses here only what the entry needs parsed.
 */
export function entryOfText(r: (string | null)[]): AuditEntry {
  return {
    id: Number(r[0]),
    occurredAt: parseTimestamptz(r[1]!).toISOString(),
    actorId: r[2]!,
    actorUsername: r[3]!,
    actorRole: r[4]!,
    agencyId: r[5]!,
    requestId: r[6]!,
    caseId: r[7]!,
    workflowId: r[8]!,
    runId: r[9]!,
    action: r[10]!,
    outcome: r[11] as AuditOutcome,
    reason: r[12]!,
    documentNumber: r[13]!,
    payload: JSON.parse(r[14]!) as unknown,
    payloadDigest: r[15]!,
    chain: r[16]!,
    chainSeq: Number(r[17]),
    prevHash: r[18]!,
    casePrevHash: r[19]!,
    entryHash: r[20]!,
  };
}
