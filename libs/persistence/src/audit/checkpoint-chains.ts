import type { EntityManager } from 'typeorm';
import type { ChainHead } from './checkpoint';
import { GENESIS_HASH } from './audit-log';

/**
 * The audit hash chains and how to look into them. Today there is one, `global`, over every entry of
 * `audit_entry`; when the chain is split per agency, these are the places that learn the new chains.
 */
export const GLOBAL_CHAIN = 'global';

/** Every chain's newest committed entry, read in one statement so the heads belong together. */
export async function readChainHeads(m: EntityManager): Promise<ChainHead[]> {
  const rows: { id: string; entry_hash: string }[] = await m.query(
    'SELECT id, entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1',
  );
  const head = rows[0];
  return [
    { chain: GLOBAL_CHAIN, headId: head ? Number(head.id) : 0, headHash: head?.entry_hash ?? GENESIS_HASH },
  ];
}

export interface ChainPosition {
  /** The hash of the entry at that id, or null when it is not there. */
  hashAt: string | null;
  /** The highest id present at or below it (0 when none). */
  lastPresentAtOrBelow: number;
  /** The chain's current head id (0 when empty). */
  currentHeadId: number;
}

/** What the chain holds at `id`; undefined for a chain that does not exist. */
export async function chainPosition(
  m: EntityManager,
  chain: string,
  id: number,
): Promise<ChainPosition | undefined> {
  if (chain !== GLOBAL_CHAIN) return undefined;
  const [row]: { hash_at: string | null; below: string | null; head: string | null }[] = await m.query(
    `SELECT (SELECT entry_hash FROM audit_entry WHERE id = $1) AS hash_at,
            (SELECT max(id) FROM audit_entry WHERE id <= $1) AS below,
            (SELECT max(id) FROM audit_entry) AS head`,
    [id],
  );
  return {
    hashAt: row?.hash_at ?? null,
    lastPresentAtOrBelow: Number(row?.below ?? 0),
    currentHeadId: Number(row?.head ?? 0),
  };
}
