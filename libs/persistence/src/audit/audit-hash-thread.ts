import { parentPort, workerData } from 'node:worker_threads';
import type { PoolClient } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { AUDIT_COLUMNS } from './audit-entry';
import { AS_TEXT, entryOfText } from './audit-rows';
import { contentProblemOf } from './audit-verifier';

/**
 * A hashing thread of the verification: inside the coordinator's snapshot (its exported id), it reads
 * the entries of each id range it is sent and checks each one's payload digest and hash, answering
 * the first that does not hold. Its own connection: rows go from PostgreSQL to the thread that hashes
 * them, and only a verdict goes back.
 */
export interface HashInput {
  connection: DataSourceOptions;
  snapshot: string;
}

export type HashRequest = { type: 'check'; job: number; after: number; upto: number };

export type HashMessage =
  | { type: 'ready' }
  | { type: 'verdict'; job: number; count: number; first: { id: number; problem: string } | null }
  | { type: 'failed'; message: string };

async function main(input: HashInput): Promise<void> {
  const port = parentPort!;
  const db = new DataSource({
    ...input.connection,
    applicationName: 'safecase-audit-hash',
  } as DataSourceOptions);
  await db.initialize();
  const runner = db.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  await client.query(`SET TRANSACTION SNAPSHOT '${input.snapshot.replace(/'/g, "''")}'`);
  const close = async () => {
    await client.query('COMMIT').catch(() => undefined);
    await runner.release();
    await db.destroy();
  };
  port.on('message', (m: HashRequest | { type: 'close' }) => {
    if (m.type === 'close') {
      void close().finally(() => port.close());
      return;
    }
    void check(client, m).then(
      (verdict) => port.postMessage(verdict satisfies HashMessage),
      (e: unknown) =>
        port.postMessage({
          type: 'failed',
          message: e instanceof Error ? e.message : String(e),
        } satisfies HashMessage),
    );
  });
  port.postMessage({ type: 'ready' } satisfies HashMessage);
}

async function check(client: PoolClient, m: HashRequest): Promise<HashMessage> {
  const { rows } = await client.query<(string | null)[]>({
    text: `SELECT ${AUDIT_COLUMNS} FROM audit_entry WHERE id > $1 AND id <= $2 ORDER BY id`,
    values: [m.after, m.upto],
    rowMode: 'array',
    types: AS_TEXT,
  });
  for (const row of rows) {
    const e = entryOfText(row);
    const problem = contentProblemOf(e);
    if (problem) return { type: 'verdict', job: m.job, count: rows.length, first: { id: e.id, problem } };
  }
  return { type: 'verdict', job: m.job, count: rows.length, first: null };
}

if (parentPort && (workerData as { auditHash?: HashInput } | undefined)?.auditHash) {
  main((workerData as { auditHash: HashInput }).auditHash).catch((e: unknown) =>
    parentPort!.postMessage({
      type: 'failed',
      message: e instanceof Error ? e.message : String(e),
    } satisfies HashMessage),
  );
}
