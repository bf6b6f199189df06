import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ParameterObject, ResponseObject } from './openapi-types';
import { describeError, type ErrorCode } from '@safecase/common';
import { problemSchema, PROBLEM_CONTENT } from './problems';
import { SCHEMAS } from './schemas';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
/** Path parameters parsed with ParseUUIDPipe: every record id. */
const UUID_PARAMS = new Set(['id', 'caseId']);

/** `CasesController.open` → `cases_open`; `PenaltiesActions.notice` → `penaltiesActions_notice`. */
function operationId(controllerKey: string, methodKey: string): string {
  const controller = controllerKey.replace(/Controller$/, '');
  return `${controller.charAt(0).toLowerCase()}${controller.slice(1)}_${methodKey}`;
}

/**
 * The OpenAPI document of the API: what the controllers' decorators declare, completed by the rules
 * every route shares (path parameters, the problems any request can meet), so that a typed client can
 * be generated from it and e2e tests can check every real response against it.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('safecase API')
      .setDescription(
        'Work-safety enforcement cases and accident rectification supervision. Instants are ISO 8601 ' +
          'with +08:00 (北京时间), statutory days YYYY-MM-DD, money yuan decimal strings ("50000.00"). ' +
          'Errors are application/problem+json with a stable `code`.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
    { operationIdFactory: operationId },
  );
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...SCHEMAS, Problem: problemSchema },
  };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (op) completeOperation(path, op);
    }
  }
  return document;
}

function completeOperation(path: string, op: OperationObject): void {
  declarePathParameters(path, op);
  const hasInput =
    op.requestBody !== undefined ||
    (op.parameters ?? []).some((p) => 'in' in p && (p.in === 'query' || p.in === 'path'));
  const extra: ErrorCode[] = ['service.unavailable', 'internal.error'];
  if (hasInput) extra.push('validation.failed', 'request.malformed');
  if (op.requestBody) extra.push('request.unsupported_media_type', 'request.too_large');
  if ((op as unknown as Record<string, unknown>)['x-command'])
    extra.push('idempotency.key_reused', 'idempotency.in_progress', 'idempotency.key_invalid');
  addProblems(op, extra);
  // Every error answer has the problem body; a status declared only with a description gets it too.
  for (const [status, response] of Object.entries(op.responses)) {
    if (response && Number(status) >= 400 && !('$ref' in response) && !response.content) {
      response.content = PROBLEM_CONTENT([]);
    }
  }
}

function declarePathParameters(path: string, op: OperationObject): void {
  const declared = new Set(
    (op.parameters ?? [])
      .filter((p): p is ParameterObject => 'in' in p && p.in === 'path')
      .map((p) => p.name),
  );
  const missing = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((n) => !declared.has(n));
  if (!missing.length) return;
  op.parameters = [
    ...missing.map((name): ParameterObject => ({
      name,
      in: 'path',
      required: true,
      schema: UUID_PARAMS.has(name) ? { type: 'string', format: 'uuid' } : { type: 'string' },
    })),
    ...(op.parameters ?? []),
  ];
}

/** Adds codes to the problem responses of their statuses, creating those that are missing. */
export function addProblems(op: OperationObject, codes: ErrorCode[]): void {
  for (const code of codes) {
    const status = String(describeError(code).status);
    const existing = op.responses[status] as ResponseObject | undefined;
    const listed = existing ? problemCodes(existing) : [];
    if (listed.includes(code)) continue;
    const all = [...listed, code];
    op.responses[status] = {
      description: existing?.description ?? `application/problem+json; code: ${all.join(' | ')}`,
      // An answer with a body of its own at that status (the health report) keeps it beside the problem.
      content: { ...existing?.content, ...PROBLEM_CONTENT(all) },
    };
  }
}

function problemCodes(response: ResponseObject): ErrorCode[] {
  const schema = response.content?.['application/problem+json']?.schema as
    { 'x-codes'?: ErrorCode[] } | undefined;
  if (schema?.['x-codes']) return schema['x-codes'];
  const match = /code: ([\w.| ]+)/.exec(response.description ?? '');
  return match ? (match[1]!.split('|').map((c) => c.trim()) as ErrorCode[]) : [];
}
