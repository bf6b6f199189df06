// @temporalio/common is the deterministic core the workflow package itself is built on.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Custom search attributes, so operators can filter cases in the Temporal UI. Registered idempotently
 * at start (libs/temporal). The dev server's SQLite store has fixed slots per namespace (10 Keyword,
 * 3 Int, 3 Datetime, ...): spend them with care.
 */
export const SA_CASE_KIND = defineSearchAttributeKey('SafecaseKind', SearchAttributeType.KEYWORD);
export const SA_CASE_STAGE = defineSearchAttributeKey('SafecaseStage', SearchAttributeType.KEYWORD);
export const SA_AGENCY = defineSearchAttributeKey('SafecaseAgency', SearchAttributeType.KEYWORD);
export const SA_REGION = defineSearchAttributeKey('SafecaseRegion', SearchAttributeType.KEYWORD);
export const SA_NEXT_DEADLINE = defineSearchAttributeKey(
  'SafecaseNextDeadline',
  SearchAttributeType.DATETIME,
);
export const SA_ESCALATION_LEVEL = defineSearchAttributeKey(
  'SafecaseEscalationLevel',
  SearchAttributeType.INT,
);

export const SEARCH_ATTRIBUTES = [
  SA_CASE_KIND,
  SA_CASE_STAGE,
  SA_AGENCY,
  SA_REGION,
  SA_NEXT_DEADLINE,
  SA_ESCALATION_LEVEL,
] as const;
