import type { ReplanTable } from './calendar-replan.messages';

/** Activities of the calendar re-plan workflow; apps/worker implements them against PostgreSQL. */
export interface CalendarReplanActivities {
  /**
   * The workflow ids of open records in `table` after `after`, in workflow-id order, at most
   * `limit` of them (keyset on the partial index of open rows).
   */
  openWorkflowsPage(input: { table: ReplanTable; after: string; limit: number }): Promise<string[]>;
}
