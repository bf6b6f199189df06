import { createPrivateKey, type KeyObject } from 'node:crypto';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Reads an Ed25519 private key given as PKCS#8 PEM, as base64 of that PEM (one line, convenient in an
 * environment variable), or as base64 of its DER. Undefined when it is none of these.
 */
export function parseEd25519PrivateKey(text: string): KeyObject | undefined {
  const candidates: Array<() => KeyObject> = [];
  const trimmed = text.trim();
  if (trimmed.startsWith('-----BEGIN')) candidates.push(() => createPrivateKey(trimmed));
  else if (/^[A-Za-z0-9+/=\s]+$/.test(trimmed)) {
    const bytes = Buffer.from(trimmed, 'base64');
    const decoded = bytes.toString('utf8').trim();
    if (decoded.startsWith('-----BEGIN')) candidates.push(() => createPrivateKey(decoded));
    else candidates.push(() => createPrivateKey({ key: bytes, format: 'der', type: 'pkcs8' }));
  }
  for (const candidate of candidates) {
    try {
      const key = candidate();
      if (key.asymmetricKeyType === 'ed25519') return key;
    } catch {
      // not a key in this encoding
    }
  }
  return undefined;
}

export const IsEd25519PrivateKey = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isEd25519PrivateKey',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && parseEd25519PrivateKey(value) !== undefined,
      },
    },
    options,
  );
