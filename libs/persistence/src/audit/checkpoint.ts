import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { chinaInstant } from '@safecase/domain';
import { canonicalJson } from './canonical';

/**
 * A signed audit checkpoint: a statement of every hash chain's head at one instant, signed with an
 * Ed25519 key the database does not hold. Kept outside the database too, it makes a later deletion of
 * the newest entries evident: the head it names is gone, or has another hash.
 *
 * The signature covers the canonical JSON (sorted keys, no whitespace) of the document without its
 * `signature` member, so anyone can check it offline with Node's crypto and the public key:
 * `crypto.verify(null, Buffer.from(canonicalJson(rest)), publicKey, Buffer.from(signature, 'base64'))`.
 */
export const CHECKPOINT_FORMAT = 'safecase-audit-checkpoint/1';

export interface ChainHead {
  /** The chain's name: `agency:<id>`, `system`, or the closed `global` of entries before the split. */
  chain: string;
  /** The id of the chain's newest entry; 0 for an empty chain. */
  headId: number;
  /** That entry's `entryHash`; 64 zeros (the genesis hash) for an empty chain. */
  headHash: string;
}

export interface CheckpointStatement {
  format: typeof CHECKPOINT_FORMAT;
  /** ISO 8601 in China Standard Time, e.g. 2026-12-01T16:45:00.123+08:00. */
  issuedAt: string;
  /** Sorted by name, so the same heads always make the same statement. */
  chains: ChainHead[];
  /** Which key signed it: the first 16 hex digits of the SHA-256 of its public key (SPKI DER). */
  keyId: string;
}

export interface SignedCheckpoint extends CheckpointStatement {
  /** Ed25519 signature over the canonical JSON of the statement, base64. */
  signature: string;
}

export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/** The bytes the signature covers: the statement's own fields only, whatever else the value carries. */
export function signedBytes(c: CheckpointStatement): Buffer {
  const statement: CheckpointStatement = {
    format: c.format,
    issuedAt: c.issuedAt,
    chains: c.chains.map((h) => ({ chain: h.chain, headId: h.headId, headHash: h.headHash })),
    keyId: c.keyId,
  };
  return Buffer.from(canonicalJson(statement), 'utf8');
}

export function signCheckpoint(heads: ChainHead[], issuedAt: Date, privateKey: KeyObject): SignedCheckpoint {
  const statement: CheckpointStatement = {
    format: CHECKPOINT_FORMAT,
    issuedAt: chinaInstant(issuedAt.getTime()),
    chains: [...heads].sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0)),
    keyId: keyIdOf(privateKey),
  };
  return { ...statement, signature: sign(null, signedBytes(statement), privateKey).toString('base64') };
}

/** Whether `publicKey` signed exactly this statement. Never throws on a malformed signature. */
export function checkpointSignatureValid(c: SignedCheckpoint, publicKey: KeyObject): boolean {
  if (c.format !== CHECKPOINT_FORMAT || typeof c.signature !== 'string') return false;
  const signature = Buffer.from(c.signature, 'base64');
  if (signature.length !== 64) return false;
  try {
    return verify(null, signedBytes(c), publicKey, signature);
  } catch {
    return false;
  }
}
