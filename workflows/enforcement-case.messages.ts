import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  CaseActor,
  CaseCommand,
  CaseOpening,
  CaseStage,
  CaseState,
  DocumentType,
} from '@safecase/domain';
import type { GivenCalendar } from './procedure.messages';

/** Messages of the enforcement-case workflow, shared with the API. */
export interface EnforcementCaseInput extends CaseOpening {
  openedBy: CaseActor;
  /** Off where the server has no custom search attributes registered. */
  searchAttributes: boolean;
  /**
   * Continue as new once the run's history holds this many events, besides whenever the server
   * suggests it (a case can run for months). For operators and tests; unset in normal use.
   */
  continueAsNewAfterEvents?: number;
  /** The calendar the API read when it opened the case (procedure.messages.ts): no first load. */
  calendar?: GivenCalendar;
  /** Set by the workflow itself when it continues as new: the case so far, already projected. */
  resume?: { state: CaseState };
}

export interface CaseCommandInput {
  actor: CaseActor;
  command: CaseCommand;
}

export interface IssuedDocument {
  key: string;
  type: DocumentType;
  number: string;
}

export interface CaseCommandResult {
  seq: number;
  stage: CaseStage;
  /** The documents this action issued, with their numbers. */
  documents: IssuedDocument[];
}

/** A human decision: accepted and projected to the read model, or refused with a typed code. */
export const caseCommand = defineUpdate<CaseCommandResult, [CaseCommandInput]>('caseCommand');
/** Waits until the case's opening is in the read model (read-your-writes for the create request). */
export const caseSynced = defineUpdate<CaseCommandResult, []>('caseSynced');
/** A calendar year was loaded or corrected: reload and recompute open deadlines. */
export const calendarUpdated = defineSignal('calendarUpdated');
export const caseStateQuery = defineQuery<CaseState>('caseState');
