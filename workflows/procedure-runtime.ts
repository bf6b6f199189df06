import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  defineSignal,
  getExternalWorkflowHandle,
  log,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { QueryDefinition, UpdateDefinition } from '@temporalio/common';
import {
  calendarYearsNeeded,
  CalendarYearMissingError,
  CaseRejection,
  checkGate,
  msg,
  renderMessage,
  WorkCalendar,
  type CaseActor,
  type CaseEvent,
} from '@safecase/domain';
import type { IssuedDocument } from './enforcement-case.messages';
import type { EnforcementCaseActivities } from './enforcement-case.activities';
import type { ProcedureActivities, ProjectProcedureInput } from './procedure.activities';
import type { AnyCommand, AnyEvent, AnyState, ProcedureModel, ProcedureSignal } from './procedure-model';
import {
  PROCEDURE_INPUT_UNUSABLE,
  PROJECTION_REFUSED,
  procedureCalendarUpdated,
  procedureFinished,
  procedureSynced,
  type GivenCalendar,
  type ProcedureCommandResult,
  type ProcedureFinished,
} from './procedure.messages';
import {
  SA_AGENCY,
  SA_CASE_KIND,
  SA_CASE_STAGE,
  SA_ESCALATION_LEVEL,
  SA_NEXT_DEADLINE,
  SA_REGION,
} from '@safecase/temporal/shared';

export const procedureActivities = proxyActivities<ProcedureActivities>({
  startToCloseTimeout: '1 minute',
  retry: { maximumInterval: '1 minute' },
});

/**
 * A task overtaken by several of its instants at once (created already late) gets one event that puts
 * it at its rung; before, it climbed every rung in one instant. Histories recorded before this change
 * replay the old events, so their sequence numbers (the read model's idempotency keys) stay the same.
 */
export const LATE_TASK_ONE_STEP = 'late-task-one-step';

/**
 * Deadlines are planned on the calendar: an event recorded before a run's first calendar load (an
 * officer's action reaching a continued run at its very start) is projected once the calendar is
 * there. Before, its tasks went to the read model planned on an empty calendar (no holidays, no
 * act-by day) until the next change. Histories from before wait for nothing and carry no marker.
 */
export const PROJECT_WITH_CALENDAR = 'project-with-calendar';

/**
 * Tells the enforcement case that a sub-procedure ended. A parent that is gone (its history deleted by
 * retention) must not fail the child: the read model already holds the outcome.
 */
export async function tellParent(parentWorkflowId: string, finished: ProcedureFinished): Promise<void> {
  try {
    await getExternalWorkflowHandle(parentWorkflowId).signal(procedureFinished, finished);
  } catch (error) {
    log.warn('could not tell the enforcement case', { parentWorkflowId, error: String(error) });
  }
}

function refuse(error: unknown): never {
  // The message's key and params travel in the details: the API shows them in the caller's language.
  if (error instanceof CaseRejection) {
    const { code: type, message, text } = error;
    throw ApplicationFailure.create({ type, message, details: [text], nonRetryable: true });
  }
  if (error instanceof CalendarYearMissingError) {
    const text = msg('api.calendar_missing_ask_admin', { year: error.year });
    const message = renderMessage(text, 'en');
    throw ApplicationFailure.create({ type: 'case.invalid', message, details: [text], nonRetryable: true });
  }
  throw error;
}

/**
 * The workflow's own failure when the read model refuses its data for good (the activity said so):
 * the record can never be written, so the procedure ends with a typed failure instead of retrying.
 */
function unusableInput(error: unknown): ApplicationFailure | undefined {
  if (!(error instanceof ActivityFailure)) return undefined;
  const cause = error.cause;
  if (!(cause instanceof ApplicationFailure) || cause.type !== PROJECTION_REFUSED) return undefined;
  return ApplicationFailure.create({
    type: PROCEDURE_INPUT_UNUSABLE,
    message: `the read model refuses this procedure's data: ${cause.message}`,
    nonRetryable: true,
    cause: error,
  });
}

/**
 * An event as projected: a pinned rulebook by its version only. The projection keeps no more (the
 * timeline and the audit log name the version), and the rules' text would add 18 KB of history.
 */
function withoutRulesText<E extends AnyEvent>(event: E): E {
  const pinned = (event as { rulebook?: { version: string } }).rulebook;
  return pinned ? { ...event, rulebook: { version: pinned.version } } : event;
}

/**
 * Cases begun before one projection served every procedure scheduled their own `projectCase`: their
 * histories name that activity, so they keep it (the worker still registers it). It writes the same.
 */
export const ONE_PROJECTION = 'one-projection';

