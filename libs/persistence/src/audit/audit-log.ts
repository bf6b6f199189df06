import type { DataSource, EntityManager } from 'typeorm';
import { canonicalJson, sha256Hex } from './canonical';

export type AuditOutcome = 'accepted' | 'rejected' | 'automatic';

/** What happened, by whom, to what. Everything but `action`, `outcome` and `payload` is optional. */
export interface AuditEntryInput {
  occurredAt?: Date;
  actorId?: string | null;
  actorUsername?: string | null;
  actorRole?: string | null;
  agencyId?: string | null;
  requestId?: string | null;
  caseId?: string | null;
  workflowId?: string | null;
  runId?: string | null;
  /** e.g. `calendar.year.load`, `case.inspection.record` */
  action: string;
  outcome: AuditOutcome;
  /** Why a command was rejected (its error code and message), or a note on an automatic event. */
  reason?: string | null;
  documentNumber?: string | null;
  payload: unknown;
  /** Makes the append idempotent: a second append with the same key returns the first entry. */
  dedupKey?: string | null;
}

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
  prevHash: string;
  entryHash: string;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBrokenEntry: number | null;
  /** Why that entry fails, e.g. "entry_hash does not match its content". */
  problem: string | null;
  /** The last entry: record it outside the system to make later truncation of the tail evident. */
  head: { id: number; entryHash: string } | null;
}

export const GENESIS_HASH = '0'.repeat(64);
// Serialises appends so each entry can name its predecessor's hash and the next gap-free id.
const AUDIT_APPEND_LOCK = 7_240_262;

/** The fields an entry's hash covers, in their canonical encoding. */
function hashedContent(e: Omit<AuditEntry, 'entryHash' | 'payload'>): string {
  return canonicalJson({
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
  });
}

export function entryHashOf(e: Omit<AuditEntry, 'entryHash' | 'payload'>): string {
  return sha256Hex(`${e.prevHash}\n${hashedContent(e)}`);
}

interface AuditRow {
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
  prev_hash: string;
  entry_hash: string;
}

function fromRow(r: AuditRow): AuditEntry {
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
    prevHash: r.prev_hash,
    entryHash: r.entry_hash,
  };
}

/**
 * The whole-process record (行政处罚法 第47条): an append-only, hash-chained table. Each entry's hash
 * covers its content and its predecessor's hash, so editing, deleting, inserting or reordering an
 * entry breaks the chain at that entry; ids are gap-free, so a removed entry also leaves a hole.
 * It never depends on Temporal history, which the server deletes after retention.
 */
export class AuditLog {
  constructor(private readonly db: DataSource) {}

  /**
   * Appends one entry. Pass `manager` to append inside the caller's transaction, so the entry
   * commits (or not) with the effect it records.
   */
  async append(input: AuditEntryInput, manager?: EntityManager): Promise<AuditEntry> {
    if (manager) return this.appendWith(manager, input);
    return this.db.transaction((m) => this.appendWith(m, input));
  }

  private async appendWith(m: EntityManager, input: AuditEntryInput): Promise<AuditEntry> {
    await m.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_APPEND_LOCK]);
    if (input.dedupKey) {
      const existing: AuditRow[] = await m.query('SELECT * FROM audit_entry WHERE dedup_key = $1', [
        input.dedupKey,
      ]);
      if (existing[0]) return fromRow(existing[0]);
    }
    const last: { id: string; entry_hash: string }[] = await m.query(
      'SELECT id, entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1',
    );
    const payload = JSON.parse(canonicalJson(input.payload ?? {})) as unknown;
    const base = {
      id: last[0] ? Number(last[0].id) + 1 : 1,
      // Millisecond precision, so the stored timestamptz reads back to the very string we hashed.
      occurredAt: new Date(Math.floor((input.occurredAt ?? new Date()).getTime())).toISOString(),
      actorId: input.actorId ?? null,
      actorUsername: input.actorUsername ?? null,
      actorRole: input.actorRole ?? null,
      agencyId: input.agencyId ?? null,
      requestId: input.requestId ?? null,
      caseId: input.caseId ?? null,
      workflowId: input.workflowId ?? null,
      runId: input.runId ?? null,
      action: input.action,
      outcome: input.outcome,
      reason: input.reason ?? null,
      documentNumber: input.documentNumber ?? null,
      payloadDigest: sha256Hex(canonicalJson(payload)),
      prevHash: last[0]?.entry_hash ?? GENESIS_HASH,
    };
    const entry: AuditEntry = { ...base, payload, entryHash: entryHashOf(base) };
    await m.query(
      `INSERT INTO audit_entry (id, occurred_at, actor_id, actor_username, actor_role, agency_id, request_id,
         case_id, workflow_id, run_id, action, outcome, reason, document_number, payload, payload_digest,
         dedup_key, prev_hash, entry_hash)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19)`,
      [
        entry.id,
        entry.occurredAt,
        entry.actorId,
        entry.actorUsername,
        entry.actorRole,
        entry.agencyId,
        entry.requestId,
        entry.caseId,
        entry.workflowId,
        entry.runId,
        entry.action,
        entry.outcome,
        entry.reason,
        entry.documentNumber,
        JSON.stringify(payload),
        entry.payloadDigest,
        input.dedupKey ?? null,
        entry.prevHash,
        entry.entryHash,
      ],
    );
    return entry;
  }

  /** A case's entries in order. */
  async forCase(caseId: string): Promise<AuditEntry[]> {
    const rows: AuditRow[] = await this.db.query('SELECT * FROM audit_entry WHERE case_id = $1 ORDER BY id', [
      caseId,
    ]);
    return rows.map(fromRow);
  }

  /** Recomputes the whole chain, in batches, and reports the first entry that does not hold. */
  async verify(batchSize = 1000): Promise<VerifyResult> {
    let expectedId = 1;
    let prevHash = GENESIS_HASH;
    let checked = 0;
    let head: VerifyResult['head'] = null;
    for (;;) {
      const rows: AuditRow[] = await this.db.query(
        'SELECT * FROM audit_entry WHERE id >= $1 ORDER BY id LIMIT $2',
        [expectedId, batchSize],
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        const e = fromRow(row);
        const problem =
          e.id !== expectedId
            ? `entry ${expectedId} is missing`
            : e.prevHash !== prevHash
              ? 'prev_hash does not match the previous entry'
              : e.payloadDigest !== sha256Hex(canonicalJson(e.payload))
                ? 'payload does not match its digest'
                : e.entryHash !== entryHashOf(e)
                  ? 'entry_hash does not match its content'
                  : null;
        if (problem) {
          return {
            ok: false,
            checked,
            firstBrokenEntry: e.id === expectedId ? e.id : expectedId,
            problem,
            head,
          };
        }
        checked += 1;
        expectedId = e.id + 1;
        prevHash = e.entryHash;
        head = { id: e.id, entryHash: e.entryHash };
      }
    }
    return { ok: true, checked, firstBrokenEntry: null, problem: null, head };
  }
}
