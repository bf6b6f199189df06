import { DEFAULT_LOCALE, LANGUAGE_TAG, pickLocale, type Locale } from '@safecase/domain';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';

const storage = new AsyncLocalStorage<Locale>();

/** The language a request asks for (`Accept-Language`; Chinese when it names none we have). */
export function requestLocale(req: Pick<IncomingMessage, 'headers'>): Locale {
  return pickLocale(req.headers['accept-language']);
}

/** The language of the request being served, for code that renders text (Chinese outside a request). */
export function currentLocale(): Locale {
  return storage.getStore() ?? DEFAULT_LOCALE;
}

/**
 * Middleware: picks the request's language once, for `currentLocale()` deeper in the request; every
 * response names its language (`Content-Language`) and tells caches it depends on `Accept-Language`.
 */
export function contentLanguage(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const locale = requestLocale(req);
  res.setHeader('Content-Language', LANGUAGE_TAG[locale]);
  res.setHeader('Vary', 'Accept-Language');
  storage.run(locale, next);
}
