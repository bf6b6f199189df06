import type { CaseEvent, CaseState, ScheduledTask, YearArrangement } from '@safecase/domain';
import type { IssuedDocument } from './enforcement-case.messages';

/**
 * The case's state as projected: the pinned rulebook by its version only. The read model keeps no
 * more, and sending the rules' text (18 KB) with every projection made each one that much history.
 */
export type ProjectedCaseState = Omit<CaseState, 'rulebook'> & { rulebook: { version: string } };

export interface ProjectCaseInput {
  caseId: string;
  workflowId: string;
  runId: string;
  /** Events not yet projected, each with its sequence number: the idempotency key is (caseId, seq). */
  events: { seq: number; event: CaseEvent }[];
  state: ProjectedCaseState;
  tasks: ScheduledTask[];
}

/** Activities of the enforcement-case workflow; apps/worker implements them against PostgreSQL. */
export interface EnforcementCaseActivities {
  loadCalendar(input: { years: number[] }): Promise<YearArrangement[]>;
  /**
   * Writes the events (timeline and audit log, numbering their documents), the case row and its tasks,
   * in one transaction. A retry writes nothing twice and returns the same numbers.
   */
  projectCase(input: ProjectCaseInput): Promise<{ documents: IssuedDocument[] }>;
}
