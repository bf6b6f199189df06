import type { EntityManager } from 'typeorm';
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
import { canonicalJson } from './canonical';

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

type Prepared = Omit<AuditEntry, 'id' | 'chainSeq' | 'prevHash' | 'casePrevHash' | 'entryHash'> & {
  dedupKey: string | null;
};

/** Everything of an entry that does not depend on its place: computed before any lock is taken. */
function prepare(input: AuditEntryInput): Prepared {
  const payload = JSON.parse(canonicalJson(input.payload ?? {})) as unknown;
  return {
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
    payload,
    payloadDigest: payloadDigestOf(payload),
    chain: chainOf(input.agencyId),
    dedupKey: input.dedupKey ?? null,
  };
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** Every case's lock, then every chain's, each in name order: two appenders never wait on each other in a cycle. */
async function lockAll(m: EntityManager, cases: string[], chains: string[]): Promise<void> {
  const params: (string | number)[] = [];
  const calls = [
    ...cases.map((c) => [AUDIT_CASE_LOCK, c] as const),
    ...chains.map((c) => [AUDIT_CHAIN_LOCK, c] as const),
  ].map(([key, name]) => {
    params.push(key, name);
    return `pg_advisory_xact_lock($${params.length - 1}, hashtext($${params.length}))`;
  });
  // One statement: its select list is evaluated left to right, so the order above holds.
  await m.query(`SELECT ${calls.join(', ')}`, params);
}

interface Heads {
  chain: Map<string, { seq: number; hash: string }>;
  cases: Map<string, string>;
  duplicates: Set<string>;
  ids: number[];
}

/**
 * Under the locks, in one round trip (its own statement, so its snapshot sees every append committed
 * before the locks were granted): each chain's head, each case's newest entry, which dedup keys exist
 * already, and one id per entry (taken under the locks, so ids follow the order of every chain and case).
 */
async function readHeads(
  m: EntityManager,
  chains: string[],
  cases: string[],
  keys: string[],
  n: number,
): Promise<Heads> {
  const [row]: {
    chains: { chain: string; seq: string | null; hash: string | null }[];
    cases: { c: string; h: string | null }[] | null;
    dups: string[] | null;
    ids: string[];
  }[] = await m.query(
    `SELECT
       (SELECT json_agg(json_build_object('chain', c, 'seq', h.chain_seq, 'hash', h.entry_hash))
          FROM unnest($1::text[]) c
          LEFT JOIN LATERAL (SELECT chain_seq, entry_hash FROM audit_entry WHERE chain = c
                              ORDER BY chain_seq DESC LIMIT 1) h ON true) AS chains,
       (SELECT json_agg(json_build_object('c', c, 'h', (SELECT entry_hash FROM audit_entry WHERE case_id = c
                                                          ORDER BY id DESC LIMIT 1)))
          FROM unnest($2::text[]) c) AS cases,
       (SELECT array_agg(dedup_key) FROM audit_entry WHERE dedup_key = ANY($3::text[])) AS dups,
       (SELECT array_agg(nextval('audit_entry_id_seq')) FROM generate_series(1, $4::int)) AS ids`,
    [chains, cases, keys, n],
  );
  return {
    chain: new Map(
      row!.chains.map((c) => [
        c.chain,
        c.seq === null ? { seq: 0, hash: GENESIS_HASH } : { seq: Number(c.seq), hash: c.hash! },
      ]),
    ),
    cases: new Map((row!.cases ?? []).map((c) => [c.c, c.h ?? GENESIS_HASH])),
    duplicates: new Set(row!.dups ?? []),
    ids: row!.ids.map(Number).sort((a, b) => a - b),
  };
}

const INSERT_COLUMNS = `id, occurred_at, actor_id, actor_username, actor_role, agency_id, request_id, case_id,
  workflow_id, run_id, action, outcome, reason, document_number, payload, payload_digest, dedup_key, chain,
  chain_seq, prev_hash, case_prev_hash, entry_hash`;

function insertValues(e: AuditEntry, dedupKey: string | null): unknown[] {
  return [
    e.id,
    e.occurredAt,
    e.actorId,
    e.actorUsername,
    e.actorRole,
    e.agencyId,
    e.requestId,
    e.caseId,
    e.workflowId,
    e.runId,
    e.action,
    e.outcome,
    e.reason,
    e.documentNumber,
    JSON.stringify(e.payload),
    e.payloadDigest,
    dedupKey,
    e.chain,
    e.chainSeq,
    e.prevHash,
    e.casePrevHash,
    e.entryHash,
  ];
}

/**
 * Appends entries in the given order inside `m`'s transaction. The lock-held part is three statements
 * (the locks, one read of the heads, one multi-row insert) plus the caller's commit: a projection
 * appends as its transaction's last step, so the chain waits on no other write of it.
 */
export async function appendEntries(m: EntityManager, inputs: AuditEntryInput[]): Promise<AuditEntry[]> {
  if (inputs.length === 0) return [];
  const prepared = inputs.map(prepare);
  const cases = sorted(prepared.flatMap((p) => (p.caseId === null ? [] : [p.caseId])));
  const chains = sorted(prepared.map((p) => p.chain));
  const keys = sorted(prepared.flatMap((p) => (p.dedupKey ? [p.dedupKey] : [])));
  await lockAll(m, cases, chains);
  const heads = await readHeads(m, chains, cases, keys, prepared.length);
  const byKey = new Map<string, AuditEntry>();
  const out: (AuditEntry | string)[] = [];
  const rows: unknown[][] = [];
  prepared.forEach(({ dedupKey, ...p }, i) => {
    if (dedupKey && (heads.duplicates.has(dedupKey) || byKey.has(dedupKey))) {
      out.push(byKey.get(dedupKey) ?? dedupKey);
      return;
    }
    const head = heads.chain.get(p.chain)!;
    const base = {
      ...p,
      id: heads.ids[i]!,
      chainSeq: head.seq + 1,
      prevHash: head.hash,
      casePrevHash: p.caseId === null ? null : (heads.cases.get(p.caseId) ?? GENESIS_HASH),
    };
    const { payload, ...hashed } = base;
    const entry: AuditEntry = { ...base, payload, entryHash: entryHashOf(hashed) };
    heads.chain.set(p.chain, { seq: entry.chainSeq, hash: entry.entryHash });
    if (p.caseId !== null) heads.cases.set(p.caseId, entry.entryHash);
    if (dedupKey) byKey.set(dedupKey, entry);
    rows.push(insertValues(entry, dedupKey));
    out.push(entry);
  });
  // At most 1000 rows a statement: PostgreSQL takes up to 65,535 parameters.
  for (let start = 0; start < rows.length; start += 1000) {
    const chunk = rows.slice(start, start + 1000);
    const width = chunk[0]!.length;
    const tuples = chunk.map((_, r) => `(${chunk[0]!.map((__, k) => `$${r * width + k + 1}`).join(',')})`);
    await m.query(`INSERT INTO audit_entry (${INSERT_COLUMNS}) VALUES ${tuples.join(',')}`, chunk.flat());
  }
  const existing = out.filter((o): o is string => typeof o === 'string');
  if (existing.length === 0) return out as AuditEntry[];
  // Appended before (a retried activity): answer the entries as they were first written.
  const found: (AuditRow & { dedup_key: string })[] = await m.query(
    `SELECT ${AUDIT_COLUMNS}, dedup_key FROM audit_entry WHERE dedup_key = ANY($1::text[])`,
    [existing],
  );
  const first = new Map(found.map((r) => [r.dedup_key, fromRow(r)]));
  return out.map((o) => (typeof o === 'string' ? first.get(o)! : o));
}
