import { parentPort, workerData } from 'node:worker_threads';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { AUDIT_COLUMNS, fromRow, type AuditRow } from './audit-entry';
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
}

export async function streamVerify(
  query: (sql: string, params?: unknown[]) => Promise<unknown>,
  batchSize: number,
  onProgress: (p: VerifyProgress) => void,
): Promise<VerifyResult> {
  const verifier = new ChainVerifier();
  const [count] = (await query('SELECT count(*)::bigint AS n FROM audit_entry')) as { n: string }[];
  const total = Number(count?.n ?? 0);
  const batch = (after: number) =>
    query(`SELECT ${AUDIT_COLUMNS} FROM audit_entry WHERE id > $1 ORDER BY id LIMIT $2`, [
      after,
      batchSize,
    ]) as Promise<AuditRow[]>;
  // The next batch is asked for before this one is hashed, so PostgreSQL reads while we hash.
  let pending = batch(0);
  for (;;) {
    const rows = await pending;
    const full = rows.length === batchSize;
    if (full) pending = batch(Number(rows[rows.length - 1]!.id));
    for (const row of rows) if (!verifier.push(fromRow(row))) break;
    onProgress({ checked: verifier.checked, total: Math.max(total, verifier.checked) });
    if (verifier.isBroken || !full) break;
  }
  // A batch asked for ahead and not needed (the chain broke) is awaited, so the connection is free.
  if (verifier.isBroken) await pending.catch(() => undefined);
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
    await runner.connect();
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const result = await streamVerify(
      (sql, params) => runner.query(sql, params) as Promise<unknown>,
      input.batchSize,
      (progress) => port.postMessage({ type: 'progress', progress } satisfies ThreadMessage),
    );
    await runner.query('COMMIT');
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
