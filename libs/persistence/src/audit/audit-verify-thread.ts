import { parentPort, workerData } from 'node:worker_threads';
import { types as pgTypes, type PoolClient } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { AUDIT_COLUMNS, type AuditEntry, type AuditOutcome } from './audit-entry';
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

/** One batch of rows, each an array of AUDIT_COLUMNS' text values in their order (null for NULL). */
export type RawBatch = (after: number, limit: number) => Promise<(string | null)[][]>;

// The driver's own parser of timestamptz text, so `occurredAt` is exactly what `fromRow` makes of the
// Date the driver would have built.
const parseTimestamptz = pgTypes.getTypeParser(1184) as (text: string) => Date;

/**
 * An entry from its row's text values, as `fromRow` builds it from the driver's parsed row: the
 * verifier reads rows as plain text arrays (rowMode 'array', no type parsing), which costs the driver a
 * fraction of building an object per row and parsing each column by type, and parses here only what
 * the entry needs parsed.
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

const asText = { getTypeParser: () => (text: string) => text };

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
    const result = await streamVerify(
      async () => {
        const { rows } = await client.query<{ n: string }>('SELECT count(*)::bigint AS n FROM audit_entry');
        return Number(rows[0]?.n ?? 0);
      },
      async (after, limit) =>
        (
          await client.query<(string | null)[]>({
            text: `SELECT ${AUDIT_COLUMNS} FROM audit_entry WHERE id > $1 ORDER BY id LIMIT $2`,
            values: [after, limit],
            rowMode: 'array',
            types: asText,
          })
        ).rows,
      input.batchSize,
      (progress) => port.postMessage({ type: 'progress', progress } satisfies ThreadMessage),
    );
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
