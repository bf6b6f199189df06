import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { ENV_KEYS, EnvironmentSchema } from './config.schema';
import { parseEd25519PrivateKey } from './signing-key';

export interface AppConfig {
  databaseUrl: string;
  temporal: TemporalConfig;
  http: { port: number; host: string };
  logLevel: string;
  auth: AuthConfig;
  /** Training sandbox: Temporal is the time-skipping test server and `/sandbox/clock` exists. */
  sandbox: boolean;
  /** How long `POST /sandbox/clock` waits for the advance before answering 202 with its progress. */
  sandboxAdvanceAnswerMs: number;
  /** How long a create or an action waits for its record before answering 202 `recordPending`. */
  answerWithinMs: number;
  auditCheckpoints: AuditCheckpointConfig;
  worker: WorkerConfig;
  /** Printed documents and evidence files (issue #15). */
  files: { chromiumPath: string | null; evidenceMaxBytes: number };
}

/**
 * Where Temporal is and how to reach it. `tls` and `apiKey` are present only when configured: a
 * production cluster behind TLS or mTLS, or Temporal Cloud (an API key, over TLS). libs/temporal
 * turns this into the SDK's connection options (`temporalConnectionOptions`).
 */
export interface TemporalConfig {
  address: string;
  namespace: string;
  taskQueue: string;
  tls?: TemporalTlsConfig;
  apiKey?: string;
}

/** A PEM given inline (`…` variable) or as the path of a file (`…_FILE`), read when connecting. */
export type PemSource = { pem: string } | { file: string };

export interface TemporalTlsConfig {
  /** The CA of the server's certificate; absent: the system's trusted CAs (e.g. Temporal Cloud). */
  serverCa?: PemSource;
  /** mTLS: the client's certificate and key. */
  client?: { cert: PemSource; key: PemSource };
  /** The name the server's certificate is checked against (SNI), when not the address's host. */
  serverName?: string;
}

/**
 * The worker's sticky cache: how many workflow executions it keeps in memory between their tasks.
 * A cached workflow answers its next task (an Update, a timer) at once; one that was evicted is
 * rebuilt by replaying its whole history first, which costs time in proportion to its length (bounded
 * by continue-as-new). Each cached execution holds its state in the worker's V8 heap: about 0.11 MiB
 * of heap for a new case since the domain is preloaded into the shared workflow context (0.42 MiB
 * before, when every workflow evaluated its own copy; bench/workflow-cache.js), more as its state
 * grows. The default of 500 keeps the worker well under 1 GiB whatever the number of open cases
 * (RSS stays flat once the cache is full); raise it on a worker with more memory for fewer replays.
 */
export interface WorkerConfig {
  maxCachedWorkflows: number;
  /**
   * How long a workflow task of a cached workflow waits for this worker on its sticky queue before the
   * server hands it to any worker, with the whole history to replay. Temporal's default, 10 s, is how
   * long a crashed worker's workflows wait; in a deadline storm the backlog is longer than that.
   */
  stickyTimeoutSeconds: number;
}

/**
 * Signed checkpoints of the audit chain heads. The signing key comes from configuration (`pem`), from
 * a file the operator provides (`file`, must exist), or, on embedded defaults only, from a file
 * generated once under .data/ (`generated`). Relative paths are taken from the working directory.
 */
export interface AuditCheckpointConfig {
  signingKey: { source: 'config'; pem: string } | { source: 'file' | 'generated'; path: string };
  directory: string;
  intervalSeconds: number;
}

export type AuthConfig =
  | { mode: 'embedded'; jwtSecret: string; tokenTtlSeconds: number }
  | { mode: 'oidc'; issuer: string; audience: string; jwksUri: string };

