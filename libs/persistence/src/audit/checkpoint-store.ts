import type { DataSource, EntityManager } from 'typeorm';
import { canonicalJson } from './canonical';
import {
  checkpointSignatureValid,
  signCheckpoint,
  type ChainHead,
  type SignedCheckpoint,
} from './checkpoint';
import { chainPosition, readChainHeads } from './checkpoint-chains';
import { appendCheckpointLine } from './checkpoint-file';
import type { CheckpointSigningKey } from './checkpoint-key';

/** `schedule`: the worker's periodic checkpoint; `command`: one an admin or auditor asked for. */
export type CheckpointOrigin = 'schedule' | 'command';

export interface StoredCheckpoint {
  id: number;
  origin: CheckpointOrigin;
  requestedBy: string | null;
  /** The signed document, exactly as written to the external file. */
  checkpoint: SignedCheckpoint;
}

export type ChainStatus = 'intact' | 'truncated' | 'rewritten' | 'unknown_chain';

export interface ChainCheck extends ChainHead {
  /** `intact`: the named head is there with the same hash (entries after it are fine). */
  status: ChainStatus;
  /** On truncation: the last entry still present at or below the named head. */
  truncatedAfter: number | null;
  /** On truncation: the first entry that is gone. */
  missingFrom: number | null;
  /** The chain's head now (null for an unknown chain). */
  currentHeadId: number | null;
  /** What is wrong, for the auditor (Chinese); null when intact. */
  problem: string | null;
}

export interface CheckpointReport {
  /** The signature is valid and made by this system's key, and every named head is intact. */
  ok: boolean;
  signatureValid: boolean;
  keyId: string;
  /** Whether `keyId` is the key this system signs with now (only that key can be checked here). */
  knownKey: boolean;
  issuedAt: string;
  chains: ChainCheck[];
}

// Serialises checkpoint writers (API and worker, several of each), so the file's lines never interleave
// and a scheduled checkpoint can see whether the heads moved since the last one.
const CHECKPOINT_LOCK = 7_240_263;

interface CheckpointRow {
  id: string;
  origin: CheckpointOrigin;
  requested_by: string | null;
  document: SignedCheckpoint;
}

const fromRow = (r: CheckpointRow): StoredCheckpoint => ({
  id: Number(r.id),
  origin: r.origin,
  requestedBy: r.requested_by,
  checkpoint: r.document,
});

const sameHeads = (a: ChainHead[], b: ChainHead[]) =>
  canonicalJson(a.map(({ chain, headId, headHash }) => ({ chain, headId, headHash }))) ===
  canonicalJson(b.map(({ chain, headId, headHash }) => ({ chain, headId, headHash })));

/** Signed checkpoints of the audit chains: taken, stored twice (table and file), listed and checked. */
export class AuditCheckpoints {
  constructor(
    private readonly db: DataSource,
    private readonly key: CheckpointSigningKey,
    private readonly directory: string,
  ) {}

  get keyId(): string {
    return this.key.keyId;
  }

  /** The public key, for anyone who wants to check a checkpoint on their own. */
  publicKey(): { algorithm: 'Ed25519'; keyId: string; pem: string; jwk: unknown } {
    return {
      algorithm: 'Ed25519',
      keyId: this.key.keyId,
      pem: this.key.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      jwk: this.key.publicKey.export({ format: 'jwk' }),
    };
  }

