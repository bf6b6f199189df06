import { LANGUAGE_TAG } from '@safecase/domain';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { requestLocale } from '../i18n/request-locale';
import { REQUEST_ID_HEADER, requestIdFor, runInRequestContext } from './request-context';

type Next = () => void;

/**
 * The first middleware of the API: gives the request its id (echoed as `X-Request-Id`) and its
 * language (`Content-Language`, and `Vary: Accept-Language` for caches), runs the rest of the request
 * in one context holding both, and writes one access-log line when it is over. The line is built only
 * when `info` is enabled, from four fields: no per-request child logger or serializer runs otherwise.
 * Log lines written inside the request carry `requestId` through the logger's mixin (logging.module).
 */
export function requestContext(
  log?: Logger,
): (req: IncomingMessage, res: ServerResponse, next: Next) => void {
  return (req, res, next) => {
    const requestId = requestIdFor(req);
    const locale = requestLocale(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.setHeader('Content-Language', LANGUAGE_TAG[locale]);
    res.setHeader('Vary', 'Accept-Language');
    if (log?.isLevelEnabled('info')) {
      const started = Date.now();
      res.once('close', () => {
        const line = {
          requestId,
          req: {
            id: requestId,
            method: req.method,
            url: (req as { originalUrl?: string }).originalUrl ?? req.url,
          },
          res: { statusCode: res.statusCode },
          responseTime: Date.now() - started,
        };
        log.info(line, res.statusCode >= 500 ? 'request errored' : 'request completed');
      });
    }
    runInRequestContext({ requestId, locale }, next);
  };
}
