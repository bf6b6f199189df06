import { Param, ParseUUIDPipe } from '@nestjs/common';
import type { Role } from '@safecase/domain';
import { RecordAction } from '../cases/case-action.decorator';

/** The schema of each sub-procedure's action answer (see contract/schemas.ts). */
export const ACTION_ANSWER = {
  penalty: 'PenaltyActionAnswer',
  transfer: 'TransferActionAnswer',
  accident: 'AccidentActionAnswer',
  rectification_item: 'ItemActionAnswer',
} as const;

/** An action under /penalties/:id, /transfers/:id, … (one Workflow Update of the sub-procedure). */
export const ProcedureAction = (
  path: string,
  roles: Role[],
  command: string,
  summary: string,
  answer: (typeof ACTION_ANSWER)[keyof typeof ACTION_ANSWER],
) => RecordAction(`:id/${path}`, roles, command, summary, answer);

export const ProcedureId = () => Param('id', new ParseUUIDPipe());
