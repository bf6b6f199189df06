import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, loadConfig } from './config';
import { ENV_KEYS } from './config.schema';

const SECRET = 's'.repeat(32);

describe('loadConfig', () => {
  it('applies defaults when only DATABASE_URL is given', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@localhost:5432/db', AUTH_JWT_SECRET: SECRET });
    expect(config).toEqual({
      databaseUrl: 'postgres://u@localhost:5432/db',
      temporal: { address: '127.0.0.1:7233', namespace: 'default', taskQueue: 'safecase' },
      http: { port: 3000, host: '127.0.0.1' },
      worker: { maxCachedWorkflows: 500, stickyTimeoutSeconds: 10 },
      logLevel: 'info',
      auth: { mode: 'embedded', jwtSecret: SECRET, tokenTtlSeconds: 28800 },
      sandbox: false,
      sandboxAdvanceAnswerMs: 5_000,
      answerWithinMs: 20_000,
      auditCheckpoints: {
        signingKey: { source: 'generated', path: '.data/audit-signing-key.pem' },
        directory: '.data/audit-checkpoints',
        intervalSeconds: 900,
      },
      files: { chromiumPath: null, evidenceMaxBytes: 2 * 1024 ** 3 },
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://x/y',
      AUTH_JWT_SECRET: SECRET,
      TEMPORAL_ADDRESS: 'temporal:7233',
      TEMPORAL_NAMESPACE: 'prod',
      TEMPORAL_TASK_QUEUE: 'cases',
      WORKER_MAX_CACHED_WORKFLOWS: '2000',
      WORKER_STICKY_TIMEOUT_SECONDS: '120',
      PORT: '8080',
      HOST: '0.0.0.0',
      LOG_LEVEL: 'debug',
      AUTH_MODE: 'oidc',
      OIDC_ISSUER: 'https://sso.example.gov.cn/realms/yjj',
      OIDC_AUDIENCE: 'safecase',
      OIDC_JWKS_URI: 'https://sso.example.gov.cn/realms/yjj/certs',
      SANDBOX_MODE: 'true',
      ANSWER_WITHIN_MS: '1500',
      SANDBOX_ADVANCE_ANSWER_MS: '0',
    });
    expect(config.auth).toEqual({
      mode: 'oidc',
      issuer: 'https://sso.example.gov.cn/realms/yjj',
      audience: 'safecase',
      jwksUri: 'https://sso.example.gov.cn/realms/yjj/certs',
    });
    expect(config.temporal).toEqual({ address: 'temporal:7233', namespace: 'prod', taskQueue: 'cases' });
    expect(config.http).toEqual({ port: 8080, host: '0.0.0.0' });
    expect(config.worker).toEqual({ maxCachedWorkflows: 2000, stickyTimeoutSeconds: 120 });
    expect(config.logLevel).toBe('debug');
    expect(config.sandbox).toBe(true);
    expect(config.answerWithinMs).toBe(1500);
    expect(config.sandboxAdvanceAnswerMs).toBe(0);
  });

  it('refuses an answer deadline that is not a sensible number of milliseconds', () => {
    const base = { DATABASE_URL: 'postgres://x/y', AUTH_JWT_SECRET: SECRET };
    expect(() => loadConfig({ ...base, ANSWER_WITHIN_MS: 'soon' })).toThrow(
      /ANSWER_WITHIN_MS must be an integer/,
    );
    expect(() => loadConfig({ ...base, ANSWER_WITHIN_MS: '10' })).toThrow(/ANSWER_WITHIN_MS/);
  });

  it('reads SANDBOX_MODE as a boolean and refuses anything else', () => {
    const base = { DATABASE_URL: 'postgres://x/y', AUTH_JWT_SECRET: SECRET };
    expect(loadConfig({ ...base, SANDBOX_MODE: '1' }).sandbox).toBe(true);
    expect(loadConfig({ ...base, SANDBOX_MODE: 'false' }).sandbox).toBe(false);
    expect(loadConfig({ ...base, SANDBOX_MODE: '' }).sandbox).toBe(false);
    expect(() => loadConfig({ ...base, SANDBOX_MODE: 'yes' })).toThrow(/SANDBOX_MODE must be true or false/);
  });

  it('lists every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', TEMPORAL_ADDRESS: 'no-port', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/DATABASE_URL/);
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/TEMPORAL_ADDRESS/);
    expect(problems).toMatch(/LOG_LEVEL/);
    expect(problems).toMatch(/AUTH_JWT_SECRET is required/);
  });

  it('requires the issuer settings in OIDC mode, and a long enough secret in embedded mode', () => {
    const oidc = () => loadConfig({ DATABASE_URL: 'postgres://x/y', AUTH_MODE: 'oidc' });
    expect(oidc).toThrow(/OIDC_ISSUER[\s\S]*OIDC_AUDIENCE[\s\S]*OIDC_JWKS_URI/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x/y', AUTH_JWT_SECRET: 'short' })).toThrow(
      /at least 32/,
    );
  });
});

describe('audit checkpoint settings', () => {
  const base = { DATABASE_URL: 'postgres://x/y', AUTH_JWT_SECRET: SECRET };
  const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

  it('takes the signing key as PEM or base64 of it, always handing on PEM', () => {
    for (const value of [pem, Buffer.from(pem).toString('base64')]) {
      expect(loadConfig({ ...base, AUDIT_SIGNING_KEY: value }).auditCheckpoints.signingKey).toEqual({
        source: 'config',
        pem,
      });
    }
  });

  it('takes a key file, a directory and an interval', () => {
    const config = loadConfig({
      ...base,
      AUDIT_SIGNING_KEY_FILE: '/etc/safecase/audit.pem',
      AUDIT_CHECKPOINT_DIR: '/var/lib/safecase/checkpoints',
      AUDIT_CHECKPOINT_INTERVAL_SECONDS: '600',
    });
    expect(config.auditCheckpoints).toEqual({
      signingKey: { source: 'file', path: '/etc/safecase/audit.pem' },
      directory: '/var/lib/safecase/checkpoints',
      intervalSeconds: 600,
    });
  });

  it('gives the sandbox a key and a directory of its own', () => {
    expect(loadConfig({ ...base, SANDBOX_MODE: 'true' }).auditCheckpoints).toMatchObject({
      signingKey: { source: 'generated', path: '.data/sandbox-audit-signing-key.pem' },
      directory: '.data/sandbox-audit-checkpoints',
    });
  });

  it('refuses a key that is not Ed25519, both sources at once and an absurd interval', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString();
    expect(() => loadConfig({ ...base, AUDIT_SIGNING_KEY: rsa })).toThrow(
      /AUDIT_SIGNING_KEY must be an Ed25519/,
    );
    expect(() => loadConfig({ ...base, AUDIT_SIGNING_KEY: 'not a key' })).toThrow(/AUDIT_SIGNING_KEY must/);
    expect(() => loadConfig({ ...base, AUDIT_SIGNING_KEY: pem, AUDIT_SIGNING_KEY_FILE: '/k.pem' })).toThrow(
      /not both/,
    );
    expect(() => loadConfig({ ...base, AUDIT_CHECKPOINT_INTERVAL_SECONDS: '1' })).toThrow(
      /AUDIT_CHECKPOINT_INTERVAL_SECONDS/,
    );
  });
});

describe('.env.example', () => {
  it('names every variable the config reads', () => {
    const example = readFileSync(join(__dirname, '../../../../.env.example'), 'utf8');
    for (const key of ENV_KEYS) expect(example).toMatch(new RegExp(`^#?\\s*${key}=`, 'm'));
  });
});
