import type { ScheduledTask, YearArrangement } from '@safecase/domain';
import type { IssuedDocument } from './enforcement-case.messages';
import type { ProjectedCaseState } from './enforcement-case.activities';

export type ProcedureKind = 'penalty' | 'transfer' | 'accident' | 'rectification_item';

/** The read-model row of a sub-procedure: what lists, the inbox and jurisdiction checks need. */
export interface ProcedureRecord {
  kind: ProcedureKind;
  id: string;
  /** The enforcement case it belongs to, if any: the audit trail is read from there. */
  caseId: string | null;
  /** The record it hangs under when not an enforcement case (an accident for its items). */
  parentId: string | null;
  agencyId: string;
  regionCode: string;
  docPrefix: string;
  stage: string;
  title: string;
  partyName: string;
  creditCode: string | null;
  handlers: string[];
  openedAt: number;
  closedAt: number | null;
  seq: number;
  state: unknown;
}

/**
 * The enforcement case's read model is its own table (`enforcement_case`), written from its whole
 * state; the kind, stage and jurisdiction are here too, for the search attributes.
 */
export interface CaseRecord {
  kind: 'enforcement';
  id: string;
  agencyId: string;
  regionCode: string;
  stage: string;
  seq: number;
  state: ProjectedCaseState;
}

/** What one projection writes: a sub-procedure's row, or the enforcement case's. */
export type ProjectionRecord = ProcedureRecord | CaseRecord;

export interface ProjectProcedureInput {
  workflowId: string;
  runId: string;
  record: ProjectionRecord;
  /** Events not yet projected with their sequence numbers: idempotent on (procedure id, seq). */
  events: {
    seq: number;
    event: {
      type: string;
      at: number;
      by?: { userId: string; username: string; role: string };
      documents?: { key: string; type: string }[];
    };
  }[];
  tasks: ScheduledTask[];
}

export interface ProcedureActivities {
  loadCalendar(input: { years: number[] }): Promise<YearArrangement[]>;
  /**
   * The one projection of every procedure, by the record's kind: writes the events (timeline and
   * audit, numbering their documents), the row and its tasks in one transaction; a retry writes
   * nothing twice and returns the same numbers.
   */
  projectProcedure(input: ProjectProcedureInput): Promise<{ documents: IssuedDocument[] }>;
  /** Dates of earlier penalty decisions against a unit (安全生产法 第113条 counts them). */
  priorPenaltyDecisions(input: { creditCode: string; excludeId: string }): Promise<string[]>;
  /** Ids of judicial transfers still open on the same facts as a penalty case (行政处罚法 第27条). */
  openTransfersOnSameFacts(input: { caseId: string | null; penaltyId: string }): Promise<string[]>;
}
