import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  CaseActor,
  PenaltyCommand,
  PenaltyEvent,
  PenaltyOpening,
  PenaltyState,
  TransferCommand,
  TransferOpening,
  TransferState,
  YearArrangement,
} from '@safecase/domain';
import type { IssuedDocument } from './enforcement-case.messages';

/**
 * Failure type of a projection the database refuses for good (the data itself, not the connection):
 * the activity does not retry it.
 */
export const PROJECTION_REFUSED = 'projection.refused';
/**
 * Failure type a procedure's workflow ends with when its read model refuses its data: the record can
 * never be written, so the workflow stops instead of retrying forever.
 */
export const PROCEDURE_INPUT_UNUSABLE = 'procedure.input_unusable';

/** Messages of the sub-procedures (penalty, judicial transfer), shared with the API. */
export interface ProcedureCommandResult {
  seq: number;
  stage: string;
  /** The documents this action issued, with their numbers. */
  documents: IssuedDocument[];
}

/**
 * The calendar years the starter read when it started the workflow, so that a new run needs no
 * `loadCalendar` round trip before it can plan. `years` are the years looked up (a year without an
 * arrangement is missing, as for a load); the run loads anyway when they do not cover its years.
 */
export interface GivenCalendar {
  years: number[];
  arrangements: YearArrangement[];
}

interface ProcedureInputBase {
  /** The enforcement case's workflow, told when the procedure ends; null for one opened on its own. */
  parentWorkflowId: string | null;
  searchAttributes: boolean;
  continueAsNewAfterEvents?: number;
  /** Read by the starter; only a new run's first plan uses it, and a continued run drops it. */
  calendar?: GivenCalendar;
}

export interface PenaltyProcedureInput extends ProcedureInputBase {
  opening: PenaltyOpening;
  proposedBy: { userId: string; username: string };
  handlers: string[];
  /** Set when the penalty opens from a proposal a supervisor acknowledged: that was the 立案 approval. */
  filingApprovedBy?: { actor: { userId: string; username: string }; role: string; note: string };
  resume?: { state: PenaltyState };
}

export interface JudicialTransferInput extends ProcedureInputBase {
  opening: TransferOpening;
  reportedBy: { userId: string; username: string };
  resume?: { state: TransferState };
}

export const penaltyCommand = defineUpdate<
  ProcedureCommandResult,
  [{ actor: CaseActor; command: PenaltyCommand }]
>('penaltyCommand');
export const transferCommand = defineUpdate<
  ProcedureCommandResult,
  [{ actor: CaseActor; command: TransferCommand }]
>('transferCommand');
/** Waits until the procedure's opening is in the read model (read-your-writes for the create request). */
export const procedureSynced = defineUpdate<ProcedureCommandResult, []>('procedureSynced');
export const procedureCalendarUpdated = defineSignal('calendarUpdated');
export const penaltyStateQuery = defineQuery<PenaltyState>('penaltyState');
export const transferStateQuery = defineQuery<TransferState>('transferState');

/** Sent by a sub-procedure to its enforcement case when it ends. */
export interface ProcedureFinished {
  kind: 'penalty' | 'transfer' | 'rectification_item';
  id: string;
  outcome: string;
}
export const procedureFinished = defineSignal<[ProcedureFinished]>('procedureFinished');

export type { PenaltyEvent };
