import { defineQuery } from '@temporalio/workflow';

/** The read-model tables whose open rows are re-planned, in this order. */
export const REPLAN_TABLES = ['enforcement_case', 'procedure'] as const;
export type ReplanTable = (typeof REPLAN_TABLES)[number];

/** Where a calendar re-plan stands: carried across continue-as-new, answered by its query. */
export interface CalendarReplanProgress {
  year: number;
  version: string;
  /** The table being paged through and the last workflow id signalled in it (keyset). */
  table: ReplanTable;
  after: string;
  /** Open procedures signalled, and those found closed or gone meanwhile (they re-plan on no signal). */
  signalled: number;
  skipped: number;
  pages: number;
  done: boolean;
}

export interface CalendarReplanInput {
  year: number;
  /** The loaded arrangement's digest: one re-plan per year and content. */
  version: string;
  /** Open rows read per page (500 unless a test says otherwise). */
  pageSize?: number;
  /** Continue as new after this many pages, besides whenever the server suggests it (tests). */
  continueAsNewAfterPages?: number;
  /** Set by the run before a continue-as-new. */
  progress?: CalendarReplanProgress;
}

export const calendarReplanProgressQuery = defineQuery<CalendarReplanProgress>('calendarReplanProgress');
