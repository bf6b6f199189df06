import type { DataSource } from 'typeorm';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/**
 * Asserts that every effect of a case's events is in the read model exactly once: the timeline is
 * 1..n with no gap and no duplicate and the case row is at n; each event has one audit entry (dedup key
 * `case:<id>:<seq>`) and every audit chain's places are gap-free; each document key of the case was numbered
 * once, and every document series of the database (agency, type, year) is numbered 1..k without a gap.
 * Answers the timeline's event types, in order, for the drill's own expectations.
 */
export async function expectEffectsExactlyOnce(db: DataSource, caseId: string): Promise<string[]> {
  const events = await db.query<{ seq: number; type: string }[]>(
    'SELECT seq, type FROM case_event WHERE case_id = $1 ORDER BY seq',
    [caseId],
  );
  expect(events.map((e) => e.seq)).toEqual(range(events.length));
  const [row] = await db.query<{ seq: number }[]>('SELECT seq FROM enforcement_case WHERE id = $1', [caseId]);
  expect(row?.seq).toBe(events.length);

  const audit = await db.query<{ dedup_key: string }[]>(
    `SELECT dedup_key FROM audit_entry WHERE case_id = $1 AND dedup_key LIKE 'case:%' ORDER BY id`,
    [caseId],
  );
  expect(audit.map((a) => a.dedup_key).sort()).toEqual(
    range(events.length)
      .map((s) => `case:${caseId}:${s}`)
      .sort(),
  );
  // Each audit chain (one per agency) counts 1..n without a gap or a duplicate.
  const chains = await db.query<{ chain: string; seqs: string[] }[]>(
    'SELECT chain, array_agg(chain_seq ORDER BY chain_seq) AS seqs FROM audit_entry GROUP BY chain',
  );
  for (const c of chains)
    expect({ chain: c.chain, seqs: c.seqs.map(Number) }).toEqual({
      chain: c.chain,
      seqs: range(c.seqs.length),
    });

  const keys = await db.query<{ doc_key: string; n: string }[]>(
    'SELECT doc_key, count(*) AS n FROM document WHERE case_id = $1 GROUP BY doc_key',
    [caseId],
  );
  expect(keys.filter((k) => Number(k.n) !== 1)).toEqual([]);
  const series = await db.query<{ agency_id: string; doc_type: string; year: number; serials: number[] }[]>(
    `SELECT agency_id, doc_type, year, array_agg(serial ORDER BY serial) AS serials
       FROM document WHERE serial IS NOT NULL GROUP BY agency_id, doc_type, year`,
  );
  for (const s of series)
    expect({ ...s, serials: s.serials.map(Number) }).toEqual({ ...s, serials: range(s.serials.length) });
  return events.map((e) => e.type);
}