  /**
   * Signs every chain's head and stores the checkpoint: the line in the external file is fsynced
   * before the row commits, so a committed row always has its copy outside (a failed commit may
   * leave a line without a row, which is still a true statement). `onlyIfMoved` skips it when the
   * newest checkpoint, by the same key, already names these heads. Pass `manager` to commit it with
   * the caller's transaction (e.g. with the audit entry of the command that asked for it).
   */
  async take(
    options: { origin: CheckpointOrigin; requestedBy?: string | null; onlyIfMoved?: boolean },
    manager?: EntityManager,
  ): Promise<StoredCheckpoint | null> {
    const run = async (m: EntityManager) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [CHECKPOINT_LOCK]);
      const heads = await readChainHeads(m);
      if (options.onlyIfMoved) {
        const last = await this.latestWith(m);
        if (last && last.checkpoint.keyId === this.key.keyId && sameHeads(last.checkpoint.chains, heads))
          return null;
      }
      const checkpoint = signCheckpoint(heads, new Date(), this.key.privateKey);
      const rows: { id: string }[] = await m.query(
        `INSERT INTO audit_checkpoint (issued_at, key_id, origin, requested_by, document)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [
          checkpoint.issuedAt,
          checkpoint.keyId,
          options.origin,
          options.requestedBy ?? null,
          JSON.stringify(checkpoint),
        ],
      );
      appendCheckpointLine(this.directory, canonicalJson(checkpoint));
      return {
        id: Number(rows[0]!.id),
        origin: options.origin,
        requestedBy: options.requestedBy ?? null,
        checkpoint,
      };
    };
    return manager ? run(manager) : this.db.transaction(run);
  }

  /** Newest first: up to `limit` checkpoints older than `beforeId` (all when null), by the primary key. */
  async list(beforeId: number | null, limit: number): Promise<StoredCheckpoint[]> {
    const rows: CheckpointRow[] = await this.db.query(
      `SELECT id, origin, requested_by, document FROM audit_checkpoint
       WHERE $1::bigint IS NULL OR id < $1 ORDER BY id DESC LIMIT $2`,
      [beforeId, limit],
    );
    return rows.map(fromRow);
  }

  latest(): Promise<StoredCheckpoint | null> {
    return this.latestWith(this.db.manager);
  }

  private async latestWith(m: EntityManager): Promise<StoredCheckpoint | null> {
    const rows: CheckpointRow[] = await m.query(
      'SELECT id, origin, requested_by, document FROM audit_checkpoint ORDER BY id DESC LIMIT 1',
    );
    return rows[0] ? fromRow(rows[0]) : null;
  }

  /**
   * Checks a checkpoint someone kept against the chains as they are now: its signature (by this
   * system's key), and for each chain whether the head it names is still there with the same hash.
   * A head that is gone means the newest entries were deleted: reported by entry id.
   */
  async check(checkpoint: SignedCheckpoint): Promise<CheckpointReport> {
    // The signature covers keyId too: a checkpoint of another key (or a keyId edited) cannot pass here.
    const knownKey = checkpoint.keyId === this.key.keyId;
    const signatureValid = checkpointSignatureValid(checkpoint, this.key.publicKey);
    const chains: ChainCheck[] = [];
    for (const head of checkpoint.chains) chains.push(await this.checkHead(head));
    return {
      ok: signatureValid && chains.every((c) => c.status === 'intact'),
      signatureValid,
      keyId: checkpoint.keyId,
      knownKey,
      issuedAt: checkpoint.issuedAt,
      chains,
    };
  }

  private async checkHead(head: ChainHead): Promise<ChainCheck> {
    const named = { chain: head.chain, headId: head.headId, headHash: head.headHash };
    const at = await chainPosition(this.db.manager, head.chain, head.headId);
    if (!at) {
      return {
        ...named,
        status: 'unknown_chain',
        truncatedAfter: null,
        missingFrom: null,
        currentHeadId: null,
        problem: `本系统没有名为“${head.chain}”的审计链`,
      };
    }
    const base = { ...named, truncatedAfter: null, missingFrom: null, currentHeadId: at.currentHeadId };
    if (head.headId === 0) return { ...base, status: 'intact', problem: null };
    if (at.hashAt === null) {
      const missingFrom = at.lastPresentAtOrBelow + 1;
      return {
        ...base,
        status: 'truncated',
        truncatedAfter: at.lastPresentAtOrBelow,
        missingFrom,
        problem:
          `检查点记载的链头 #${head.headId} 已不存在：#${at.lastPresentAtOrBelow} 之后的条目` +
          `（自 #${missingFrom} 起）被删除`,
      };
    }
    if (at.hashAt !== head.headHash) {
      return {
        ...base,
        status: 'rewritten',
        problem:
          `条目 #${head.headId} 仍在，但其哈希与检查点不符：该条目或其之前的条目被改写，` +
          '或链尾被删除后又追加了新条目',
      };
    }
    return { ...base, status: 'intact', problem: null };
  }
}
