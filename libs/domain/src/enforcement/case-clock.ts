import { CalendarYearMissingError, type WorkCalendar } from '../calendar/work-calendar';
import { nextInstant, taskClockEvents, taskInstants, type CatchUp } from '../tasks';
import type { CaseEvent } from './case-events';
import type { CaseState, Measure } from './case-types';
import { scheduledTasks } from './case-tasks';
import { firstDaytimeWorkingInstant } from './coercion-hours';

/**
 * When a noticed cut-off takes effect: its 24 hours after the notice's service, moved past night and
 * rest days (行政强制法 第43条). A cut-off from before the service record (no `cutoff` facts) keeps the
 * instant its history planned. `missingYear` when the calendar cannot say.
 */
function cutoffEffectiveAt(
  state: CaseState,
  m: Measure,
  calendar: WorkCalendar,
): { at: number } | { missingYear: number } | null {
  if (m.status !== 'noticed' || m.noticeUntil === null) return null;
  if (!m.cutoff) return { at: m.noticeUntil };
  try {
    return { at: firstDaytimeWorkingInstant(m.noticeUntil, calendar, state.rulebook) };
  } catch (e) {
    if (e instanceof CalendarYearMissingError) return { missingYear: e.year };
    throw e;
  }
}

/** An emergency measure still unconfirmed when its 24 hours are up (行政强制法 第19条). */
function unconfirmedDue(m: Measure): number | null {
  if (!m.emergency || m.status !== 'in_force' || m.decidedAt !== null) return null;
  if (!m.confirmation || m.confirmation.flaggedAt !== null) return null;
  return m.confirmation.dueAt;
}

/**
 * What the passage of time alone does to a case: reminders, overdue marks, escalation rungs, a cut-off
 * notice running out, an emergency measure left unconfirmed, a missing calendar year. The workflow
 * sleeps until `nextClockInstant` and then applies `dueClockEvents` — one durable timer at a time,
 * never polling.
 */
export function dueClockEvents(
  state: CaseState,
  calendar: WorkCalendar,
  now: number,
  catchUp?: CatchUp,
): CaseEvent[] {
  if (state.stage === 'closed') return [];
  const events: CaseEvent[] = taskClockEvents(
    scheduledTasks(state, calendar),
    state.missingYears,
    now,
    catchUp,
  );
  const raised = new Set(state.missingYears);
  for (const m of state.measures) {
    const effective = cutoffEffectiveAt(state, m, calendar);
    if (effective && 'at' in effective && now >= effective.at) {
      events.push({ type: 'measure_effective', measureId: m.id, at: now });
    }
    if (effective && 'missingYear' in effective && !raised.has(effective.missingYear)) {
      raised.add(effective.missingYear);
      events.push({ type: 'calendar_year_missing', year: effective.missingYear, at: now });
    }
    const due = unconfirmedDue(m);
    if (due !== null && now >= due) {
      events.push({ type: 'emergency_confirmation_overdue', measureId: m.id, dueAt: due, at: now });
    }
  }
  return events;
}

/** The next instant at which `dueClockEvents` will have something to say, or null when nothing waits. */
export function nextClockInstant(state: CaseState, calendar: WorkCalendar, now: number): number | null {
  if (state.stage === 'closed') return null;
  const instants = taskInstants(scheduledTasks(state, calendar));
  for (const m of state.measures) {
    const effective = cutoffEffectiveAt(state, m, calendar);
    if (effective && 'at' in effective) instants.push(effective.at);
    const due = unconfirmedDue(m);
    if (due !== null) instants.push(due);
  }
  return nextInstant(instants, now);
}
