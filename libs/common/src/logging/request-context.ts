import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Header a caller (or a proxy) may set to correlate its request with our logs. */
export const REQUEST_ID_HEADER = 'x-request-id';

const storage = new AsyncLocalStorage<{ requestId: string }>();
const assigned = new WeakMap<IncomingMessage, string>();
// Accept a caller's id only if it is short and plain, so it cannot inject anything into logs.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The id of a request: the caller's `X-Request-Id` when acceptable, else a new UUID. Memoised per
 * request so pino-http and our middleware agree whichever runs first.
 */
export function requestIdFor(req: IncomingMessage): string {
  let id = assigned.get(req);
  if (id === undefined) {
    const header = req.headers[REQUEST_ID_HEADER];
    id = typeof header === 'string' && ACCEPTABLE_ID.test(header) ? header : randomUUID();
    assigned.set(req, id);
  }
  return id;
}

export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

/** The request id of the current async context, if any (used to propagate it into Temporal). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
