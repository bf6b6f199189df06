import {
  AUDIT_COLUMNS,
  chainOf,
  fromRow,
  entryHashOf,
  GENESIS_HASH,
  hashedContentByDefinition,
  hashedContentOf,
  LEGACY_CHAIN,
  payloadDigestOf,
  type AuditEntry,
  type AuditRow,
} from './audit-entry';
import { entryOfText } from './audit-verify-thread';
import { ChainVerifier } from './audit-verifier';

/** Builds entries the way the log appends them: per-chain places and hashes, per-case links. */
function build(specs: { agency: string | null; caseId: string | null; chain?: string }[]): AuditEntry[] {
  const chains = new Map<string, { seq: number; hash: string }>();
  const cases = new Map<string, string>();
  return specs.map((s, i) => {
    const chain = s.chain ?? chainOf(s.agency);
    const at = chains.get(chain) ?? { seq: 0, hash: GENESIS_HASH };
    const payload = { i, nested: { b: 2, a: [1, 'x'] } };
    const base = {
      id: i * 2 + 1, // ids may skip numbers (a rolled-back append): only places in a chain are gap-free
      occurredAt: new Date(Date.UTC(2026, 11, 1, 0, 0, i)).toISOString(),
      actorId: null,
      actorUsername: 'nc.officer1',
      actorRole: 'officer',
      agencyId: s.agency,
      requestId: null,
      caseId: s.caseId,
      workflowId: null,
      runId: null,
      action: 'case.note',
      outcome: 'accepted' as const,
      reason: null,
      documentNumber: null,
      payloadDigest: payloadDigestOf(payload),
      chain,
      chainSeq: at.seq + 1,
      prevHash: at.hash,
      casePrevHash: s.caseId === null ? null : (cases.get(s.caseId) ?? GENESIS_HASH),
    };
    const entry = { ...base, payload, entryHash: entryHashOf(base) };
    chains.set(chain, { seq: entry.chainSeq, hash: entry.entryHash });
    if (s.caseId !== null) cases.set(s.caseId, entry.entryHash);
    return entry;
  });
}

const verify = (entries: AuditEntry[]) => {
  const v = new ChainVerifier();
  for (const e of entries) if (!v.push(e)) break;
  return v.result();
};

const interleaved = () =>
  build([
    { agency: 'a', caseId: 'c1' },
    { agency: 'b', caseId: 'c2' },
    { agency: 'a', caseId: 'c1' },
    { agency: null, caseId: null },
    // A refusal of a province auditor about Nanchang's case: the province's chain, the case's link.
    { agency: 'p', caseId: 'c1' },
    { agency: 'b', caseId: 'c2' },
  ]);

