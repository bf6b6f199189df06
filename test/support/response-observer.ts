import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** One response the API sent during a test: the route template it matched, its status and body. */
export interface ObservedResponse {
  method: string;
  route: string | null;
  url: string;
  status: number;
  contentType: string | null;
  body: unknown;
}

type Listener = (response: ObservedResponse) => void;

function parse(raw: Buffer, contentType: string | null): unknown {
  if (!contentType || !/json/.test(contentType) || raw.length === 0)
    return raw.length ? raw.toString() : null;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return raw.toString('utf8');
  }
}

/** Express middleware that captures each response's body as it is written. */
export function observeResponses(app: INestApplication, own: Listener): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    const keep = (chunk: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return write(chunk, ...rest);
    }) as Response['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return end(chunk, ...rest);
    }) as Response['end'];
    res.on('finish', () => {
      const contentType = res.getHeader('content-type');
      const type = typeof contentType === 'string' ? contentType : null;
      const route = (req.route as { path?: string } | undefined)?.path ?? null;
      const observed: ObservedResponse = {
        method: req.method.toLowerCase(),
        route,
        url: req.originalUrl,
        status: res.statusCode,
        contentType: type,
        body: parse(Buffer.concat(chunks), type),
      };
      own(observed);
    });
    next();
  });
}
