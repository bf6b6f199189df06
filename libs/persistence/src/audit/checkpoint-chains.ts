import type { EntityManager } from 'typeorm';
import type { ChainHead } from './checkpoint';

/**
 * The audit hash chains and how to look into them: one per agency (`agency:<id>`), `system` for
 * entries of no agency, and the closed `global` chain of the entries written before the split. A chain
 * exists once it has an entry; its head is its entry with the highest `chain_seq`.
 */

/**
 * Every chain's newest committed entry, read in one statement (one snapshot) so the heads belong
 * together: the chains' names by a loose scan of the (chain, chain_seq) index, then each head by one
 * probe of it, so the cost grows with the number of chains, not of entries.
 */
export async function readChainHeads(m: EntityManager): Promise<ChainHead[]> {
  const rows: { chain: string; id: string; entry_hash: string }[] = await m.query(
    `WITH RECURSIVE names AS (
       (SELECT chain FROM audit_entry ORDER BY chain LIMIT 1)
       UNION ALL
       SELECT (SELECT e.chain FROM audit_entry e WHERE e.chain > names.chain ORDER BY e.chain LIMIT 1)
         FROM names WHERE names.chain IS NOT NULL)
     SELECT h.chain, h.id, h.entry_hash
       FROM names CROSS JOIN LATERAL (
         SELECT e.chain, e.id, e.entry_hash FROM audit_entry e
          WHERE e.chain = names.chain ORDER BY e.chain_seq DESC LIMIT 1) h
      WHERE names.chain IS NOT NULL
      ORDER BY h.chain`,
  );
  return rows.map((r) => ({ chain: r.chain, headId: Number(r.id), headHash: r.entry_hash }));
}

export interface ChainPosition {
  /** The hash of the chain's entry with that id, or null when it is not there. */
  hashAt: string | null;
  /** The highest id of the chain present at or below it (0 when none). */
  lastPresentAtOrBelow: number;
  /** The chain's current head id (0 when empty). */
  currentHeadId: number;
}

/** What the chain holds at entry `id`; undefined for a chain that has no entry. */
export async function chainPosition(
  m: EntityManager,
  chain: string,
  id: number,
): Promise<ChainPosition | undefined> {
  const [row]: { hash_at: string | null; below: string | null; head: string | null }[] = await m.query(
    `SELECT (SELECT entry_hash FROM audit_entry WHERE id = $2 AND chain = $1) AS hash_at,
            (SELECT max(id) FROM audit_entry WHERE chain = $1 AND id <= $2) AS below,
            (SELECT id FROM audit_entry WHERE chain = $1 ORDER BY chain_seq DESC LIMIT 1) AS head`,
    [chain, id],
  );
  if (!row?.head) return undefined;
  return {
    hashAt: row.hash_at ?? null,
    lastPresentAtOrBelow: Number(row.below ?? 0),
    currentHeadId: Number(row.head),
  };
}
