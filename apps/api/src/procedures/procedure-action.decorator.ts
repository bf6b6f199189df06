import { applyDecorators, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Role } from '@safecase/domain';
import { AnswersOrPending } from '../contract/answers';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { Command } from '../auth/command.decorator';

/** What any action on a procedure may answer besides 200 (docs/architecture.md, convention 4: 404, 409, 422, 403). */
const ACTION_PROBLEMS = [
  'case.not_found',
  'case.wrong_stage',
  'case.closed',
  'case.invalid',
  'auth.forbidden',
  'auth.four_eyes',
  'validation.failed',
] as const;

/**
 * One action on a record: a POST that sends one Workflow Update, answers 200 with `ActionAnswer`
 * (what it did and what the caller may do next) or 202 while the record is being written, is a command
 * (audited, Idempotency-Key) and may be refused with a typed code.
 */
export const RecordAction = (route: string, roles: Role[], command: string, summary: string) =>
  applyDecorators(
    Post(route),
    HttpCode(200),
    Roles(...roles),
    Command(command),
    ApiOperation({ summary }),
    ApiProblems(...ACTION_PROBLEMS),
    AnswersOrPending(200, 'ActionAnswer'),
  );

/** A sub-procedure's id in its routes (/penalties/:id, /transfers/:id, …). */
export const ProcedureId = () => Param('id', new ParseUUIDPipe());

/** An enforcement case's id in its routes (/cases/:caseId). */
export const CaseId = () => Param('caseId', new ParseUUIDPipe());
