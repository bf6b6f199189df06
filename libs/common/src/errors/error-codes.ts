import { HttpStatus } from '@nestjs/common';

/**
 * Every error code the API answers with, per area. Clients switch on these, never on text. Adding a
 * code without a mapping in `describeError` does not compile.
 */
export type RequestErrorCode =
  | 'request.malformed'
  | 'request.method_not_allowed'
  | 'request.too_large'
  | 'request.unsupported_media_type'
  | 'request.rejected'
  | 'validation.failed'
  | 'resource.not_found'
  | 'resource.conflict'
  | 'service.unavailable'
  | 'internal.error';
export type AuthErrorCode =
  'auth.unauthenticated' | 'auth.invalid_credentials' | 'auth.forbidden' | 'auth.four_eyes';
export type IdempotencyErrorCode =
  'idempotency.key_reused' | 'idempotency.in_progress' | 'idempotency.key_invalid';
export type CalendarErrorCode = 'calendar.year_missing' | 'calendar.invalid_arrangement';
export type AuditErrorCode = 'audit.case_not_found' | 'audit.checkpoint_not_found';
export type RulebookErrorCode = 'rulebook.not_found' | 'rulebook.version_exists' | 'rulebook.invalid';
/** Refusals of the enforcement-case workflow's validators use these, plus auth.forbidden and auth.four_eyes. */
export type CaseErrorCode = 'case.not_found' | 'case.wrong_stage' | 'case.invalid' | 'case.closed';
export type SandboxErrorCode = 'sandbox.clock_busy' | 'sandbox.clock_stalled';

export type ErrorCode =
  | RequestErrorCode
  | AuthErrorCode
  | IdempotencyErrorCode
  | CalendarErrorCode
  | AuditErrorCode
  | CaseErrorCode
  | RulebookErrorCode
  | SandboxErrorCode;

function unreachable(code: never): never {
  throw new Error(`unmapped error code ${String(code)}`);
}

/** HTTP status and title of each code: not found 404, wrong stage/stale 409, invalid content 422, forbidden 403. */
export function describeError(code: ErrorCode): { status: HttpStatus; title: string } {
  switch (code) {
    case 'request.malformed':
      return { status: HttpStatus.BAD_REQUEST, title: 'Malformed request' };
    case 'request.method_not_allowed':
      return { status: HttpStatus.METHOD_NOT_ALLOWED, title: 'Method not allowed' };
    case 'request.too_large':
      return { status: HttpStatus.PAYLOAD_TOO_LARGE, title: 'Request too large' };
    case 'request.unsupported_media_type':
      return { status: HttpStatus.UNSUPPORTED_MEDIA_TYPE, title: 'Unsupported media type' };
    case 'request.rejected':
      return { status: HttpStatus.BAD_REQUEST, title: 'Request rejected' };
    case 'validation.failed':
      return { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'The request is not valid' };
    case 'resource.not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'Not found' };
    case 'resource.conflict':
      return { status: HttpStatus.CONFLICT, title: 'Conflict' };
    case 'service.unavailable':
      return { status: HttpStatus.SERVICE_UNAVAILABLE, title: 'Service unavailable' };
    case 'internal.error':
      return { status: HttpStatus.INTERNAL_SERVER_ERROR, title: 'Internal error' };
    case 'auth.unauthenticated':
      return { status: HttpStatus.UNAUTHORIZED, title: 'Authentication required' };
    case 'auth.invalid_credentials':
      return { status: HttpStatus.UNAUTHORIZED, title: 'Invalid username or password' };
    case 'auth.forbidden':
      return { status: HttpStatus.FORBIDDEN, title: 'Not allowed for your role' };
    case 'auth.four_eyes':
      return {
        status: HttpStatus.FORBIDDEN,
        title: 'Four-eyes rule: you may not decide on your own proposal or case',
      };
    case 'idempotency.key_reused':
      return {
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        title: 'Idempotency-Key reused for a different request',
      };
    case 'idempotency.in_progress':
      return {
        status: HttpStatus.CONFLICT,
        title: 'A request with this Idempotency-Key is still in progress',
      };
    case 'idempotency.key_invalid':
      return { status: HttpStatus.BAD_REQUEST, title: 'Invalid Idempotency-Key' };
    case 'calendar.year_missing':
      return {
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        title: 'Working-day arrangement not loaded for that year',
      };
    case 'calendar.invalid_arrangement':
      return { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'Invalid calendar arrangement' };
    case 'audit.case_not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'No record of that case' };
    case 'audit.checkpoint_not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'No checkpoint has been taken yet' };
    case 'rulebook.not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'No rulebook version in force on that day' };
    case 'rulebook.version_exists':
      return { status: HttpStatus.CONFLICT, title: 'That version or effective day is already published' };
    case 'rulebook.invalid':
      return { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'The rulebook is not valid' };
    case 'case.not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'No such case in your jurisdiction' };
    case 'case.wrong_stage':
      return { status: HttpStatus.CONFLICT, title: 'Not possible at the case’s current stage' };
    case 'case.closed':
      return { status: HttpStatus.CONFLICT, title: 'The case is closed' };
    case 'case.invalid':
      return { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'The action is not valid for this case' };
    case 'sandbox.clock_busy':
      return { status: HttpStatus.CONFLICT, title: 'The sandbox clock is already advancing' };
    case 'sandbox.clock_stalled':
      return {
        status: HttpStatus.SERVICE_UNAVAILABLE,
        title: 'The sandbox clock has not finished advancing',
      };
    default:
      return unreachable(code);
  }
}

/** The generic code for a status that reached us without one (Nest's own exceptions). */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'request.malformed';
    case 401:
      return 'auth.unauthenticated';
    case 403:
      return 'auth.forbidden';
    case 404:
      return 'resource.not_found';
    case 405:
      return 'request.method_not_allowed';
    case 409:
      return 'resource.conflict';
    case 413:
      return 'request.too_large';
    case 415:
      return 'request.unsupported_media_type';
    case 422:
      return 'validation.failed';
    case 503:
      return 'service.unavailable';
    default:
      return status >= 500 ? 'internal.error' : 'request.rejected';
  }
}
