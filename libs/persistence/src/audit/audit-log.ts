import { availableParallelism } from 'node:os';
import type { DataSource, DataSourceOptions, EntityManager } from 'typeorm';
import { appendEntries, type AuditEntryInput } from './audit-append';
import { AuditBatches, type AuditedWork } from './audit-batches';
import { AUDIT_COLUMNS, chainOf, fromRow, type AuditEntry, type AuditRow } from './audit-entry';
import type { VerifyProgress, VerifyResult } from './audit-verifier';
import { startAuditThread } from './audit-threads';
import type { ThreadInput, ThreadMessage } from './audit-verify-thread';

export * from './audit-append';
export type { AuditedWork } from './audit-batches';
export * from './audit-entry';
export * from './audit-verifier';

/**
 * Hashing threads beside the verification thread: AUDIT_VERIFY_THREADS, else one per core beyond two,
 * up to 4. On two cores, none: the reading thread and PostgreSQL fill them, and the pool reads each
 * entry's links twice (measured on the 2-core machine: 35k entries per CPU-second against 53k alone).
 */
function defaultHashThreads(): number {
  const raw = process.env.AUDIT_VERIFY_THREADS;
  const configured = Number(raw);
  if (raw && Number.isInteger(configured) && configured >= 0) return Math.min(configured, 16);
  const cores = availableParallelism();
  return cores > 2 ? Math.min(cores - 1, 4) : 0;
}

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
  private readonly batches: AuditBatches;

  constructor(private readonly db: DataSource) {
    this.batches = new AuditBatches(db);
  }

  /**
   * Runs `work` in a transaction and appends the entries it adds to its `audit` list as that
   * transaction's last step, sharing the transaction with other works of the same agency's chain
   * that arrive meanwhile (group commit, see AuditBatches). Resolves once it committed.
   */
  transact<T>(agencyId: string | null, work: AuditedWork<T>): Promise<T> {
    return this.batches.run(chainOf(agencyId), work);
  }

  /**
   * Appends one entry. Pass `manager` to append inside the caller's transaction, so the entry
   * commits (or not) with the effect it records.
   */
  async append(input: AuditEntryInput, manager?: EntityManager): Promise<AuditEntry> {
    if (manager) return this.appendWith(manager, input);
    return this.db.transaction((m) => this.appendWith(m, input));
  }

  /**
   * Appends several entries in one go, in order, inside `manager`'s transaction (or one of its own):
   * one lock request, one read of the heads and one insert for all of them. Appended as the
   * transaction's last step, the chain's lock is held only until its commit.
   */
  async appendAll(inputs: AuditEntryInput[], manager?: EntityManager): Promise<AuditEntry[]> {
    if (manager) return appendEntries(manager, inputs);
    return this.db.transaction((m) => appendEntries(m, inputs));
  }

  private async appendWith(m: EntityManager, input: AuditEntryInput): Promise<AuditEntry> {
    const [entry] = await appendEntries(m, [input]);
    return entry!;
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
    options: { batchSize?: number; hashThreads?: number; onProgress?: (p: VerifyProgress) => void } = {},
  ): Promise<VerifyResult> {
    const auditVerify: ThreadInput = {
      connection: connectionOf(this.db),
      batchSize: options.batchSize ?? 5000,
      hashThreads: options.hashThreads ?? defaultHashThreads(),
    };
    const worker = startAuditThread('audit-verify-thread', { auditVerify });
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
