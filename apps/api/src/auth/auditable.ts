/**
 * What the audit log keeps of a refused request: the refusal must always be recordable, whatever the
 * caller sent. PostgreSQL's jsonb and text cannot hold a NUL character or a lone UTF-16 surrogate,
 * and a huge or deeply nested body would bloat the chain and overflow the canonical encoder.
 */
const MAX_DEPTH = 16;
const MAX_BODY_CHARS = 16_384;
const PREVIEW_CHARS = 2_000;
const MAX_TEXT_CHARS = 4_000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\uFFFD');

/** A NUL is written as the six characters `\u0000`, so the auditor sees it was sent; lone surrogates as U+FFFD. */
export function auditableText(text: string, maxChars = MAX_TEXT_CHARS): string {
  const escaped = text.replaceAll('\u0000', '\\u0000');
  return wellFormed(escaped.length > maxChars ? `${escaped.slice(0, maxChars)}…` : escaped);
}

function clean(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return auditableText(value, Number.POSITIVE_INFINITY);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[nested too deep]';
  if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [auditableText(k, Number.POSITIVE_INFINITY), clean(v, depth + 1)]),
  );
}

/** The body as the audit entry keeps it: cleaned, and cut to a preview when it is large. */
export function auditableBody(body: unknown): unknown {
  const cleaned = clean(body ?? null, 0);
  const json = JSON.stringify(cleaned) ?? 'null';
  if (json.length <= MAX_BODY_CHARS) return cleaned;
  return { truncated: true, chars: json.length, preview: wellFormed(json.slice(0, PREVIEW_CHARS)) };
}
