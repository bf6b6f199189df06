import type { OpenAPIObject } from '@nestjs/swagger';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { ObservedResponse } from './response-observer';

/**
 * Checks real responses against the OpenAPI document: the status must be documented for the
 * operation and the body must match the documented schema of its content type. The e2e tests run it
 * on every response they receive (test/support/contract-guard.ts), so the document cannot drift.
 */
export class ContractCheck {
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction | null>();
  readonly violations: string[] = [];

  constructor(private readonly document: OpenAPIObject) {
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema(
      { $id: 'openapi', components: toJsonSchema(document.components ?? {}) as object },
      'openapi',
    );
  }

  check(r: ObservedResponse): void {
    // No route matched (Nest's own 404), or the document itself (/docs, /docs-json).
    if (!r.route || r.route.includes('*') || r.route.startsWith('/docs')) return;
    const path = r.route.replace(/:(\w+)/g, '{$1}');
    const operation = this.document.paths[path]?.[r.method as 'get'];
    const where = `${r.method.toUpperCase()} ${path} → ${r.status}`;
    if (!operation) {
      this.violations.push(`${where}: no such operation in the document`);
      return;
    }
    const response = operation.responses[String(r.status)];
    if (!response || '$ref' in response) {
      this.violations.push(`${where}: status not documented`);
      return;
    }
    if (!response.content || r.body === null) return; // no body documented, or none sent
    const mediaType = (r.contentType ?? '').split(';')[0]!.trim();
    const media = response.content[mediaType];
    if (!media?.schema) {
      this.violations.push(`${where}: content type ${mediaType || '(none)'} not documented`);
      return;
    }
    const key = `${where} ${mediaType}`;
    let validate = this.validators.get(key);
    if (validate === undefined) {
      validate = this.ajv.compile(toJsonSchema(media.schema) as object);
      this.validators.set(key, validate);
    }
    if (validate && !validate(r.body)) {
      const errors = (validate.errors ?? [])
        .slice(0, 5)
        .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
      this.violations.push(`${where} (${r.url}): ${errors.join('; ')}`);
    }
  }
}

/**
 * OpenAPI 3.0 schema → JSON Schema for Ajv: `nullable` becomes a null alternative, and references
 * point into the document registered as `openapi`.
 */
export function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === '$ref' && typeof v === 'string') out[k] = v.startsWith('#') ? `openapi${v}` : v;
    else if (k === 'properties' && v && typeof v === 'object')
      out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, toJsonSchema(s)]));
    else out[k] = toJsonSchema(v);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
    } else return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}
