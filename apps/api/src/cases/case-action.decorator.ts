import { applyDecorators, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { AnswersOrPending } from '../contract/answers';
import { ENFORCEMENT_PROCEDURE, type CaseCommandType, type Role } from '@safecase/domain';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { Command } from '../auth/command.decorator';

/** What any action on a case or sub-procedure may answer besides 200 (docs/architecture.md, convention 4: 404, 409, 422, 403). */
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

/**
 * An action under /cases/:caseId: its path, roles and audit name come from the case's definition
 * (ENFORCEMENT_PROCEDURE in libs/domain), so a role changes in one line there.
 */
export const CaseAction = (type: CaseCommandType, summary: string) => {
  const command = ENFORCEMENT_PROCEDURE.commands[type];
  return RecordAction(`:caseId/${command.action}`, [...command.roles], command.audit, summary);
};

export const CaseId = () => Param('caseId', new ParseUUIDPipe());
