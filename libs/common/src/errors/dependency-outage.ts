/**
 * Recognises an error that means a server we depend on is down (not a fault of ours, not the
 * caller's): the API answers 503 with `Retry-After` instead of 500. Errors are matched by shape, so
 * this library needs neither `pg` nor the Temporal SDK; the cause chain (`cause`, TypeORM's
 * `driverError`) is walked because both wrap the error that says what happened.
 */
export type Dependency = 'database' | 'temporal';

export interface Outage {
  dependency: Dependency;
  /** Seconds a client should wait before trying again (the `Retry-After` header). */
  retryAfterSeconds: number;
  /** What the caller is told, in Chinese; never an address or an internal message. */
  detail: string;
}

const OUTAGES: Record<Dependency, Outage> = {
  database: {
    dependency: 'database',
    retryAfterSeconds: 5,
    detail: '数据库暂时不可用，请稍后重试。',
  },
  temporal: {
    dependency: 'temporal',
    retryAfterSeconds: 10,
    detail: '流程引擎暂时不可用，请稍后重试；查询不受影响。',
  },
};

/** Socket errors: only the database client reaches a socket without wrapping its errors. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs that mean "the server is not there for you right now": class 08 (connection
 * exception), 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or
 * shutting down), 53300 too_many_connections.
 */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;

/** What `pg`, `pg-pool` and TypeORM say when a connection dies or cannot be had in time. */
const DATABASE_MESSAGES = [
  /^Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /^Client was closed and is not queryable/i,
  /Cannot use a pool after calling end on the pool/i,
  /^Driver not Connected/i,
];

const GRPC_UNAVAILABLE = 14;

function chainOf(error: unknown): object[] {
  const chain: object[] = [];
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !chain.includes(current) && chain.length < 8) {
    chain.push(current);
    const e = current as { cause?: unknown; driverError?: unknown };
    current = e.driverError ?? e.cause;
  }
  return chain;
}

/** A gRPC status (as @grpc/grpc-js reports it): a numeric code, string details, metadata. */
function isGrpcStatus(e: object): e is { code: number; details: string } {
  const x = e as { code?: unknown; details?: unknown; metadata?: unknown };
  return typeof x.code === 'number' && typeof x.details === 'string' && typeof x.metadata === 'object';
}

function dependencyOf(e: object): Dependency | undefined {
  if (isGrpcStatus(e)) return e.code === GRPC_UNAVAILABLE ? 'temporal' : undefined;
  const { code, message } = e as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || SQLSTATE.test(code))) return 'database';
  if (typeof message === 'string' && DATABASE_MESSAGES.some((m) => m.test(message))) return 'database';
  return undefined;
}

/** The dependency whose outage caused `error`, or undefined for any other error. */
export function dependencyOutage(error: unknown): Outage | undefined {
  for (const e of chainOf(error)) {
    const dependency = dependencyOf(e);
    if (dependency) return OUTAGES[dependency];
  }
  return undefined;
}
