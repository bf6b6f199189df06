import type { Locale } from '@safecase/domain';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Header a caller (or a proxy) may set to correlate its request with our logs. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** What code deep inside a request may ask about it without being handed the request. */
export interface RequestContext {
  readonly requestId: string;
  /** undefined: the default language (Chinese). */
  readonly locale?: Locale;
}

// One store for everything a request carries: each active AsyncLocalStorage adds work to every
// promise the request creates (Node 20 propagates each store through the promise hooks), so the id
// and the language share one rather than having a store each.
const storage = new AsyncLocalStorage<RequestContext>();
const assigned = new WeakMap<IncomingMessage, string>();
// Accept a caller's id only if it is short and plain, so it cannot inject anything into logs.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The id of a request: the caller's `X-Request-Id` when acceptable, else a new UUID. Memoised per
 * request so every reader (the context middleware, the problem filter, audit) gets the same one.
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

export function runInRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId, locale: storage.getStore()?.locale }, fn);
}

/** The context of the request being served, if any. */
export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** The request id of the current async context, if any (used to propagate it into Temporal). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
