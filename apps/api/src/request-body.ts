import { Injectable, type ArgumentMetadata, type INestApplication, type PipeTransform } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ProblemException, type FieldProblem } from '@safecase/common';
import type { IncomingMessage } from 'node:http';

/** Deeper bodies are refused before anything walks them (class-transformer and hashing recurse). */
export const MAX_BODY_DEPTH = 64;

/** JSON is the only body this API takes: `application/json` or a `+json` type. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.!#$&^_-]+\+json$/.test(type);
}

/** The one body that is not JSON: an evidence file, streamed by its handler (apps/api/src/evidence). */
function isStreamedUpload(req: IncomingMessage): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return (
    req.method === 'POST' && type === 'multipart/form-data' && /^\/evidence\/?(\?|$)/.test(req.url ?? '')
  );
}

function carriesBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && Number(length) > 0);
}

/** Whether a parsed JSON value nests more than `limit` objects/arrays, walked with a stack. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const todo: [unknown, number][] = [[value, 0]];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    const [v, depth] = next;
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(v)) todo.push([child, depth + 1]);
  }
  return false;
}

/**
 * The fields of a value whose text holds a NUL character (U+0000), as `a.b.0.c` like the validation
 * errors name them; a key with one is named by its parent. PostgreSQL text cannot store it.
 */
export function nulFields(value: unknown, root: string): string[] {
  const found: string[] = [];
  const todo: [unknown, string][] = [[value, root]];
  const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    const [v, path] = next;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) found.push(path || 'body');
    } else if (v !== null && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) {
        if (key.includes('\u0000')) found.push(path || 'body');
        else todo.push([child, join(path, key)]);
      }
    }
  }
  return [...new Set(found)].sort();
}

/**
 * Bodies are parsed here rather than by Nest's defaults, so that what is not JSON is 415 and JSON
 * nested deeper than MAX_BODY_DEPTH is 422 before any guard, interceptor or pipe sees it. Express
 * middleware added before `init()` runs ahead of Nest's own parsers (which then skip a parsed body);
 * errors passed to `next` reach the global problem filter.
 */
export function useJsonBodies(app: INestApplication): void {
  const express = app as NestExpressApplication;
  express.use((req: IncomingMessage, _res: unknown, next: (error?: unknown) => void) => {
    if (carriesBody(req) && !isJsonMediaType(req.headers['content-type']) && !isStreamedUpload(req)) {
      next(
        new ProblemException(
          'request.unsupported_media_type',
          '请求体须为 JSON（Content-Type: application/json）。',
        ),
      );
      return;
    }
    next();
  });
  express.useBodyParser('json', { type: (req) => isJsonMediaType(req.headers['content-type']) });
  express.use((req: IncomingMessage & { body?: unknown }, _res: unknown, next: (error?: unknown) => void) => {
    if (nestsDeeperThan(req.body, MAX_BODY_DEPTH)) {
      const message = `嵌套不得超过 ${MAX_BODY_DEPTH} 层`;
      next(
        new ProblemException('validation.failed', `请求体${message}。`, [
          { field: 'body', messages: [message] },
        ]),
      );
      return;
    }
    next();
  });
}

/**
 * Refuses a NUL character anywhere in a body, query or path parameter, naming each field. Runs
 * before the ValidationPipe, inside the command interceptor, so the refusal is audited like any
 * other invalid field and nothing is started.
 */
@Injectable()
export class NulCharacterPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const fields = nulFields(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (fields.length === 0) return value;
    const errors: FieldProblem[] = fields.map((field) => ({
      field,
      messages: ['不得包含空字符（U+0000）'],
    }));
    throw new ProblemException('validation.failed', '字段不得包含空字符（U+0000）；见 errors。', errors);
  }
}
