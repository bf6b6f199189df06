import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  AccidentCommand,
  AccidentOpening,
  AccidentState,
  CaseActor,
  ItemCommand,
  ItemOpening,
  ItemState,
} from '@safecase/domain';
import type { GivenCalendar, ProcedureCommandResult } from './procedure.messages';

/** Messages of the accident investigation and its rectification items, shared with the API. */
export interface AccidentInput {
  opening: AccidentOpening;
  reportedBy: { userId: string; username: string };
  searchAttributes: boolean;
  continueAsNewAfterEvents?: number;
  /** The calendar the starter read (procedure.messages.ts): saves a new run its first load. */
  calendar?: GivenCalendar;
  resume?: { state: AccidentState };
}

export interface RectificationItemInput {
  opening: ItemOpening;
  openedBy: { userId: string; username: string };
  parentWorkflowId: string;
  searchAttributes: boolean;
  continueAsNewAfterEvents?: number;
  /** As for the other procedures; the accident starts its items without one, so they load it. */
  calendar?: GivenCalendar;
  resume?: { state: ItemState };
}

export const accidentCommand = defineUpdate<
  ProcedureCommandResult,
  [{ actor: CaseActor; command: AccidentCommand }]
>('accidentCommand');
export const itemCommand = defineUpdate<ProcedureCommandResult, [{ actor: CaseActor; command: ItemCommand }]>(
  'itemCommand',
);
export const accidentStateQuery = defineQuery<AccidentState>('accidentState');
export const itemStateQuery = defineQuery<ItemState>('itemState');
/** The evaluation found the item still open: it goes to accountability (安全生产法 第86条). */
export const itemReferred = defineSignal<[{ note: string }]>('itemReferred');
