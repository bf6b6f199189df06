import {
  AUDIT_COLUMNS,
  fromRow,
  type AuditEntry,
  type AuditRow,
  type SignedCheckpoint,
} from '@safecase/persistence';
import type { EntityManager } from 'typeorm';

/**
 * At most this many entries of other cases link a case's last entry of a chain to a checkpoint's head
 * in the export: beyond it the link is left out and the verify script says it cannot prove coverage.
 */
export const MAX_CHAIN_LINKS = 10_000;

/** A chain's entries after the case's last one in it, up to the checkpoint's head (no payloads). */
export interface ChainLinks {
  chain: string;
  /** The case's last entry in this chain, which the first link names as its predecessor. */
  afterEntry: number;
  /** The checkpoint's head of the chain; null when it names none. */
  headId: number | null;
  /** Null when there were more than MAX_CHAIN_LINKS (left out). */
  entries: Omit<AuditEntry, 'payload'>[] | null;
  count: number;
}

const lastPerChain = (entries: AuditEntry[]) => {
  const last = new Map<string, number>();
  for (const e of entries) last.set(e.chain, e.id);
  return last;
};

/**
 * The checkpoint that proves the case's entries are all there: the earliest one, by this system's
 * key (`keyId`), whose head of every chain the case has entries in is at or after the case's last
 * entry there (the earliest keeps the links to it short); else the newest, which the script reports
 * as not covering. The newest is exported beside it.
 */
export async function checkpointsFor(m: EntityManager, entries: AuditEntry[], keyId: string) {
  const last = lastPerChain(entries);
  const [newest] = await m.query<{ document: SignedCheckpoint }[]>(
    'SELECT document FROM audit_checkpoint ORDER BY id DESC LIMIT 1',
  );
  const latest = newest?.document ?? null;
  if (last.size === 0) return { checkpoint: latest, latest };
  const [covering] = await m.query<{ document: SignedCheckpoint }[]>(
    `SELECT c.document FROM audit_checkpoint c
     WHERE c.key_id = $3 AND NOT EXISTS (
       SELECT 1 FROM unnest($1::text[], $2::bigint[]) AS need(chain, id)
       WHERE NOT EXISTS (
         SELECT 1 FROM jsonb_array_elements(c.document->'chains') h
         WHERE h->>'chain' = need.chain AND (h->>'headId')::bigint >= need.id))
     ORDER BY c.id LIMIT 1`,
    [[...last.keys()], [...last.values()], keyId],
  );
  return { checkpoint: covering?.document ?? latest, latest };
}

/** For each chain: its entries after the case's last one there, up to the checkpoint's head. */
export async function chainLinks(
  m: EntityManager,
  entries: AuditEntry[],
  checkpoint: SignedCheckpoint,
): Promise<ChainLinks[]> {
  const out: ChainLinks[] = [];
  for (const [chain, afterEntry] of lastPerChain(entries)) {
    const head = checkpoint.chains.find((h) => h.chain === chain);
    // Recorded even without links, so a copy whose last entries were cut off says so.
    if (!head || head.headId <= afterEntry) {
      out.push({ chain, afterEntry, headId: head?.headId ?? null, entries: [], count: 0 });
      continue;
    }
    const counted = await m.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM audit_entry WHERE chain = $1 AND id > $2 AND id <= $3',
      [chain, afterEntry, head.headId],
    );
    const n = counted[0]?.n ?? 0;
    if (n > MAX_CHAIN_LINKS) {
      out.push({ chain, afterEntry, headId: head.headId, entries: null, count: n });
      continue;
    }
    const rows = await m.query<AuditRow[]>(
      `SELECT ${AUDIT_COLUMNS} FROM audit_entry WHERE chain = $1 AND id > $2 AND id <= $3 ORDER BY chain_seq`,
      [chain, afterEntry, head.headId],
    );
    out.push({
      chain,
      afterEntry,
      headId: head.headId,
      // Another case's payload is none of this file's business: its digest is all the hash needs.
      entries: rows.map((r) => {
        const { payload: _omitted, ...rest } = fromRow(r);
        void _omitted;
        return rest;
      }),
      count: rows.length,
    });
  }
  return out;
}
