import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  CaseActor,
  CaseCommand,
  CaseOrigin,
  CaseStage,
  CaseState,
  DocumentType,
  Enterprise,
  Rulebook,
} from '@safecase/domain';

/** Messages of the enforcement-case workflow, shared with the API. */
export interface EnforcementCaseInput {
  caseId: string;
  agencyId: string;
  regionCode: string;
  docPrefix: string;
  origin: CaseOrigin;
  enterprise: Enterprise;
  summary: string;
  openedBy: CaseActor;
  /** The version in force when the case opened: the case keeps it to the end. */
  rulebook: Rulebook;
  /** Off where the server has no custom search attributes registered (the training sandbox). */
  searchAttributes: boolean;
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
