import type { ReferenceObject, SchemaObject } from './openapi-types';

/**
 * A few constructors for the response schemas (OpenAPI 3.0). Objects list every property as required
 * unless named optional, and refuse undeclared ones: a field the API adds without documenting it fails
 * the e2e contract check instead of drifting silently.
 */
export type Schema = SchemaObject | ReferenceObject;

export const str = (extra: SchemaObject = {}): SchemaObject => ({ type: 'string', ...extra });
export const int = (extra: SchemaObject = {}): SchemaObject => ({ type: 'integer', ...extra });
export const bool = (extra: SchemaObject = {}): SchemaObject => ({ type: 'boolean', ...extra });
export const uuid = (extra: SchemaObject = {}): SchemaObject => str({ format: 'uuid', ...extra });
export const oneOf = (values: readonly string[], extra: SchemaObject = {}): SchemaObject =>
  str({ enum: [...values], ...extra });

/** An instant, ISO 8601 with the China Standard Time offset (北京时间). */
export const instant = (extra: SchemaObject = {}): SchemaObject =>
  str({
    // A pattern rather than `format: date-time` plus a pattern: it says both things at once, and some
    // generators (Schemathesis) trip over the combination.
    pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?\\+08:00$',
    example: '2026-12-01T09:30:00.000+08:00',
    description: 'ISO 8601 instant in 北京时间 (+08:00)',
    ...extra,
  });
/** A statutory day, YYYY-MM-DD (China date). */
export const day = (extra: SchemaObject = {}): SchemaObject =>
  str({ format: 'date', example: '2026-12-22', ...extra });
/** Money in yuan as a decimal string with two places (integer fen inside, never floats). */
export const yuan = (extra: SchemaObject = {}): SchemaObject =>
  str({ pattern: '^-?\\d+\\.\\d{2}$', example: '50000.00', ...extra });

export const ref = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });
export const arr = (items: Schema, extra: SchemaObject = {}): SchemaObject => ({
  type: 'array',
  items,
  ...extra,
});

export function nullable(schema: Schema): SchemaObject {
  return '$ref' in schema ? { nullable: true, allOf: [schema] } : { ...schema, nullable: true };
}

/** Free-form JSON: facts whose shape belongs to the procedure's domain state. */
export const json = (description: string): SchemaObject => ({
  type: 'object',
  additionalProperties: true,
  description,
});

export function obj(
  properties: Record<string, Schema>,
  options: { optional?: string[]; description?: string; example?: unknown; open?: boolean } = {},
): SchemaObject {
  const optional = new Set(options.optional ?? []);
  const required = Object.keys(properties).filter((k) => !optional.has(k));
  return {
    type: 'object',
    properties,
    ...(required.length ? { required } : {}),
    additionalProperties: options.open ?? false,
    ...(options.description ? { description: options.description } : {}),
    ...(options.example !== undefined ? { example: options.example } : {}),
  };
}

/** A keyset page (apps/api/src/cases/keyset.ts): pass `nextCursor` as `cursor` for the next one. */
export const page = (item: string, description: string) =>
  obj(
    {
      items: arr(ref(item), { maxItems: 200 }),
      nextCursor: nullable(
        str({ description: 'opaque; send it as `cursor` for the next page; null on the last page' }),
      ),
    },
    { description },
  );
