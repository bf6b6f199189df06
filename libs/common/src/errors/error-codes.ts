import { HttpStatus } from '@nestjs/common';
import type { Locale } from '@safecase/domain';

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
/** Printed documents and evidence files (issue #15). */
export type FileErrorCode =
  'document.not_found' | 'document.rendering' | 'evidence.not_found' | 'evidence.digest_mismatch';

export type ErrorCode =
  | RequestErrorCode
  | AuthErrorCode
  | IdempotencyErrorCode
  | CalendarErrorCode
  | AuditErrorCode
  | CaseErrorCode
  | RulebookErrorCode
  | SandboxErrorCode
  | FileErrorCode;

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
    case 'document.not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'No such document in your jurisdiction' };
    case 'document.rendering':
      return { status: HttpStatus.CONFLICT, title: 'The document is still being printed' };
    case 'evidence.not_found':
      return { status: HttpStatus.NOT_FOUND, title: 'No such evidence file in your jurisdiction' };
    case 'evidence.digest_mismatch':
      return { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'The file does not match the digest sent' };
    default:
      return unreachable(code);
  }
}

/** The Chinese title of each code (the English one is `describeError`'s); officers read these. */
export const ERROR_TITLES_ZH: Record<ErrorCode, string> = {
  'request.malformed': '请求格式错误',
  'request.method_not_allowed': '不支持该请求方法',
  'request.too_large': '请求过大',
  'request.unsupported_media_type': '不支持的媒体类型',
  'request.rejected': '请求被拒绝',
  'validation.failed': '请求内容无效',
  'resource.not_found': '未找到',
  'resource.conflict': '冲突',
  'service.unavailable': '服务暂不可用',
  'internal.error': '内部错误',
  'auth.unauthenticated': '需要登录',
  'auth.invalid_credentials': '用户名或密码错误',
  'auth.forbidden': '您的角色无权办理此操作',
  'auth.four_eyes': '回避规则：不得审批本人提出的事项或本人承办的案件',
  'idempotency.key_reused': '幂等键已用于另一个不同的请求',
  'idempotency.in_progress': '使用该幂等键的请求仍在处理中',
  'idempotency.key_invalid': '幂等键无效',
  'calendar.year_missing': '该年度的工作日安排尚未导入',
  'calendar.invalid_arrangement': '工作日安排无效',
  'audit.case_not_found': '没有该案件的记录',
  'audit.checkpoint_not_found': '尚未生成审计检查点',
  'rulebook.not_found': '该日没有生效的规则版本',
  'rulebook.version_exists': '该版本或生效日已经发布',
  'rulebook.invalid': '规则无效',
  'case.not_found': '您的管辖范围内没有该案件',
  'case.wrong_stage': '案件当前阶段不能办理此操作',
  'case.closed': '案件已结案',
  'case.invalid': '此操作对本案无效',
  'sandbox.clock_busy': '沙盒时钟正在拨动中',
  'sandbox.clock_stalled': '沙盒时钟尚未拨动完成',
  'document.not_found': '您的管辖范围内没有该文书',
  'document.rendering': '文书正在生成 PDF',
  'evidence.not_found': '您的管辖范围内没有该证据文件',
  'evidence.digest_mismatch': '文件与提交的摘要不符',
};

/** A code's title in the caller's language. */
export function errorTitle(code: ErrorCode, locale: Locale): string {
  return locale === 'zh' ? ERROR_TITLES_ZH[code] : describeError(code).title;
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
