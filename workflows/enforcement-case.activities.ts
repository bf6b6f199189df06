import type { CaseEvent, CaseState, ScheduledTask, YearArrangement } from '@safecase/domain';
import type { IssuedDocument } from './enforcement-case.messages';

export interface ProjectCaseInput {
  caseId: string;
  workflowId: string;
  runId: string;
  /** Events not yet projected, each with its sequence number: the idempotency key is (caseId, seq). */
  events: { seq: number; event: CaseEvent }[];
  state: CaseState;
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
