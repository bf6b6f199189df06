import { DEFAULT_LOCALE, pickLocale, type Locale } from '@safecase/domain';
import type { IncomingMessage } from 'node:http';
import { currentRequestContext } from '../logging/request-context';

/** The language a request asks for (`Accept-Language`; Chinese when it names none we have). */
export function requestLocale(req: Pick<IncomingMessage, 'headers'>): Locale {
  return pickLocale(req.headers['accept-language']);
}

/**
 * The language of the request being served, for code that renders text (Chinese outside a request).
 * The request context middleware (logging/request-context.middleware.ts) picks it once per request.
 */
export function currentLocale(): Locale {
  return currentRequestContext()?.locale ?? DEFAULT_LOCALE;
}
