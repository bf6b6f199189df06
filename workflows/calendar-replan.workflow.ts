import {
  continueAsNew,
  getExternalWorkflowHandle,
  isCancellation,
  proxyActivities,
  setHandler,
  upsertMemo,
  workflowInfo,
} from '@temporalio/workflow';
import type { CalendarReplanActivities } from './calendar-replan.activities';
import {
  calendarReplanProgressQuery,
  REPLAN_TABLES,
  type CalendarReplanInput,
  type CalendarReplanProgress,
} from './calendar-replan.messages';
import { calendarUpdated } from './enforcement-case.messages';

/**
 * 重新计算期限 after a calendar year is loaded (docs/domain.md §2: loading a year recomputes the open
 * deadlines of every open procedure — case, penalty, transfer, accident, rectification item — at once).
 * The API stores the year and starts this workflow; from then on the fan-out is durable: it pages
 * through the open records of the read model (500 a page) and sends each one's workflow the
 * `calendarUpdated` signal, a batch at a time, so an API restart, a worker crash or tens of thousands
 * of open procedures never leave a deadline planned on the old calendar. Progress is queryable and
 * survives continue-as-new; a procedure closed meanwhile is skipped.
 */
const { openWorkflowsPage } = proxyActivities<CalendarReplanActivities>({
  startToCloseTimeout: '1 minute',
  retry: { maximumInterval: '1 minute' },
});

const PAGE = 500;
/** Signals in flight at once: each is two history events, a batch one workflow task. */
const BATCH = 50;
/** Well under the server's history limits; a page of 500 adds about 1,100 events. */
const HISTORY_LIMIT = 10_000;

export async function calendarReplanWorkflow(input: CalendarReplanInput): Promise<CalendarReplanProgress> {
  const progress: CalendarReplanProgress = input.progress ?? {
    year: input.year,
    version: input.version,
    table: REPLAN_TABLES[0],
    after: '',
    signalled: 0,
    skipped: 0,
    pages: 0,
    done: false,
  };
  setHandler(calendarReplanProgressQuery, () => progress);
  const limit = input.pageSize ?? PAGE;
  let pagesThisRun = 0;
  while (!progress.done) {
    const page = await openWorkflowsPage({ table: progress.table, after: progress.after, limit });
    for (let i = 0; i < page.length; i += BATCH) {
      const sent = await Promise.all(page.slice(i, i + BATCH).map(signal));
      progress.signalled += sent.filter(Boolean).length;
      progress.skipped += sent.filter((s) => !s).length;
    }
    progress.pages += 1;
    pagesThisRun += 1;
    if (page.length === limit) progress.after = page.at(-1)!;
    else {
      const next = REPLAN_TABLES[REPLAN_TABLES.indexOf(progress.table) + 1];
      if (next) [progress.table, progress.after] = [next, ''];
      else progress.done = true;
    }
    // Readable by describe() with no worker up (the API's GET of the progress).
    upsertMemo({ progress: { ...progress } });
    const info = workflowInfo();
    const long =
      info.continueAsNewSuggested ||
      info.historyLength > HISTORY_LIMIT ||
      (input.continueAsNewAfterPages !== undefined && pagesThisRun >= input.continueAsNewAfterPages);
    if (!progress.done && long) await continueAsNew<typeof calendarReplanWorkflow>({ ...input, progress });
  }
  return progress;
}

/** Signals one open procedure; false when it has closed or is gone (it needs no re-plan then). */
async function signal(workflowId: string): Promise<boolean> {
  try {
    await getExternalWorkflowHandle(workflowId).signal(calendarUpdated);
    return true;
  } catch (error) {
    if (isCancellation(error)) throw error;
    return false;
  }
}
