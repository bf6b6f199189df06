import type { WorkCalendar } from '../calendar/work-calendar';
import { nextInstant, taskClockEvents, taskInstants, type CatchUp } from '../tasks';
import type { CaseEvent } from './case-events';
import type { CaseState } from './case-types';
import { scheduledTasks } from './case-tasks';

/**
 * What the passage of time alone does to a case: reminders, overdue marks, escalation rungs, a cut-off
 * notice running out, a missing calendar year. The workflow sleeps until `nextClockInstant` and then
 * applies `dueClockEvents` — one durable timer at a time, never polling.
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
  for (const m of state.measures) {
    if (m.status === 'noticed' && m.noticeUntil !== null && now >= m.noticeUntil) {
      events.push({ type: 'measure_effective', measureId: m.id, at: now });
    }
  }
  return events;
}

/** The next instant at which `dueClockEvents` will have something to say, or null when nothing waits. */
export function nextClockInstant(state: CaseState, calendar: WorkCalendar, now: number): number | null {
  if (state.stage === 'closed') return null;
  const instants = taskInstants(scheduledTasks(state, calendar));
  for (const m of state.measures) {
    if (m.status === 'noticed' && m.noticeUntil !== null) instants.push(m.noticeUntil);
  }
  return nextInstant(instants, now);
}
