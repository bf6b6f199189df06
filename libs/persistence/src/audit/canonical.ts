import { createHash, hash } from 'node:crypto';

/**
 * Deeper than this is refused: request bodies stop at 64 levels at the HTTP edge, so only a bug (a
 * cycle) reaches it, and it must fail with a TypeError rather than exhaust memory.
 */
export const CANONICAL_MAX_DEPTH = 1000;

type Piece = string | { value: unknown; depth: number };

function scalar(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('non-finite number');
  if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') {
    throw new TypeError(`cannot encode a ${typeof value}`);
  }
  return JSON.stringify(value ?? null);
}

/** The pieces one object or array becomes: its punctuation and its members, still to encode. */
function members(value: object, depth: number): Piece[] {
  if (depth >= CANONICAL_MAX_DEPTH) throw new TypeError(`nested deeper than ${CANONICAL_MAX_DEPTH}`);
  const pieces: Piece[] = [];
  if (Array.isArray(value)) {
    pieces.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i) pieces.push(',');
      pieces.push({ value: value[i] === undefined ? null : value[i], depth: depth + 1 });
    }
    pieces.push(']');
    return pieces;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  pieces.push('{');
  entries.forEach(([k, v], i) => {
    pieces.push(`${i ? ',' : ''}${JSON.stringify(k)}:`, { value: v, depth: depth + 1 });
  });
  pieces.push('}');
  return pieces;
}

/**
 * Canonical JSON: object keys sorted (recursively), no whitespace, `undefined` members dropped. Two
 * equal values always encode to the same bytes, so a digest of the encoding is stable across a
 * PostgreSQL jsonb round trip (which reorders keys). Encoded with an explicit stack, not recursion:
 * it hashes request bodies, and a deeply nested one must not overflow the call stack.
 */
export function canonicalJson(value: unknown): string {
  return encode(value, 0);
}

// Values nested at most this deep (every audit payload) are encoded by plain recursion, about twice as
// fast as the explicit stack, which takes over below it.
const RECURSION_DEPTH = 32;

// A string with none of the characters JSON.stringify escapes (quote, backslash, control characters, a
// surrogate: a lone one is escaped, a pair is not, so any sends the string the slow way) encodes as
// itself in quotes. Testing for them is several times cheaper than JSON.stringify of a short string,
// and verification encodes a dozen strings per entry.
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/** `JSON.stringify(s)`, faster for the usual string. */
export function quoteJson(s: string): string {
  return PLAIN.test(s) ? `"${s}"` : JSON.stringify(s);
}

function encode(v: unknown, depth: number): string {
  if (typeof v === 'string') return quoteJson(v);
  if (v === null || typeof v !== 'object') return scalar(v);
  if (v instanceof Date) return JSON.stringify(v.toISOString());
  if (depth >= RECURSION_DEPTH) return canonicalJsonByStack(v, depth);
  if (Array.isArray(v)) {
    let s = '[';
    for (let i = 0; i < v.length; i++)
      s += (i ? ',' : '') + (v[i] === undefined ? 'null' : encode(v[i], depth + 1));
    return `${s}]`;
  }
  const record = v as Record<string, unknown>;
  // The default order compares UTF-16 code units, as `<` does (and the stack encoder's sort).
  const keys = Object.keys(record).sort();
  let s = '{';
  let first = true;
  for (const k of keys) {
    const member = record[k];
    if (member === undefined) continue;
    s += `${first ? '' : ','}${quoteJson(k)}:${encode(member, depth + 1)}`;
    first = false;
  }
  return `${s}}`;
}

function canonicalJsonByStack(value: unknown, depth: number): string {
  const out: string[] = [];
  const todo: Piece[] = [{ value, depth }];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    if (typeof next === 'string') {
      out.push(next);
      continue;
    }
    const v = next.value;
    if (v === null || typeof v !== 'object') out.push(scalar(v));
    else if (v instanceof Date) out.push(JSON.stringify(v.toISOString()));
    else {
      const pieces = members(v, next.depth);
      for (let i = pieces.length - 1; i >= 0; i--) todo.push(pieces[i]!);
    }
  }
  return out.join('');
}

// The one-shot `crypto.hash` (Node 20.12+) is about twice as fast as a Hash object for short inputs;
// the digest is the same.
const oneShot = typeof hash === 'function' ? hash : null;

export function sha256Hex(text: string): string {
  return oneShot ? oneShot('sha256', text, 'hex') : createHash('sha256').update(text, 'utf8').digest('hex');
}
