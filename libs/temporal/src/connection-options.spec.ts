import { ConfigError, loadConfig } from '@safecase/common';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { temporalConnectionOptions } from './connection-options';

const base = { DATABASE_URL: 'postgres://x/y', AUTH_JWT_SECRET: 's'.repeat(32) };
const pem = (label: string, body: string) => `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
const CA = pem('CERTIFICATE', 'Q0E=');
const CERT = pem('CERTIFICATE', 'Y2VydA==');
const KEY = pem('PRIVATE KEY', 'a2V5');

const optionsFor = (env: Record<string, string>) =>
  temporalConnectionOptions(loadConfig({ ...base, ...env }).temporal);

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig({ ...base, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.join('\n');
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('Temporal connection options from the configuration', () => {
  it('connects in plain text to the dev server by default', () => {
    expect(optionsFor({})).toEqual({ address: '127.0.0.1:7233' });
  });

  it('TEMPORAL_TLS=true: TLS with the system CAs, nothing else', () => {
    expect(optionsFor({ TEMPORAL_TLS: 'true', TEMPORAL_ADDRESS: 'temporal.prod:7233' })).toEqual({
      address: 'temporal.prod:7233',
      tls: {},
    });
  });

  it('mTLS from inline PEM: the server CA, the client pair and the server name', () => {
    const options = optionsFor({
      TEMPORAL_TLS_SERVER_CA: CA,
      TEMPORAL_TLS_CLIENT_CERT: CERT,
      TEMPORAL_TLS_CLIENT_KEY: KEY,
      TEMPORAL_TLS_SERVER_NAME: 'frontend.temporal.internal',
    });
    expect(options).toEqual({
      address: '127.0.0.1:7233',
      tls: {
        serverRootCACertificate: Buffer.from(CA),
        clientCertPair: { crt: Buffer.from(CERT), key: Buffer.from(KEY) },
        serverNameOverride: 'frontend.temporal.internal',
      },
    });
  });

  it('mTLS from files, read when the connection is built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'temporal-tls-'));
    const files = { ca: join(dir, 'ca.pem'), cert: join(dir, 'client.pem'), key: join(dir, 'client.key') };
    writeFileSync(files.ca, CA);
    writeFileSync(files.cert, CERT);
    writeFileSync(files.key, KEY);
    const config = loadConfig({
      ...base,
      TEMPORAL_TLS_SERVER_CA_FILE: files.ca,
      TEMPORAL_TLS_CLIENT_CERT_FILE: files.cert,
      TEMPORAL_TLS_CLIENT_KEY_FILE: files.key,
    });
    expect(config.temporal.tls).toEqual({
      serverCa: { file: files.ca },
      client: { cert: { file: files.cert }, key: { file: files.key } },
    });
    expect(temporalConnectionOptions(config.temporal).tls).toEqual({
      serverRootCACertificate: Buffer.from(CA),
      clientCertPair: { crt: Buffer.from(CERT), key: Buffer.from(KEY) },
    });
  });

  it('names the variable when a file is missing', () => {
    const config = loadConfig({ ...base, TEMPORAL_TLS_SERVER_CA_FILE: '/nonexistent/ca.pem' });
    expect(() => temporalConnectionOptions(config.temporal)).toThrow(
      /TEMPORAL_TLS_SERVER_CA_FILE: cannot read \/nonexistent\/ca.pem/,
    );
  });

  it('Temporal Cloud: the API key over TLS, with the namespace header', () => {
    expect(
      optionsFor({
        TEMPORAL_ADDRESS: 'ap-northeast-1.aws.api.temporal.io:7233',
        TEMPORAL_NAMESPACE: 'safecase-prod.a1b2c',
        TEMPORAL_API_KEY: 'eyJhbGciOi.secret',
      }),
    ).toEqual({
      address: 'ap-northeast-1.aws.api.temporal.io:7233',
      tls: {},
      apiKey: 'eyJhbGciOi.secret',
      metadata: { 'temporal-namespace': 'safecase-prod.a1b2c' },
    });
  });

  it('refuses what cannot work, every problem at once', () => {
    expect(problemsOf({ TEMPORAL_TLS_CLIENT_CERT: CERT })).toMatch(/CLIENT_CERT and TEMPORAL_TLS_CLIENT_KEY/);
    expect(problemsOf({ TEMPORAL_TLS_SERVER_CA: CA, TEMPORAL_TLS_SERVER_CA_FILE: '/ca.pem' })).toMatch(
      /set TEMPORAL_TLS_SERVER_CA or TEMPORAL_TLS_SERVER_CA_FILE, not both/,
    );
    expect(problemsOf({ TEMPORAL_TLS_SERVER_CA: '/etc/ca.pem' })).toMatch(
      /TEMPORAL_TLS_SERVER_CA must be PEM.*use TEMPORAL_TLS_SERVER_CA_FILE/,
    );
    expect(problemsOf({ TEMPORAL_TLS: 'false', TEMPORAL_API_KEY: 'k' })).toMatch(/needs TLS/);
    expect(problemsOf({ TEMPORAL_TLS: 'maybe' })).toMatch(/TEMPORAL_TLS must be true or false/);
  });

  it('TEMPORAL_TLS=false keeps a CA-only setting in plain text (e.g. while moving a cluster)', () => {
    expect(optionsFor({ TEMPORAL_TLS: 'false', TEMPORAL_TLS_SERVER_CA: CA })).toEqual({
      address: '127.0.0.1:7233',
    });
  });
});
