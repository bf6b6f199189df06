import { chinaInstant } from '@safecase/domain';
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { canonicalJson } from './canonical';
import {
  CHECKPOINT_FORMAT,
  checkpointSignatureValid,
  keyIdOf,
  signCheckpoint,
  type SignedCheckpoint,
} from './checkpoint';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const heads = [
  { chain: 'agency-b', headId: 7, headHash: 'b'.repeat(64) },
  { chain: 'agency-a', headId: 3, headHash: 'a'.repeat(64) },
];

describe('signed audit checkpoints', () => {
  it('states every chain head, sorted by chain, in China Standard Time, under the key id', () => {
    const c = signCheckpoint(heads, new Date('2026-12-01T08:45:00.123Z'), privateKey);
    expect(c).toMatchObject({
      format: CHECKPOINT_FORMAT,
      issuedAt: '2026-12-01T16:45:00.123+08:00',
      chains: [heads[1], heads[0]],
      keyId: keyIdOf(publicKey),
    });
    expect(keyIdOf(privateKey)).toBe(keyIdOf(publicKey));
    expect(keyIdOf(publicKey)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is checkable offline: Ed25519 over the canonical JSON of the document without its signature', () => {
    const { signature, ...statement } = signCheckpoint(heads, new Date(), privateKey);
    const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    expect(
      verify(
        null,
        Buffer.from(canonicalJson(statement)),
        createPublicKey(pem),
        Buffer.from(signature, 'base64'),
      ),
    ).toBe(true);
  });

  it('survives a JSON round trip and refuses any change to what it states', () => {
    const c = JSON.parse(JSON.stringify(signCheckpoint(heads, new Date(), privateKey))) as SignedCheckpoint;
    expect(checkpointSignatureValid(c, publicKey)).toBe(true);
    const changed: SignedCheckpoint[] = [
      { ...c, chains: [{ ...c.chains[0]!, headId: 2 }, c.chains[1]!] },
      { ...c, chains: [c.chains[0]!, { ...c.chains[1]!, headHash: 'c'.repeat(64) }] },
      { ...c, chains: [c.chains[0]!] },
      { ...c, issuedAt: chinaInstant(0) },
      { ...c, keyId: '0'.repeat(16) },
      {
        ...c,
        signature: `${c.signature.slice(0, 10)}${c.signature[10] === 'A' ? 'B' : 'A'}${c.signature.slice(11)}`,
      },
      { ...c, signature: 'not base64 at all' },
    ];
    for (const forged of changed) expect(checkpointSignatureValid(forged, publicKey)).toBe(false);
  });

  it('is refused under another key', () => {
    const other = generateKeyPairSync('ed25519');
    expect(checkpointSignatureValid(signCheckpoint(heads, new Date(), other.privateKey), publicKey)).toBe(
      false,
    );
  });
});