describe('audit chain verification', () => {
  it('hashes the canonical JSON of the covered fields, written out directly for speed', () => {
    const [plain] = build([{ agency: 'a', caseId: null }]);
    const odd = {
      ...plain!,
      reason: 'a "quoted"\n理由',
      runId: 'r',
      requestId: '中',
      documentNumber: '洪〔2026〕1号',
    };
    const legacy = { ...odd, chain: LEGACY_CHAIN, casePrevHash: null };
    for (const e of [plain!, odd, legacy]) expect(hashedContentOf(e)).toBe(hashedContentByDefinition(e));
    expect(hashedContentOf(legacy)).not.toContain('chainSeq');
  });

  it('holds for interleaved chains, one per agency, with every case linked to its previous entry', () => {
    const entries = interleaved();
    expect(verify(entries)).toEqual({
      ok: true,
      checked: 6,
      firstBrokenEntry: null,
      problem: null,
      head: { id: 11, entryHash: entries[5]!.entryHash },
      chains: [
        { chain: 'agency:a', checked: 2, headId: 5, headHash: entries[2]!.entryHash },
        { chain: 'agency:b', checked: 2, headId: 11, headHash: entries[5]!.entryHash },
        { chain: 'agency:p', checked: 1, headId: 9, headHash: entries[4]!.entryHash },
        { chain: 'system', checked: 1, headId: 7, headHash: entries[3]!.entryHash },
      ],
    });
    expect(entries[4]!.casePrevHash).toBe(entries[2]!.entryHash);
  });

  it('names an edited entry', () => {
    const entries = interleaved();
    entries[2] = { ...entries[2]!, reason: 'edited' };
    expect(verify(entries)).toMatchObject({
      ok: false,
      checked: 2,
      firstBrokenEntry: 5,
      problem: 'entry_hash does not match its content',
    });
  });

  it('names an edited payload', () => {
    const entries = interleaved();
    entries[1] = { ...entries[1]!, payload: { i: 99 } };
    expect(verify(entries)).toMatchObject({
      firstBrokenEntry: 3,
      problem: 'payload does not match its digest',
    });
  });

  it("names the entry after one removed from the middle of its agency's chain", () => {
    const entries = interleaved();
    entries.splice(1, 1); // agency b's first
    expect(verify(entries)).toMatchObject({
      ok: false,
      firstBrokenEntry: 11,
      problem: 'entry 1 of chain agency:b is missing',
    });
  });

  it('names an entry whose case link was re-pointed, even with a matching place in its chain', () => {
    const entries = interleaved();
    const e = entries[4]!;
    const relinked = { ...e, casePrevHash: entries[0]!.entryHash };
    entries[4] = { ...relinked, entryHash: entryHashOf(relinked) };
    expect(verify(entries)).toMatchObject({
      firstBrokenEntry: 9,
      problem: 'case_prev_hash does not match the previous entry of its case',
    });
  });

  it('names an entry moved into another chain', () => {
    const entries = interleaved();
    const e = entries[3]!;
    const moved = { ...e, chain: 'agency:a' };
    entries[3] = { ...moved, entryHash: entryHashOf(moved) };
    expect(verify(entries)).toMatchObject({
      firstBrokenEntry: 7,
      problem: 'entry 1 of chain agency:a is out of order',
    });
  });

  it('checks the closed legacy chain with the formula its entries were written with', () => {
    const legacy = build([
      { agency: 'a', caseId: 'c1', chain: LEGACY_CHAIN },
      { agency: 'b', caseId: 'c1', chain: LEGACY_CHAIN },
    ]);
    // The legacy formula leaves the new fields out: changing them does not change the hash.
    expect(entryHashOf({ ...legacy[0]!, casePrevHash: null })).toBe(legacy[0]!.entryHash);
    expect(entryHashOf({ ...legacy[0]!, chain: 'agency:a' })).not.toBe(legacy[0]!.entryHash);
    const after = build([
      { agency: 'a', caseId: 'c1', chain: LEGACY_CHAIN },
      { agency: 'b', caseId: 'c1', chain: LEGACY_CHAIN },
      { agency: 'a', caseId: 'c1' },
    ]);
    expect(verify(after)).toMatchObject({ ok: true, checked: 3 });
  });
});

describe('entryOfText', () => {
  it("builds the entry fromRow builds from the driver's parsed row", () => {
    const text = [
      '42',
      '2026-12-01 08:00:00.123+08',
      null,
      'nc.officer1',
      'officer',
      '5f0c1f9e-1d7a-4f55-9f4e-0c8b1d2e3f40',
      null,
      'case-1',
      'enforcement-case:case-1',
      null,
      'case.note',
      'accepted',
      null,
      '洪应急检记〔2026〕7号',
      '{"b": 2, "a": [1, "x"]}',
      'd'.repeat(64),
      'agency:5f0c1f9e-1d7a-4f55-9f4e-0c8b1d2e3f40',
      '7',
      'a'.repeat(64),
      GENESIS_HASH,
      'e'.repeat(64),
    ];
    const parsed = {
      ...Object.fromEntries(AUDIT_COLUMNS.split(',').map((c, i) => [c.trim(), text[i]])),
      occurred_at: new Date('2026-12-01T00:00:00.123Z'),
      payload: { b: 2, a: [1, 'x'] },
    } as unknown as AuditRow;
    expect(entryOfText(text)).toEqual(fromRow(parsed));
  });
});
