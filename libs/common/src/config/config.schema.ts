import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmpty,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsEd25519PrivateKey } from './signing-key';

/** The names `loadConfig` reads; `.env.example` must list each (checked by a spec). */
export const ENV_KEYS = [
  'DATABASE_URL',
  'TEMPORAL_ADDRESS',
  'TEMPORAL_NAMESPACE',
  'TEMPORAL_TASK_QUEUE',
  'TEMPORAL_TLS',
  'TEMPORAL_TLS_SERVER_CA',
  'TEMPORAL_TLS_SERVER_CA_FILE',
  'TEMPORAL_TLS_CLIENT_CERT',
  'TEMPORAL_TLS_CLIENT_CERT_FILE',
  'TEMPORAL_TLS_CLIENT_KEY',
  'TEMPORAL_TLS_CLIENT_KEY_FILE',
  'TEMPORAL_TLS_SERVER_NAME',
  'TEMPORAL_API_KEY',
  'WORKER_MAX_CACHED_WORKFLOWS',
  'WORKER_STICKY_TIMEOUT_SECONDS',
  'PORT',
  'HOST',
  'LOG_LEVEL',
  'AUTH_MODE',
  'AUTH_JWT_SECRET',
  'AUTH_TOKEN_TTL_SECONDS',
  'OIDC_ISSUER',
  'OIDC_AUDIENCE',
  'OIDC_JWKS_URI',
  'SANDBOX_MODE',
  'SANDBOX_ADVANCE_ANSWER_MS',
  'ANSWER_WITHIN_MS',
  'AUDIT_SIGNING_KEY',
  'AUDIT_SIGNING_KEY_FILE',
  'AUDIT_CHECKPOINT_DIR',
  'AUDIT_CHECKPOINT_INTERVAL_SECONDS',
  'CHROMIUM_PATH',
  'EVIDENCE_MAX_BYTES',
] as const;

/** A PEM block (`-----BEGIN …-----`), as Temporal's TLS options take it. */
const IsPem = (name: string) =>
  Matches(/-----BEGIN [A-Z0-9 ]+-----[\s\S]+-----END [A-Z0-9 ]+-----/, {
    message: `${name} must be PEM (-----BEGIN …-----); use ${name}_FILE for a path`,
  });

/**
 * Every environment variable the apps read. `.env.example` lists the same names; the start and test
 * scripts (scripts/) set them for the embedded defaults.
 */
export class EnvironmentSchema {
  /** PostgreSQL connection string. The start/test scripts set it to the embedded server when unset. */
  @IsString()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL!: string;

