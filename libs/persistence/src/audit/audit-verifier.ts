import { entryHashOf, GENESIS_HASH, payloadDigestOf, type AuditEntry } from './audit-entry';

// Runtime imports are ./audit-entry and ./canonical only: the verification thread loads this file.

export interface ChainSummary {
  chain: string;
  /** Entries of this chain checked. */
  checked: number;
  /** Its newest entry checked (0 and the genesis hash when none). */
  headId: number;
  headHash: string;
}

export interface VerifyResult {
  ok: boolean;
  /** Entries checked, over every chain, before the first broken one (all of them when ok). */
  checked: number;
  /** The id of the first entry, in id order, that does not hold; null when every entry holds. */
  firstBrokenEntry: number | null;
  /** Why that entry fails, e.g. "entry_hash does not match its content". */
  problem: string | null;
  /** The newest entry checked: with `chains`, record it outside the system (or take a checkpoint). */
  head: { id: number; entryHash: string } | null;
  /** Each chain's head as checked, sorted by name. */
  chains: ChainSummary[];
}

export interface VerifyProgress {
  checked: number;
  /** Entries in the log when verification began (entries appended since are checked too). */
  total: number;
}

/** What places an entry in its chain and its case: checked in order, by one thread. */
export type ChainLink = Pick<
  AuditEntry,
  'id' | 'chain' | 'chainSeq' | 'prevHash' | 'caseId' | 'casePrevHash' | 'entryHash'
>;

/** What an entry's own content must match: checked entry by entry, in any thread, in any order. */
export function contentProblemOf(e: AuditEntry): string | null {
  if (e.payloadDigest !== payloadDigestOf(e.payload)) return 'payload does not match its digest';
  if (e.entryHash !== entryHashOf(e)) return 'entry_hash does not match its content';
  return null;
}

/**
 * Checks entries one at a time, in id order, as they stream from the database: each chain's entries
 * count 1, 2, … and name their predecessor's hash; each case's entries name the previous entry of the
 * case; each payload matches its digest and each entry its hash. Memory grows with the number of
 * chains and cases, not of entries.
 */
export class ChainVerifier {
  private readonly chains = new Map<string, ChainSummary & { seq: number }>();
  private readonly cases = new Map<string, string>();
  private checkedCount = 0;
  private head: VerifyResult['head'] = null;
  private broken: { id: number; problem: string } | null = null;

  get checked(): number {
    return this.checkedCount;
  }

  get isBroken(): boolean {
    return this.broken !== null;
  }

  /** Checks the next entry; false once an entry did not hold (later entries are not looked at). */
  push(e: AuditEntry): boolean {
    return this.pushLink(e, () => contentProblemOf(e));
  }

  /**
   * The same, for an entry whose content another thread checked: `content` answers what
   * `contentProblemOf` answered for it (asked only when its place and links hold, as `push` does).
   */
  pushLink(e: ChainLink, content: () => string | null): boolean {
    if (this.broken) return false;
    let chain = this.chains.get(e.chain);
    if (!chain) {
      chain = { chain: e.chain, checked: 0, headId: 0, headHash: GENESIS_HASH, seq: 0 };
      this.chains.set(e.chain, chain);
    }
    const problem = this.linkProblemOf(e, chain.seq, chain.headHash) ?? content();
    if (problem) {
      this.broken = { id: e.id, problem };
      return false;
    }
    chain.seq = e.chainSeq;
    chain.checked += 1;
    chain.headId = e.id;
    chain.headHash = e.entryHash;
    if (e.caseId !== null) this.cases.set(e.caseId, e.entryHash);
    this.checkedCount += 1;
    this.head = { id: e.id, entryHash: e.entryHash };
    return true;
  }

  private linkProblemOf(e: ChainLink, seq: number, prevHash: string): string | null {
    if (e.chainSeq !== seq + 1)
      return e.chainSeq > seq + 1
        ? `entry ${seq + 1} of chain ${e.chain} is missing`
        : `entry ${e.chainSeq} of chain ${e.chain} is out of order`;
    if (e.prevHash !== prevHash) return 'prev_hash does not match the previous entry of its chain';
    const casePrev = e.caseId === null ? null : (this.cases.get(e.caseId) ?? GENESIS_HASH);
    if (e.casePrevHash !== casePrev) return 'case_prev_hash does not match the previous entry of its case';
    return null;
  }

  result(): VerifyResult {
    const chains = [...this.chains.values()]
      .map(({ chain, checked, headId, headHash }) => ({ chain, checked, headId, headHash }))
      .sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0));
    return {
      ok: this.broken === null,
      checked: this.checkedCount,
      firstBrokenEntry: this.broken?.id ?? null,
      problem: this.broken?.problem ?? null,
      head: this.head,
      chains,
    };
  }
}
