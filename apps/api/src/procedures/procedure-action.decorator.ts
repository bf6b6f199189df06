import { Param, ParseUUIDPipe } from '@nestjs/common';
import type { Role } from '@safecase/domain';
import { RecordAction } from '../cases/case-action.decorator';

/** An action under /penalties/:id, /transfers/:id, … (one Workflow Update of the sub-procedure). */
export const ProcedureAction = (path: string, roles: Role[], command: string, summary: string) =>
  RecordAction(`:id/${path}`, roles, command, summary);

export const ProcedureId = () => Param('id', new ParseUUIDPipe());
