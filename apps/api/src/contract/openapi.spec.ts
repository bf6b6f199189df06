import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIObject } from '@nestjs/swagger';
import { offlineOpenApiDocument } from './write-openapi';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

describe('the OpenAPI document', () => {
  let document: OpenAPIObject;
  const operations = () =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.flatMap((method) => (item[method] ? [{ path, method, op: item[method] }] : [])),
    );

  beforeAll(async () => {
    // Built offline (no database, no Temporal), as the console's build will.
    document = await offlineOpenApiDocument();
  }, 60_000);

  it('is a valid OpenAPI document (standard validator, zero errors)', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('names every operation uniquely', () => {
    const ids = operations().map((o) => o.op.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('declares every path parameter, every request body and a schema for every success answer', () => {
    const problems: string[] = [];
    for (const { path, method, op } of operations()) {
      const where = `${method.toUpperCase()} ${path}`;
      const declared = (op.parameters ?? []).flatMap((p) => ('in' in p && p.in === 'path' ? [p.name] : []));
      for (const [, name] of path.matchAll(/\{(\w+)\}/g))
        if (!declared.includes(name!)) problems.push(`${where}: path parameter ${name} undeclared`);
      if ((method === 'post' || method === 'put') && !op.requestBody) problems.push(`${where}: no body`);
      const success = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
      if (!success.length) problems.push(`${where}: no success answer`);
      // A file (a document's PDF, an evidence file) is documented as binary content of its media types.
      const isFile = (content: Record<string, { schema?: unknown }>) =>
        Object.values(content).some(
          (m) => (m.schema as { format?: string } | undefined)?.format === 'binary',
        );
      for (const [status, response] of success)
        if (
          !response ||
          !('content' in response) ||
          !(response.content?.['application/json']?.schema || (response.content && isFile(response.content)))
        )
          problems.push(`${where}: ${status} has no schema`);
      if (!(op as unknown as Record<string, unknown>)['x-access']) problems.push(`${where}: no x-access`);
    }
    expect(problems).toEqual([]);
  });

  it('answers errors as problem+json with the codes each can carry', () => {
    const action = document.paths['/penalties/{id}/notice']!.post!;
    const conflict = action.responses['409'] as { content: Record<string, { schema: unknown }> };
    expect(conflict.content['application/problem+json']!.schema).toMatchObject({
      allOf: [
        { $ref: '#/components/schemas/Problem' },
        { properties: { code: { enum: ['case.wrong_stage', 'case.closed', 'idempotency.in_progress'] } } },
      ],
    });
    expect(Object.keys(action.responses)).toEqual(
      expect.arrayContaining(['200', '202', '401', '403', '404', '409', '422', '503']),
    );
  });
});
