import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DataSource, DataSourceOptions, EntityManager } from 'typeorm';
import {
  AUDIT_COLUMNS,
  chainOf,
  entryHashOf,
  fromRow,
  GENESIS_HASH,
  payloadDigestOf,
  type AuditEntry,
  type AuditOutcome,
  type AuditRow,
} from './audit-entry';
import type { VerifyProgress, VerifyResult } from './audit-verifier';
import type { ThreadInput, ThreadMessage } from './audit-verify-thread';
import { canonicalJson } from './canonical';

export * from './audit-entry';
export * from './audit-verifier';

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

// Appends to one chain are serialised by an advisory lock on (this, the chain's name), so each entry
// names its predecessor's hash and the next gap-free place; appends to other chains do not wait.
const AUDIT_CHAIN_LOCK = 7_240_262;
// Appends of one case are serialised too (its entries may sit in several chains: a refusal is in the
// actor's agency's), so each names the case's previous entry. Taken before the chain's lock, always.
const AUDIT_CASE_LOCK = 7_240_264;

const THREAD_FILE = join(__dirname, `audit-verify-thread${extname(__filename)}`);
/**
 * Run from source (the tests run TypeScript through swc), the thread compiles the audit files it loads
 * with @swc/core, a dev dependency; they import nothing but Node, typeorm and each other. From dist/
 * the thread loads the compiled JavaScript directly.
 */
const TS_THREAD_BOOTSTRAP = `
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { workerData } = require('node:worker_threads');
const { transformSync } = Module.createRequire(workerData.file)('@swc/core');
Module._extensions['.ts'] = function (module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    module: { type: 'commonjs' },
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  });
  module._compile(code, filename);
};
require(workerData.file);
`;

/** What the verification thread needs to open its own connection (options that survive a structured clone). */
function connectionOf(db: DataSource): DataSourceOptions {
  const o = db.options as DataSourceOptions & Record<string, unknown>;
  const pick = ['url', 'host', 'port', 'username', 'password', 'database', 'ssl', 'schema'] as const;
  const connection: Record<string, unknown> = { type: 'postgres', entities: [], migrations: [] };
  for (const k of pick) if (o[k] !== undefined && typeof o[k] !== 'function') connection[k] = o[k];
  return connection as unknown as DataSourceOptions;
}

/**
 * The whole-process record (行政处罚法 第47条): an append-only, hash-chained table, one chain per agency.
 * Each entry's hash covers its content, its chain predecessor's hash and its case predecessor's hash,
 * so editing, deleting, inserting or reordering an entry breaks its chain at that entry; places in a
 * chain are gap-free, so a removed entry also leaves a hole. It never depends on Temporal history,
 * which the server deletes after retention.
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
    const chain = chainOf(input.agencyId);
    const caseId = input.caseId ?? null;
    if (caseId !== null)
      await m.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [AUDIT_CASE_LOCK, caseId]);
    await m.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [AUDIT_CHAIN_LOCK, chain]);
    if (input.dedupKey) {
      const existing: AuditRow[] = await m.query(
        `SELECT ${AUDIT_COLUMNS} FROM audit_entry WHERE dedup_key = $1`,
        [input.dedupKey],
      );
      if (existing[0]) return fromRow(existing[0]);
    }
    const [last]: { chain_seq: string; entry_hash: string }[] = await m.query(
      'SELECT chain_seq, entry_hash FROM audit_entry WHERE chain = $1 ORDER BY chain_seq DESC LIMIT 1',
      [chain],
    );
    const casePrev: { entry_hash: string }[] =
      caseId === null
        ? []
        : await m.query('SELECT entry_hash FROM audit_entry WHERE case_id = $1 ORDER BY id DESC LIMIT 1', [
            caseId,
          ]);
    // Taken under the locks, so ids follow the order of every chain and of every case.
    const [next]: { id: string }[] = await m.query(`SELECT nextval('audit_entry_id_seq') AS id`);
    const payload = JSON.parse(canonicalJson(input.payload ?? {})) as unknown;
    const base = {
      id: Number(next!.id),
      // Millisecond precision, so the stored timestamptz reads back to the very string we hashed.
      occurredAt: new Date(Math.floor((input.occurredAt ?? new Date()).getTime())).toISOString(),
      actorId: input.actorId ?? null,
      actorUsername: input.actorUsername ?? null,
      actorRole: input.actorRole ?? null,
      agencyId: input.agencyId ?? null,
      requestId: input.requestId ?? null,
      caseId,
      workflowId: input.workflowId ?? null,
      runId: input.runId ?? null,
      action: input.action,
      outcome: input.outcome,
      reason: input.reason ?? null,
      documentNumber: input.documentNumber ?? null,
      payloadDigest: payloadDigestOf(payload),
      chain,
      chainSeq: last ? Number(last.chain_seq) + 1 : 1,
      prevHash: last?.entry_hash ?? GENESIS_HASH,
      casePrevHash: caseId === null ? null : (casePrev[0]?.entry_hash ?? GENESIS_HASH),
    };
    const entry: AuditEntry = { ...base, payload, entryHash: entryHashOf(base) };
    await m.query(
      `INSERT INTO audit_entry (id, occurred_at, actor_id, actor_username, actor_role, agency_id, request_id,
         case_id, workflow_id, run_id, action, outcome, reason, document_number, payload, payload_digest,
         dedup_key, chain, chain_seq, prev_hash, case_prev_hash, entry_hash)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22)`,
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
        entry.chain,
        entry.chainSeq,
        entry.prevHash,
        entry.casePrevHash,
        entry.entryHash,
      ],
    );
    return entry;
  }

  /** A case's entries in order: its own chain, each naming the one before in `casePrevHash`. */
  async forCase(caseId: string): Promise<AuditEntry[]> {
    const rows: AuditRow[] = await this.db.query(
      `SELECT ${AUDIT_COLUMNS} FROM audit_entry WHERE case_id = $1 ORDER BY id`,
      [caseId],
    );
    return rows.map(fromRow);
  }

  /**
   * Recomputes every chain and every case link, in a worker thread of its own with its own database
   * connection (off the caller's event loop), streaming one snapshot in batches; reports the first
   * entry that does not hold. `onProgress` hears after each batch.
   */
  verify(
    options: { batchSize?: number; onProgress?: (p: VerifyProgress) => void } = {},
  ): Promise<VerifyResult> {
    const auditVerify: ThreadInput = {
      connection: connectionOf(this.db),
      batchSize: options.batchSize ?? 5000,
    };
    const worker = THREAD_FILE.endsWith('.ts')
      ? new Worker(TS_THREAD_BOOTSTRAP, { eval: true, workerData: { file: THREAD_FILE, auditVerify } })
      : new Worker(THREAD_FILE, { workerData: { auditVerify } });
    return new Promise<VerifyResult>((resolve, reject) => {
      let settled = false;
      const settle = (f: () => void) => {
        if (settled) return;
        settled = true;
        f();
      };
      worker.on('message', (m: ThreadMessage) => {
        if (m.type === 'progress') options.onProgress?.(m.progress);
        else if (m.type === 'done') settle(() => resolve(m.result));
        else settle(() => reject(new Error(`audit verification failed: ${m.message}`)));
      });
      worker.on('error', (e) => settle(() => reject(e)));
      worker.on('exit', (code) =>
        settle(() => reject(new Error(`audit verification thread exited (${code}) before it finished`))),
      );
    });
  }
}
