import { applyDecorators, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Role } from '@safecase/domain';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { Command } from '../auth/command.decorator';

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
 * One action on a penalty case or a transfer: a POST under /penalties/:id or /transfers/:id that sends
 * one Workflow Update, answers 200, is a command (audited, Idempotency-Key) and may be refused.
 */
export const ProcedureAction = (path: string, roles: Role[], command: string, summary: string) =>
  applyDecorators(
    Post(`:id/${path}`),
    HttpCode(200),
    Roles(...roles),
    Command(command),
    ApiOperation({ summary }),
    ApiProblems(...ACTION_PROBLEMS),
  );

export const ProcedureId = () => Param('id', new ParseUUIDPipe());
