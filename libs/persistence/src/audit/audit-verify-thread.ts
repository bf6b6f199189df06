import { parentPort, workerData } from 'node:worker_threads';
import type { PoolClient } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { AUDIT_COLUMNS } from './audit-entry';
import { HashPool, type Verdict } from './audit-hash-pool';
import { AS_TEXT, entryOfText } from './audit-rows';
import { ChainVerifier, type VerifyProgress, type VerifyResult } from './audit-verifier';

/**
 * The verification thread: streams the audit log out of one REPEATABLE READ snapshot in id order,
 * `batchSize` rows at a time, through the verifier, and posts progress after each batch. One snapshot,
 * because appends to different chains commit out of id order: read in pieces without it, an entry
 * committed late behind an id already read would look missing.
 */
export type ThreadMessage =
  | { type: 'progress'; progress: VerifyProgress }
  | { type: 'done'; result: VerifyResult }
  | { type: 'failed'; message: string };

export interface ThreadInput {
  connection: DataSourceOptions;
  batchSize: number;
  /** Hashing threads beside this one (0: this thread hashes, as `streamVerify` does). */
  hashThreads: number;
}

/** One batch of rows, each an array of AUDIT_COLUMNS' text values in their order (null for NULL). */
export type RawBatch = (after: number, limit: number) => Promise<(string | null)[][]>;

export { entryOfText } from './audit-rows';

export async function streamVerify(
  count: () => Promise<number>,
  batch: RawBatch,
  batchSize: number,
  onProgress: (p: VerifyProgress) => void,
): Promise<VerifyResult> {
  const verifier = new ChainVerifier();
  const total = await count();
  // The next batch is asked for before this one is hashed, so PostgreSQL reads while we hash.
  let pending = batch(0, batchSize);
  for (;;) {
    const rows = await pending;
    const full = rows.length === batchSize;
    if (full) pending = batch(Number(rows[rows.length - 1]![0]), batchSize);
    for (const row of rows) if (!verifier.push(entryOfText(row))) break;
    onProgress({ checked: verifier.checked, total: Math.max(total, verifier.checked) });
    if (verifier.isBroken || !full) break;
  }
  // A batch asked for ahead and not needed (the chain broke) is awaited, so the connection is free.
  if (verifier.isBroken) await pending.catch(() => undefined);
  return verifier.result();
}

/** Each entry's place and links, as text: LINK_COLUMNS in their order. */
const LINK_COLUMNS = 'id, chain, chain_seq, prev_hash, case_id, case_prev_hash, entry_hash';

/**
 * The same checks and the same result as `streamVerify`, with the hashing elsewhere: this thread reads
 * only each entry's place and links and checks them in id order; `content` checks the payload and
 * hash of every entry of an id range (in other threads, several ranges at once) and answers the
 * first that does not hold. A range's verdict is taken as its entries are reached, so the first broken
 * entry and its problem are the ones the one-thread walk finds.
 */
export async function streamVerifyParallel(
  count: () => Promise<number>,
  links: RawBatch,
  content: (after: number, upto: number) => Promise<Verdict>,
  batchSize: number,
  ahead: number,
  onProgress: (p: VerifyProgress) => void,
): Promise<VerifyResult> {
  const verifier = new ChainVerifier();
  const total = await count();
  const queue: { rows: (string | null)[][]; verdict: Promise<Verdict> }[] = [];
  let after = 0;
  let exhausted = false;
  const fill = async () => {
    while (!exhausted && queue.length < ahead) {
      const rows = await links(after, batchSize);
      exhausted = rows.length < batchSize;
      if (rows.length === 0) return;
      const upto = Number(rows[rows.length - 1]![0]);
      const verdict = content(after, upto);
      // Awaited in order below; a rejection is not unhandled meanwhile.
      verdict.catch(() => undefined);
      queue.push({ rows, verdict });
      after = upto;
    }
  };
  try {
    for (;;) {
      await fill();
      const next = queue.shift();
      if (!next) break;
      const verdict = await next.verdict;
      if (verdict.count !== next.rows.length)
        throw new Error(`ids up to ${after}: ${verdict.count} entries hashed, ${next.rows.length} read`);
      for (const r of next.rows) {
        const id = Number(r[0]);
        const link = {
          id,
          chain: r[1]!,
          chainSeq: Number(r[2]),
          prevHash: r[3]!,
          caseId: r[4]!,
          casePrevHash: r[5]!,
          entryHash: r[6]!,
        };
        if (!verifier.pushLink(link, () => (verdict.first?.id === id ? verdict.first.problem : null))) break;
      }
      onProgress({ checked: verifier.checked, total: Math.max(total, verifier.checked) });
      if (verifier.isBroken) break;
    }
  } finally {
    // Ranges asked for ahead and not needed are awaited, so every thread is idle when this returns.
    await Promise.all(queue.map((q) => q.verdict.catch(() => undefined)));
  }
  return verifier.result();
}

async function main(input: ThreadInput): Promise<void> {
  const port = parentPort!;
  const db = new DataSource({
    ...input.connection,
    applicationName: 'safecase-audit-verify',
  } as DataSourceOptions);
  await db.initialize();
  const runner = db.createQueryRunner();
  try {
    // The driver's client itself: its array rows without type parsing are what makes reading fast.
    const client = (await runner.connect()) as PoolClient;
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const count = async () => {
      const { rows } = await client.query<{ n: string }>('SELECT count(*)::bigint AS n FROM audit_entry');
      return Number(rows[0]?.n ?? 0);
    };
    const batch =
      (columns: string): RawBatch =>
      async (after, limit) =>
        (
          await client.query<(string | null)[]>({
            text: `SELECT ${columns} FROM audit_entry WHERE id > $1 ORDER BY id LIMIT $2`,
            values: [after, limit],
            rowMode: 'array',
            types: AS_TEXT,
          })
        ).rows;
    const progress = (p: VerifyProgress) =>
      port.postMessage({ type: 'progress', progress: p } satisfies ThreadMessage);
    let result: VerifyResult;
    if (input.hashThreads > 0) {
      // The hashing threads read in this transaction's snapshot, so every thread sees the same log.
      const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
      const pool = await HashPool.start(input.connection, rows[0]!.id, input.hashThreads);
      try {
        result = await streamVerifyParallel(
          count,
          batch(LINK_COLUMNS),
          (after, upto) => pool.check(after, upto),
          input.batchSize,
          input.hashThreads * 2,
          progress,
        );
      } finally {
        await pool.close();
      }
    } else {
      result = await streamVerify(count, batch(AUDIT_COLUMNS), input.batchSize, progress);
    }
    await client.query('COMMIT');
    port.postMessage({ type: 'done', result } satisfies ThreadMessage);
  } finally {
    await runner.release();
    await db.destroy();
  }
}

if (parentPort && (workerData as { auditVerify?: ThreadInput } | undefined)?.auditVerify) {
  main((workerData as { auditVerify: ThreadInput }).auditVerify).catch((e: unknown) =>
    parentPort!.postMessage({
      type: 'failed',
      message: e instanceof Error ? e.message : String(e),
    } satisfies ThreadMessage),
  );
}
