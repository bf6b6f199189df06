import { ProblemException } from '@safecase/common';

/**
 * Keyset paging for every list and the inbox (issue #11 §6, #16 §2): a page continues after the last
 * row's sort key, so a deep page costs what the first one does (OFFSET reads and drops every row
 * before it) and a row inserted meanwhile neither repeats nor hides one. The cursor is that key as
 * base64url JSON, opaque to clients; one row more than asked tells whether another page exists, so no
 * list counts its rows.
 */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

/** What one position of a sort key holds; `instant` is a timestamptz as text, to the microsecond. */
export type KeyPart = 'instant' | 'instant_or_null' | 'uuid' | 'text' | 'int';
type KeyValue = string | number | null;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// Written by `KEY_INSTANT` below: UTC, six fraction digits, so PostgreSQL reads back the same instant.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** SQL for a timestamptz column as a cursor instant (JS dates keep only milliseconds). */
export const KEY_INSTANT = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export function encodeCursor(key: KeyValue[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

const isInstant = (v: unknown) =>
  typeof v === 'string' &&
  INSTANT.test(v) &&
  Number.isFinite(Date.parse(v)) &&
  // 2026-02-30 parses, but not back to itself
  new Date(Date.parse(v)).toISOString().slice(0, 19) === v.slice(0, 19);

function fits(part: KeyPart, v: unknown): boolean {
  switch (part) {
    case 'instant_or_null':
      return v === null || isInstant(v);
    case 'instant':
      return isInstant(v);
    case 'uuid':
      return typeof v === 'string' && UUID.test(v);
    case 'text':
      return typeof v === 'string' && v.length > 0 && v.length <= 500;
    case 'int':
      return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  }
}

/** The key a cursor holds, checked against this list's key shape; 422 for anything else. */
export function decodeCursor(cursor: string | undefined, shape: KeyPart[]): KeyValue[] | null {
  if (cursor === undefined) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || key.length !== shape.length || !shape.every((part, i) => fits(part, key[i]))) {
    throw new ProblemException('validation.failed', '分页游标无效：请使用上一页答复中的 nextCursor。', [
      { field: 'cursor', messages: ['cursor 不是本列表上一页给出的 nextCursor'] },
    ]);
  }
  return key as KeyValue[];
}

/** The page of `rows` (fetched with `limit + 1`) and the cursor after it, null on the last page. */
export function pageOf<R, T>(
  rows: R[],
  limit: number,
  keyOf: (row: R) => KeyValue[],
  view: (row: R) => T,
): { items: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(view),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
