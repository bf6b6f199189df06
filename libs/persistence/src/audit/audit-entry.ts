import { canonicalJson, quoteJson, sha256Hex } from './canonical';

// Runtime imports here are Node built-ins and ./canonical only: the verification thread loads this file.

export type AuditOutcome = 'accepted' | 'rejected' | 'automatic';

export interface AuditEntry {
  id: number;
  occurredAt: string;
  actorId: string | null;
  actorUsername: string | null;
  actorRole: string | null;
  agencyId: string | null;
  requestId: string | null;
  caseId: string | null;
  workflowId: string | null;
  runId: string | null;
  action: string;
  outcome: AuditOutcome;
  reason: string | null;
  documentNumber: string | null;
  payload: unknown;
  payloadDigest: string;
  /** The hash chain the entry belongs to: `agency:<id>`, `system`, or the closed `global` chain. */
  chain: string;
  /** Its place in that chain: 1, 2, … without a gap. */
  chainSeq: number;
  /** The previous entry of the same chain's hash (the genesis hash for the first). */
  prevHash: string;
  /** The previous entry of the same case's hash (the genesis hash for its first); null without a case. */
  casePrevHash: string | null;
  entryHash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * The one chain of every entry written before chains were split per agency (migration
 * 1765370000000). It is closed: nothing is appended to it, and its entries keep the hash formula
 * they were written with, so checkpoints signed before the split still check.
 */
export const LEGACY_CHAIN = 'global';
/** The chain of entries that belong to no agency (a failed sign-in of an unknown user, say). */
export const SYSTEM_CHAIN = 'system';

/** The chain an entry of this agency goes to. */
export function chainOf(agencyId: string | null | undefined): string {
  return agencyId ? `agency:${agencyId}` : SYSTEM_CHAIN;
}

type Hashed = Omit<AuditEntry, 'entryHash' | 'payload'>;

const str = (v: string | null) => (v === null ? 'null' : quoteJson(v));

/**
 * The fields an entry's hash covers, in their canonical encoding: what `canonicalJson` makes of them
 * (keys sorted, no whitespace), written out directly because verification does it for every entry.
 * The legacy chain's entries were hashed before `chain`, `chainSeq` and `casePrevHash` existed (their
 * case link is still checked by the verifier, from the entries themselves).
 */
function hashedContent(e: Hashed): string {
  const legacy = e.chain === LEGACY_CHAIN;
  return (
    `{"action":${str(e.action)},"actorId":${str(e.actorId)},"actorRole":${str(e.actorRole)},` +
    `"actorUsername":${str(e.actorUsername)},"agencyId":${str(e.agencyId)},"caseId":${str(e.caseId)},` +
    (legacy
      ? ''
      : `"casePrevHash":${str(e.casePrevHash)},"chain":${str(e.chain)},"chainSeq":${e.chainSeq},`) +
    `"documentNumber":${str(e.documentNumber)},"id":${e.id},"occurredAt":${str(e.occurredAt)},` +
    `"outcome":${str(e.outcome)},"payloadDigest":${str(e.payloadDigest)},"prevHash":${str(e.prevHash)},` +
    `"reason":${str(e.reason)},"requestId":${str(e.requestId)},"runId":${str(e.runId)},` +
    `"workflowId":${str(e.workflowId)}}`
  );
}

/** The same fields through the generic encoder: the definition `hashedContent` must match. */
export function hashedContentByDefinition(e: Hashed): string {
  const fields: Record<string, unknown> = {
    id: e.id,
    occurredAt: e.occurredAt,
    actorId: e.actorId,
    actorUsername: e.actorUsername,
    actorRole: e.actorRole,
    agencyId: e.agencyId,
    requestId: e.requestId,
    caseId: e.caseId,
    workflowId: e.workflowId,
    runId: e.runId,
    action: e.action,
    outcome: e.outcome,
    reason: e.reason,
    documentNumber: e.documentNumber,
    payloadDigest: e.payloadDigest,
    prevHash: e.prevHash,
  };
  if (e.chain !== LEGACY_CHAIN) {
    fields.chain = e.chain;
    fields.chainSeq = e.chainSeq;
    fields.casePrevHash = e.casePrevHash;
  }
  return canonicalJson(fields);
}

export function hashedContentOf(e: Hashed): string {
  return hashedContent(e);
}

export function entryHashOf(e: Hashed): string {
  return sha256Hex(`${e.prevHash}\n${hashedContent(e)}`);
}

export function payloadDigestOf(payload: unknown): string {
  return sha256Hex(canonicalJson(payload));
}

export interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_username: string | null;
  actor_role: string | null;
  agency_id: string | null;
  request_id: string | null;
  case_id: string | null;
  workflow_id: string | null;
  run_id: string | null;
  action: string;
  outcome: AuditOutcome;
  reason: string | null;
  document_number: string | null;
  payload: unknown;
  payload_digest: string;
  chain: string;
  chain_seq: string;
  prev_hash: string;
  case_prev_hash: string | null;
  entry_hash: string;
}

/** The columns an entry is read with (not `dedup_key`, which the hash does not cover). */
export const AUDIT_COLUMNS = `id, occurred_at, actor_id, actor_username, actor_role, agency_id, request_id, case_id,
  workflow_id, run_id, action, outcome, reason, document_number, payload, payload_digest, chain, chain_seq,
  prev_hash, case_prev_hash, entry_hash`;

export function fromRow(r: AuditRow): AuditEntry {
  return {
    id: Number(r.id),
    occurredAt: r.occurred_at.toISOString(),
    actorId: r.actor_id,
    actorUsername: r.actor_username,
    actorRole: r.actor_role,
    agencyId: r.agency_id,
    requestId: r.request_id,
    caseId: r.case_id,
    workflowId: r.workflow_id,
    runId: r.run_id,
    action: r.action,
    outcome: r.outcome,
    reason: r.reason,
    documentNumber: r.document_number,
    payload: r.payload,
    payloadDigest: r.payload_digest,
    chain: r.chain,
    chainSeq: Number(r.chain_seq),
    prevHash: r.prev_hash,
    casePrevHash: r.case_prev_hash,
    entryHash: r.entry_hash,
  };
}
