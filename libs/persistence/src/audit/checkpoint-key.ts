import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseEd25519PrivateKey, type AuditCheckpointConfig } from '@safecase/common';
import { keyIdOf } from './checkpoint';

export interface CheckpointSigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
  /** Where it came from, for the start-up log (a path, never the key). */
  origin: string;
  /** True when this process generated the key file just now. */
  generated: boolean;
}

export class SigningKeyError extends Error {
  override name = 'SigningKeyError';
}

function fromFile(path: string): KeyObject {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SigningKeyError(
      `audit signing key file ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const key = parseEd25519PrivateKey(text);
  if (!key)
    throw new SigningKeyError(`audit signing key file ${path} holds no Ed25519 private key (PKCS#8 PEM)`);
  return key;
}

/**
 * Writes a new key file unless one exists. The exclusive create (`wx`) makes two processes starting
 * together (API and worker) agree on one key: the loser finds the winner's file.
 */
function generateOnce(path: string): boolean {
  mkdirSync(dirname(path), { recursive: true });
  const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  try {
    writeFileSync(path, pem, { flag: 'wx', mode: 0o600 });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The key that signs checkpoints, from configuration, a key file, or (embedded defaults) a generated file. */
export function loadCheckpointSigningKey(config: AuditCheckpointConfig): CheckpointSigningKey {
  const source = config.signingKey;
  let privateKey: KeyObject;
  let origin: string;
  let generated = false;
  if (source.source === 'config') {
    const parsed = parseEd25519PrivateKey(source.pem);
    if (!parsed) throw new SigningKeyError('AUDIT_SIGNING_KEY holds no Ed25519 private key');
    privateKey = parsed;
    origin = 'AUDIT_SIGNING_KEY';
  } else {
    const path = resolve(source.path);
    if (source.source === 'generated') generated = generateOnce(path);
    privateKey = fromFile(path);
    origin = path;
  }
  return {
    privateKey,
    publicKey: createPublicKey(privateKey),
    keyId: keyIdOf(privateKey),
    origin,
    generated,
  };
}