const { projectCase } = proxyActivities<Pick<EnforcementCaseActivities, 'projectCase'>>({
  startToCloseTimeout: '1 minute',
  retry: { maximumInterval: '1 minute' },
});

function project(input: ProjectProcedureInput): Promise<{ documents: IssuedDocument[] }> {
  const { record: r, workflowId, runId, tasks } = input;
  if (r.kind === 'enforcement' && !patched(ONE_PROJECTION)) {
    const events = input.events as { seq: number; event: CaseEvent }[];
    return projectCase({ caseId: r.id, workflowId, runId, events, state: r.state, tasks });
  }
  return procedureActivities.projectProcedure(input);
}

/**
 * The life of one procedure, shared by every procedure's workflow (the enforcement case, penalty,
 * transfer, accident and rectification item): human decisions are Updates checked by a synchronous validator, time passes
 * on one durable timer, every change reaches PostgreSQL through `projectProcedure`, in order. Returns
 * when the procedure is finished, or with `continueAsNew` when the history grows long.
 */
export async function runProcedure<S extends AnyState, E extends AnyEvent, C extends AnyCommand>(
  model: ProcedureModel<S, E, C>,
  options: {
    opening: E[];
    resume?: S;
    commandUpdate: UpdateDefinition<ProcedureCommandResult, [{ actor: CaseActor; command: C }]>;
    /** Read-your-writes for the create request; `procedureSynced` unless the workflow has its own. */
    syncedUpdate?: UpdateDefinition<ProcedureCommandResult, []>;
    stateQuery: QueryDefinition<S>;
    searchAttributes: boolean;
    continueAsNewAfterEvents?: number;
    continueAsNew: (state: S) => Promise<never>;
    signals?: ProcedureSignal<S, E>[];
    /** The calendar the starter read: a new run plans with it instead of loading, if it covers. */
    calendar?: GivenCalendar;
  },
): Promise<S> {
  const { loadCalendar } = procedureActivities;
  let state: S =
    options.resume ?? options.opening.reduce<S | undefined>((s, e) => model.apply(s, e), undefined)!;
  let calendar = new WorkCalendar([]);
  let calendarStale = true;
  let calendarReady = false;
  // Only a new run's first plan may use the starter's calendar; every later load reads the table.
  let given = options.resume ? undefined : options.calendar;
  // A continued run has started already; a new one runs `onStart` once its opening is projected.
  let started = options.resume !== undefined;
  let changes = 0;
  let projectedSeq = options.resume ? state.seq : 0;
  const unprojected: { seq: number; event: E }[] = [];
  if (!options.resume) {
    let s: S | undefined;
    for (const e of options.opening) {
      s = model.apply(s, e);
      unprojected.push({ seq: s.seq, event: e });
    }
  }
  const numbers = new Map<string, IssuedDocument>();
  let projecting: Promise<void> = Promise.resolve();
  // Set once a projection is refused for good: every waiter wakes and the workflow fails with it.
  let refused: ApplicationFailure | undefined;

  function record(events: E[]): void {
    for (const event of events) {
      state = model.apply(state, event);
      unprojected.push({ seq: state.seq, event });
    }
    changes += 1;
  }

  // The patch is asked only when the two ways differ, so a history without a late task has no marker.
  function dueClockEvents(now: number): E[] {
    const events = model.clockEvents(state, calendar, now, 'one_step');
    if (events.length === 0) return events;
    const rungByRung = model.clockEvents(state, calendar, now, 'every_rung');
    if (JSON.stringify(rungByRung) === JSON.stringify(events) || patched(LATE_TASK_ONE_STEP)) return events;
    return rungByRung;
  }

  function publishSearchAttributes(): void {
    if (!options.searchAttributes) return;
    const r = model.record(state);
    const tasks = model.tasks(state, calendar);
    const dues = tasks.map((t) => t.dueAt).filter((d): d is number => d !== null);
    upsertSearchAttributes([
      { key: SA_CASE_KIND, value: r.kind },
      { key: SA_CASE_STAGE, value: r.stage },
      { key: SA_AGENCY, value: r.agencyId },
      { key: SA_REGION, value: r.regionCode },
      { key: SA_NEXT_DEADLINE, value: dues.length ? new Date(Math.min(...dues)) : null },
      { key: SA_ESCALATION_LEVEL, value: Math.max(0, ...tasks.map((t) => t.escalationLevel)) },
    ]);
  }

  function flush(): Promise<void> {
    projecting = projecting.then(async () => {
      if (unprojected.length && !calendarReady && patched(PROJECT_WITH_CALENDAR))
        await condition(() => calendarReady);
      const batch = unprojected.splice(0);
      if (batch.length === 0) return;
      // One line per batch, tagged with the id of the request that caused it (interceptors.ts).
      log.info('projecting events', { events: batch.map((b) => `${b.seq}:${b.event.type}`) });
      const snapshot = state;
      const tasks = model.finished(snapshot) ? [] : model.tasks(snapshot, calendar);
      const { workflowId, runId } = workflowInfo();
      let documents: IssuedDocument[];
      try {
        ({ documents } = await project({
          workflowId,
          runId,
          record: model.record(snapshot),
          events: batch.map(({ seq, event }) => ({ seq, event: withoutRulesText(event) })),
          tasks,
        }));
      } catch (error) {
        refused ??= unusableInput(error);
        if (!refused) throw error;
        changes += 1;
        throw refused;
      }
      for (const d of documents) numbers.set(d.key, d);
      projectedSeq = Math.max(projectedSeq, ...batch.map((b) => b.seq));
    });
    publishSearchAttributes();
    return projecting;
  }

  function result(fromSeq: number): ProcedureCommandResult {
    const keys = state.documents.filter((d) => d.seq > fromSeq).map((d) => d.key);
    return {
      seq: state.seq,
      stage: model.record(state).stage,
      documents: keys.map((k) => numbers.get(k)).filter((d): d is IssuedDocument => d !== undefined),
    };
  }

  function historyIsLong(): boolean {
    const info = workflowInfo();
    const limit = options.continueAsNewAfterEvents;
    return info.continueAsNewSuggested || (limit !== undefined && info.historyLength >= limit);
  }

  // Another agency, closed, wrong stage, wrong role: refused from the definition before any rule runs.
  const gate = (actor: CaseActor, command: C) => checkGate(model.definition, state, command.type, actor);

  setHandler(options.stateQuery, () => state);
  setHandler(
    options.commandUpdate,
    async ({ actor, command }) => {
      // An update that arrived before the first calendar load was let through unchecked: check it now.
      if (!model.decideWithoutCalendar) await condition(() => calendarReady);
      let prepared = command;
      for (const prepare of model.prepare) prepared = await prepare(state, prepared);
      const before = state.seq;
      let events: E[] = [];
      try {
        gate(actor, prepared);
        events = model.decide(state, prepared, actor, Date.now(), calendar);
      } catch (error) {
        refuse(error);
      }
      record(events);
      for (const after of model.afterCommand) record(await after(state, events));
      await flush();
      for (const after of model.afterProjection) await after(state, events);
      return result(before);
    },
    {
      validator: ({ actor, command }) => {
        try {
          // The gate needs no calendar: it refuses also before the first load.
          gate(actor, command);
          if (!calendarReady && !model.decideWithoutCalendar) return;
          model.decide(state, command, actor, Date.now(), calendar);
        } catch (error) {
          refuse(error);
        }
      },
    },
  );
  setHandler(options.syncedUpdate ?? procedureSynced, async () => {
    await condition(() => projectedSeq >= 1 || refused !== undefined);
    if (refused) throw refused;
    return result(0);
  });
  for (const signal of options.signals ?? []) {
    setHandler(defineSignal<[unknown]>(signal.name), async (payload: unknown) => {
      record(signal.toEvents(state, payload));
      await flush();
    });
  }
  setHandler(procedureCalendarUpdated, () => {
    calendarStale = true;
    changes += 1;
  });

  while (!model.finished(state)) {
    if (refused) throw refused;
    if (calendarStale) {
      calendarStale = false;
      const years = [...new Set([...calendarYearsNeeded(Date.now()), ...state.missingYears])];
      const starter = given;
      given = undefined;
      const covered = starter !== undefined && years.every((y) => starter.years.includes(y));
      calendar = new WorkCalendar(covered ? starter.arrangements : await loadCalendar({ years }));
      calendarReady = true;
      const loaded = calendar.loadedYears().filter((y) => state.missingYears.includes(y));
      if (loaded.length) record([model.calendarReloaded(loaded, Date.now())]);
      await flush();
      if (!started) {
        started = true;
        for (const onStart of model.onStart) {
          record(await onStart(state));
          await flush();
        }
      }
    }
    const now = Date.now();
    const due = dueClockEvents(now);
    if (due.length) {
      log.info('clock events', { events: due.map((e) => e.type) });
      record(due);
      await flush();
      continue;
    }
    if (historyIsLong()) {
      await flush();
      await condition(allHandlersFinished);
      await options.continueAsNew(state);
    }
    // A calendar load signalled while the last one was being read: read it again before sleeping.
    if (calendarStale) continue;
    const next = model.nextInstant(state, calendar, now);
    const seen = changes;
    await condition(() => changes !== seen || historyIsLong(), next === null ? undefined : next - now);
  }
  await flush();
  await condition(allHandlersFinished);
  return state;
}
