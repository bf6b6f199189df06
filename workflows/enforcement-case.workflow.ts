import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  log,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  applyCaseEvent,
  calendarYearsNeeded,
  CaseRejection,
  decide,
  dueClockEvents,
  nextClockInstant,
  scheduledTasks,
  WorkCalendar,
  type CaseEvent,
  type CaseState,
} from '@safecase/domain';
import type { EnforcementCaseActivities } from './enforcement-case.activities';
import { procedureFinished } from './procedure.messages';
import { startSubProcedures } from './sub-procedures';
import {
  calendarUpdated,
  caseCommand,
  caseStateQuery,
  caseSynced,
  type CaseCommandInput,
  type CaseCommandResult,
  type EnforcementCaseInput,
  type IssuedDocument,
} from './enforcement-case.messages';
import {
  SA_AGENCY,
  SA_CASE_KIND,
  SA_CASE_STAGE,
  SA_ESCALATION_LEVEL,
  SA_NEXT_DEADLINE,
  SA_REGION,
} from './search-attributes';

/**
 * 安全生产执法案件: inspection → order to rectify → re-inspection → closed out, or escalation to
 * compulsory measures (行政强制法 第18–28条, 安全生产法 第65、70条) and a penalty proposal. DOMAIN.md §3.
 *
 * The rules are in libs/domain (`decide`, `applyCaseEvent`, the task schedule); this file only
 * orchestrates: human decisions arrive as Updates checked by a synchronous validator, time passes on
 * one durable timer set to the next reminder, due time or rung, and every change reaches PostgreSQL
 * through the idempotent `projectCase` activity, in order.
 */
const { loadCalendar, projectCase } = proxyActivities<EnforcementCaseActivities>({
  startToCloseTimeout: '1 minute',
  retry: { maximumInterval: '1 minute' },
});

function refuse(error: unknown): never {
  if (error instanceof CaseRejection) {
    throw ApplicationFailure.create({ type: error.code, message: error.message, nonRetryable: true });
  }
  throw error;
}

export async function enforcementCaseWorkflow(input: EnforcementCaseInput): Promise<void> {
  const { openedBy, searchAttributes, continueAsNewAfterEvents, resume, ...opening } = input;
  const opened: CaseEvent = {
    type: 'case_opened',
    at: Date.now(),
    by: { userId: openedBy.userId, username: openedBy.username, role: 'officer' },
    ...opening,
  };
  // A continued run starts from the state its predecessor projected; only a new case records its opening.
  let state: CaseState = resume?.state ?? applyCaseEvent(undefined, opened);
  let calendar = new WorkCalendar([]);
  let calendarStale = true;
  let changes = 0;
  let projectedSeq = resume ? resume.state.seq : 0;
  const unprojected: { seq: number; event: CaseEvent }[] = resume ? [] : [{ seq: 1, event: opened }];
  const numbers = new Map<string, IssuedDocument>();
  let projecting: Promise<void> = Promise.resolve();

  function record(events: CaseEvent[]): void {
    for (const event of events) {
      state = applyCaseEvent(state, event);
      unprojected.push({ seq: state.seq, event });
    }
    changes += 1;
  }

  function publishSearchAttributes(): void {
    if (!searchAttributes) return;
    const tasks = scheduledTasks(state, calendar);
    const dues = tasks.map((t) => t.dueAt).filter((d): d is number => d !== null);
    upsertSearchAttributes([
      { key: SA_CASE_KIND, value: 'enforcement' },
      { key: SA_CASE_STAGE, value: state.stage },
      { key: SA_AGENCY, value: state.agencyId },
      { key: SA_REGION, value: state.regionCode },
      { key: SA_NEXT_DEADLINE, value: dues.length ? new Date(Math.min(...dues)) : null },
      { key: SA_ESCALATION_LEVEL, value: Math.max(0, ...tasks.map((t) => t.escalationLevel)) },
    ]);
  }

  /** Projects what is pending, one batch at a time and in order, so the read model never goes back. */
  function flush(): Promise<void> {
    projecting = projecting.then(async () => {
      const batch = unprojected.splice(0);
      if (batch.length === 0) return;
      const snapshot = state;
      const { documents } = await projectCase({
        caseId: input.caseId,
        workflowId: workflowInfo().workflowId,
        runId: workflowInfo().runId,
        events: batch,
        state: snapshot,
        tasks: scheduledTasks(snapshot, calendar),
      });
      for (const d of documents) numbers.set(d.key, d);
      projectedSeq = Math.max(projectedSeq, ...batch.map((b) => b.seq));
    });
    publishSearchAttributes();
    return projecting;
  }

  function result(fromSeq: number): CaseCommandResult {
    const keys = state.documents.filter((d) => d.seq > fromSeq).map((d) => d.key);
    return {
      seq: state.seq,
      stage: state.stage,
      documents: keys.map((k) => numbers.get(k)).filter((d): d is IssuedDocument => d !== undefined),
    };
  }

  function historyIsLong(): boolean {
    const info = workflowInfo();
    return (
      info.continueAsNewSuggested ||
      (continueAsNewAfterEvents !== undefined && info.historyLength >= continueAsNewAfterEvents)
    );
  }

  setHandler(caseStateQuery, () => state);
  setHandler(
    caseCommand,
    async ({ actor, command }: CaseCommandInput): Promise<CaseCommandResult> => {
      const before = state.seq;
      const events = decide(state, command, actor, Date.now());
      record(events);
      await flush();
      await startSubProcedures(state, events, searchAttributes);
      return result(before);
    },
    {
      validator: ({ actor, command }: CaseCommandInput): void => {
        try {
          decide(state, command, actor, Date.now());
        } catch (error) {
          refuse(error);
        }
      },
    },
  );
  setHandler(caseSynced, async () => {
    await condition(() => projectedSeq >= 1);
    return result(0);
  });
  setHandler(procedureFinished, async ({ kind, id, outcome }) => {
    record([
      {
        type: 'procedure_finished',
        kind: kind === 'transfer' ? 'transfer' : 'penalty',
        id,
        outcome,
        at: Date.now(),
      },
    ]);
    await flush();
  });
  setHandler(calendarUpdated, () => {
    calendarStale = true;
    changes += 1;
  });

  while (state.stage !== 'closed') {
    if (calendarStale) {
      calendarStale = false;
      const years = calendarYearsNeeded(Date.now());
      const arrangements = await loadCalendar({ years: [...new Set([...years, ...state.missingYears])] });
      calendar = new WorkCalendar(arrangements);
      const loaded = calendar.loadedYears().filter((y) => state.missingYears.includes(y));
      if (loaded.length) record([{ type: 'calendar_reloaded', years: loaded, at: Date.now() }]);
      await flush();
    }
    const now = Date.now();
    const due = dueClockEvents(state, calendar, now);
    if (due.length) {
      log.info('clock events', { caseId: input.caseId, events: due.map((e) => e.type) });
      record(due);
      await flush();
      continue;
    }
    if (historyIsLong()) {
      // Everything projected and every update answered, then the same case goes on in a fresh run.
      await flush();
      await condition(allHandlersFinished);
      await continueAsNew<typeof enforcementCaseWorkflow>({ ...input, resume: { state } });
    }
    const next = nextClockInstant(state, calendar, now);
    const seen = changes;
    await condition(() => changes !== seen || historyIsLong(), next === null ? undefined : next - now);
  }
  await flush();
  await condition(allHandlersFinished);
}
