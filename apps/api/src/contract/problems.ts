import type { ContentObject } from './openapi-types';
import type { ErrorCode } from '@safecase/common';
import { arr, int, obj, ref, str } from './schema-dsl';

/** RFC 9457 problem details, the body of every error answer (libs/common ProblemDetails). */
export const problemSchema = obj(
  {
    type: str({ example: 'urn:safecase:problem:case.wrong_stage' }),
    title: str({ description: 'in the reader’s language (Accept-Language)' }),
    status: int(),
    code: str({ description: 'stable code; clients switch on it, never on text' }),
    detail: str(),
    instance: str(),
    requestId: str(),
    errors: arr(obj({ field: str(), messages: arr(str()) }), { description: 'one per bad field' }),
  },
  { optional: ['detail', 'instance', 'requestId', 'errors'], open: true },
);

/** The problem body with the codes one answer of one operation can carry. */
export function PROBLEM_CONTENT(codes: ErrorCode[]): ContentObject {
  const schema = codes.length
    ? { allOf: [ref('Problem'), { properties: { code: { type: 'string', enum: codes } } }], 'x-codes': codes }
    : ref('Problem');
  return { 'application/problem+json': { schema } };
}