/** Thrown at boot with every bad variable at once, so an operator fixes them in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((e) =>
    Object.values(e.constraints ?? {}).map((message) =>
      message.startsWith(e.property) ? message : `${e.property}: ${message}`,
    ),
  );
}

/** The only place that reads `process.env`; everything else receives an `AppConfig`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, string> = {};
  for (const key of ENV_KEYS) {
    const value = env[key];
    // An empty variable means "use the default", as in most shells' `VAR= cmd`.
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = plainToInstance(EnvironmentSchema, raw, { exposeDefaultValues: true });
  const problems = [
    ...describe(validateSync(parsed, { forbidUnknownValues: true })),
    ...temporalTlsProblems(parsed),
  ];
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    databaseUrl: parsed.DATABASE_URL,
    temporal: temporalConfig(parsed),
    http: { port: parsed.PORT, host: parsed.HOST },
    worker: {
      maxCachedWorkflows: parsed.WORKER_MAX_CACHED_WORKFLOWS,
      stickyTimeoutSeconds: parsed.WORKER_STICKY_TIMEOUT_SECONDS,
    },
    logLevel: parsed.LOG_LEVEL,
    auth:
      parsed.AUTH_MODE === 'oidc'
        ? {
            mode: 'oidc',
            issuer: parsed.OIDC_ISSUER!,
            audience: parsed.OIDC_AUDIENCE!,
            jwksUri: parsed.OIDC_JWKS_URI!,
          }
        : {
            mode: 'embedded',
            jwtSecret: parsed.AUTH_JWT_SECRET!,
            tokenTtlSeconds: parsed.AUTH_TOKEN_TTL_SECONDS,
          },
    sandbox: parsed.SANDBOX_MODE,
    sandboxAdvanceAnswerMs: parsed.SANDBOX_ADVANCE_ANSWER_MS,
    answerWithinMs: parsed.ANSWER_WITHIN_MS,
    auditCheckpoints: auditCheckpointConfig(parsed),
    files: { chromiumPath: parsed.CHROMIUM_PATH ?? null, evidenceMaxBytes: parsed.EVIDENCE_MAX_BYTES },
  };
}

/** The sandbox's records are training data: its own key and directory, so they never pass for real ones. */
function auditCheckpointConfig(parsed: EnvironmentSchema): AuditCheckpointConfig {
  const prefix = parsed.SANDBOX_MODE ? 'sandbox-' : '';
  const key = parsed.AUDIT_SIGNING_KEY && parseEd25519PrivateKey(parsed.AUDIT_SIGNING_KEY);
  return {
    signingKey: key
      ? { source: 'config', pem: key.export({ format: 'pem', type: 'pkcs8' }).toString() }
      : parsed.AUDIT_SIGNING_KEY_FILE
        ? { source: 'file', path: parsed.AUDIT_SIGNING_KEY_FILE }
        : { source: 'generated', path: `.data/${prefix}audit-signing-key.pem` },
    directory: parsed.AUDIT_CHECKPOINT_DIR ?? `.data/${prefix}audit-checkpoints`,
    intervalSeconds: parsed.AUDIT_CHECKPOINT_INTERVAL_SECONDS,
  };
}

const pemSource = (pem: string | undefined, file: string | undefined): PemSource | undefined =>
  pem !== undefined ? { pem } : file !== undefined ? { file } : undefined;

function temporalConfig(parsed: EnvironmentSchema): TemporalConfig {
  const config: TemporalConfig = {
    address: parsed.TEMPORAL_ADDRESS,
    namespace: parsed.TEMPORAL_NAMESPACE,
    taskQueue: parsed.TEMPORAL_TASK_QUEUE,
  };
  const serverCa = pemSource(parsed.TEMPORAL_TLS_SERVER_CA, parsed.TEMPORAL_TLS_SERVER_CA_FILE);
  const cert = pemSource(parsed.TEMPORAL_TLS_CLIENT_CERT, parsed.TEMPORAL_TLS_CLIENT_CERT_FILE);
  const key = pemSource(parsed.TEMPORAL_TLS_CLIENT_KEY, parsed.TEMPORAL_TLS_CLIENT_KEY_FILE);
  const serverName = parsed.TEMPORAL_TLS_SERVER_NAME;
  const implied = !!(serverCa || cert || key || serverName || parsed.TEMPORAL_API_KEY);
  if (parsed.TEMPORAL_TLS ?? implied) {
    config.tls = {
      ...(serverCa && { serverCa }),
      ...(cert && key && { client: { cert, key } }),
      ...(serverName && { serverName }),
    };
  }
  if (parsed.TEMPORAL_API_KEY) config.apiKey = parsed.TEMPORAL_API_KEY;
  return config;
}

/** Combinations the schema's per-variable checks cannot see. */
function temporalTlsProblems(parsed: EnvironmentSchema): string[] {
  const problems: string[] = [];
  for (const name of ['SERVER_CA', 'CLIENT_CERT', 'CLIENT_KEY'] as const) {
    const key = `TEMPORAL_TLS_${name}` as const;
    if (parsed[key] !== undefined && parsed[`${key}_FILE`] !== undefined)
      problems.push(`${key}_FILE: set ${key} or ${key}_FILE, not both`);
  }
  const cert = parsed.TEMPORAL_TLS_CLIENT_CERT ?? parsed.TEMPORAL_TLS_CLIENT_CERT_FILE;
  const key = parsed.TEMPORAL_TLS_CLIENT_KEY ?? parsed.TEMPORAL_TLS_CLIENT_KEY_FILE;
  if ((cert === undefined) !== (key === undefined))
    problems.push('TEMPORAL_TLS_CLIENT_CERT and TEMPORAL_TLS_CLIENT_KEY (or their _FILE forms) go together');
  const configured = cert !== undefined || parsed.TEMPORAL_API_KEY !== undefined;
  if (parsed.TEMPORAL_TLS === false && configured)
    problems.push('TEMPORAL_TLS=false: a client certificate or an API key needs TLS');
  return problems;
}
