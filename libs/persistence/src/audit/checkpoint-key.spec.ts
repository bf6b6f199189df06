import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyIdOf } from './checkpoint';
import { loadCheckpointSigningKey, SigningKeyError } from './checkpoint-key';

const settings = { directory: 'unused', intervalSeconds: 900 };

describe('the checkpoint signing key', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'safecase-key-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('on embedded defaults is generated once, readable by its owner only, and found again', () => {
    const path = join(dir, 'nested', 'audit-signing-key.pem');
    const first = loadCheckpointSigningKey({ ...settings, signingKey: { source: 'generated', path } });
    expect(first.generated).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const second = loadCheckpointSigningKey({ ...settings, signingKey: { source: 'generated', path } });
    expect(second).toMatchObject({ generated: false, keyId: first.keyId, origin: path });
    const message = Buffer.from('heads');
    expect(verify(null, message, second.publicKey, sign(null, message, first.privateKey))).toBe(true);
  });

  it('comes from configuration or from a key file the operator provides', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const fromConfig = loadCheckpointSigningKey({ ...settings, signingKey: { source: 'config', pem } });
    expect(fromConfig).toMatchObject({
      keyId: keyIdOf(privateKey),
      origin: 'AUDIT_SIGNING_KEY',
      generated: false,
    });
    const path = join(dir, 'key.pem');
    writeFileSync(path, pem);
    const fromFile = loadCheckpointSigningKey({ ...settings, signingKey: { source: 'file', path } });
    expect(fromFile.keyId).toBe(keyIdOf(privateKey));
    expect(readFileSync(path, 'utf8')).toBe(pem);
  });

  it('never generates a configured key file that is missing, and refuses one holding something else', () => {
    const missing = join(dir, 'missing.pem');
    expect(() =>
      loadCheckpointSigningKey({ ...settings, signingKey: { source: 'file', path: missing } }),
    ).toThrow(SigningKeyError);
    const rsa = join(dir, 'rsa.pem');
    writeFileSync(
      rsa,
      generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }),
    );
    expect(() =>
      loadCheckpointSigningKey({ ...settings, signingKey: { source: 'file', path: rsa } }),
    ).toThrow(/no Ed25519 private key/);
  });
});
