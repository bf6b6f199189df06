/**
 * Workflow ids are business ids, so a case's execution can be found (and deduplicated) from the case
 * alone. One prefix per workflow type. The API addresses executions by them and the workflows start
 * their children by them, so they are defined once, here, pure.
 */
export const workflowIds = {
  enforcementCase: (caseId: string) => `enforcement-case:${caseId}`,
  penalty: (penaltyId: string) => `penalty:${penaltyId}`,
  transfer: (transferId: string) => `transfer:${transferId}`,
  accident: (accidentId: string) => `accident:${accidentId}`,
  rectificationItem: (itemId: string) => `rectification-item:${itemId}`,
  /** One re-plan per calendar year and content: a repeated load finds the same execution. */
  calendarReplan: (year: number, version: string) => `calendar-replan:${year}:${version}`,
} as const;