  @IsOptional()
  @IsString()
  @Matches(/^[^\s:]+:\d{1,5}$/, { message: 'TEMPORAL_ADDRESS must be host:port' })
  TEMPORAL_ADDRESS: string = '127.0.0.1:7233';

  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._-]+$/, { message: 'TEMPORAL_NAMESPACE must be a plain namespace name' })
  TEMPORAL_NAMESPACE: string = 'default';

  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._-]+$/, { message: 'TEMPORAL_TASK_QUEUE must be a plain task-queue name' })
  TEMPORAL_TASK_QUEUE: string = 'safecase';

  /**
   * TLS to Temporal (a production cluster, Temporal Cloud): `true` turns it on with the system's CAs;
   * it is on by itself when any TEMPORAL_TLS_* value or TEMPORAL_API_KEY is set, unless `false`.
   */
  @IsOptional()
  @Transform(({ value }) =>
    value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value,
  )
  @IsBoolean({ message: 'TEMPORAL_TLS must be true or false' })
  TEMPORAL_TLS?: boolean;

  /** The CA that signed the server's certificate, as PEM (or `…_FILE`: the path of a PEM file). */
  @IsOptional() @IsPem('TEMPORAL_TLS_SERVER_CA') TEMPORAL_TLS_SERVER_CA?: string;
  @IsOptional() @IsString() @MinLength(1) TEMPORAL_TLS_SERVER_CA_FILE?: string;

  /** mTLS: this client's certificate and private key, as PEM or as files; both or neither. */
  @IsOptional() @IsPem('TEMPORAL_TLS_CLIENT_CERT') TEMPORAL_TLS_CLIENT_CERT?: string;
  @IsOptional() @IsString() @MinLength(1) TEMPORAL_TLS_CLIENT_CERT_FILE?: string;
  @IsOptional() @IsPem('TEMPORAL_TLS_CLIENT_KEY') TEMPORAL_TLS_CLIENT_KEY?: string;
  @IsOptional() @IsString() @MinLength(1) TEMPORAL_TLS_CLIENT_KEY_FILE?: string;

  /** The name to check the server's certificate against when it differs from the address's host. */
  @IsOptional() @IsString() @MinLength(1) TEMPORAL_TLS_SERVER_NAME?: string;

  /** Temporal Cloud API key (sent as a bearer token; implies TLS). */
  @IsOptional() @IsString() @MinLength(1) TEMPORAL_API_KEY?: string;

  // The worker's sticky cache (issue #16 §3): see WorkerConfig in config.ts for the trade-off.
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'WORKER_MAX_CACHED_WORKFLOWS must be an integer' })
  @Min(0)
  @Max(100_000)
  WORKER_MAX_CACHED_WORKFLOWS: number = 500;

  // How long a workflow task may wait on this worker's own (sticky) queue: see WorkerConfig.
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'WORKER_STICKY_TIMEOUT_SECONDS must be an integer' })
  @Min(1)
  @Max(3600)
  WORKER_STICKY_TIMEOUT_SECONDS: number = 10;

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'PORT must be an integer' })
  @Min(1)
  @Max(65535)
  PORT: number = 3000;

  @IsOptional()
  @IsString()
  HOST: string = '127.0.0.1';

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** `embedded`: users and passwords in PostgreSQL, tokens signed here. `oidc`: tokens from an issuer. */
  @IsOptional()
  @IsIn(['embedded', 'oidc'])
  AUTH_MODE: 'embedded' | 'oidc' = 'embedded';

  /** HS256 key for embedded tokens; required in embedded mode (the start script generates one). */
  @ValidateIf((o: EnvironmentSchema) => o.AUTH_MODE === 'embedded')
  @IsString({ message: 'AUTH_JWT_SECRET is required when AUTH_MODE=embedded' })
  @MinLength(32, { message: 'AUTH_JWT_SECRET must be at least 32 characters' })
  AUTH_JWT_SECRET?: string;

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'AUTH_TOKEN_TTL_SECONDS must be an integer' })
  @Min(60)
  @Max(86_400)
  AUTH_TOKEN_TTL_SECONDS: number = 8 * 3600;

  @ValidateIf((o: EnvironmentSchema) => o.AUTH_MODE === 'oidc')
  @IsUrl({ require_tld: false }, { message: 'OIDC_ISSUER must be the issuer URL when AUTH_MODE=oidc' })
  OIDC_ISSUER?: string;

  @ValidateIf((o: EnvironmentSchema) => o.AUTH_MODE === 'oidc')
  @IsString({ message: 'OIDC_AUDIENCE is required when AUTH_MODE=oidc' })
  OIDC_AUDIENCE?: string;

  @ValidateIf((o: EnvironmentSchema) => o.AUTH_MODE === 'oidc')
  @IsUrl(
    { require_tld: false, require_protocol: true },
    { message: 'OIDC_JWKS_URI must be a URL when AUTH_MODE=oidc' },
  )
  OIDC_JWKS_URI?: string;

  /**
   * Training sandbox (`npm start -- --sandbox`): Temporal is the time-skipping test server, and the
   * API adds `/sandbox/clock` to read and advance its clock. Never set it against a real Temporal.
   */
  @IsOptional()
  @Transform(({ value }) =>
    value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value,
  )
  @IsBoolean({ message: 'SANDBOX_MODE must be true or false' })
  SANDBOX_MODE: boolean = false;

  /**
   * How long `POST /sandbox/clock` waits for an advance to finish before answering 202 with its
   * progress resource (`GET /sandbox/clock/advances/{id}`) instead of 200 with the new time.
   */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'SANDBOX_ADVANCE_ANSWER_MS must be an integer (milliseconds)' })
  @Min(0)
  @Max(60_000)
  SANDBOX_ADVANCE_ANSWER_MS: number = 5_000;

  /**
   * How long a create or an action waits for its record to be written before answering 202
   * `recordPending` (or 503 when the workflow has not even taken the command).
   */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'ANSWER_WITHIN_MS must be an integer (milliseconds)' })
  @Min(100)
  @Max(300_000)
  ANSWER_WITHIN_MS: number = 20_000;

  /**
   * The Ed25519 key that signs audit checkpoints, as PEM (PKCS#8) or base64 of the PEM or of its DER.
   * The database never holds it. Unset (and no AUDIT_SIGNING_KEY_FILE): a key file is generated once
   * under .data/ (embedded defaults only; name a key of your own in production).
   */
  @IsOptional()
  @IsEd25519PrivateKey({
    message: 'AUDIT_SIGNING_KEY must be an Ed25519 private key (PKCS#8 PEM, or base64)',
  })
  AUDIT_SIGNING_KEY?: string;

  /** Path of a PEM file holding that key instead (it must exist). */
  @ValidateIf((o: EnvironmentSchema) => o.AUDIT_SIGNING_KEY !== undefined)
  @IsEmpty({ message: 'AUDIT_SIGNING_KEY_FILE: set AUDIT_SIGNING_KEY or AUDIT_SIGNING_KEY_FILE, not both' })
  AUDIT_SIGNING_KEY_FILE?: string;

  /** Directory of the append-only JSON-lines copy of every checkpoint, outside the database. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  AUDIT_CHECKPOINT_DIR?: string;

  /** How often the worker signs the chain heads (it skips a checkpoint when no head has moved). */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'AUDIT_CHECKPOINT_INTERVAL_SECONDS must be an integer' })
  @Min(10)
  @Max(86_400)
  AUDIT_CHECKPOINT_INTERVAL_SECONDS: number = 15 * 60;

  /** The Chromium the worker prints documents with (the start and test scripts set Debian's). */
  @IsOptional()
  @IsString()
  @MinLength(1)
  CHROMIUM_PATH?: string;

  /** The largest evidence file accepted, in bytes (default 2 GiB). */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'EVIDENCE_MAX_BYTES must be an integer (bytes)' })
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  EVIDENCE_MAX_BYTES: number = 2 * 1024 ** 3;
}
