import type { WorkCalendar } from '../calendar/work-calendar';
import type { CaseEvent } from './case-events';
import type { CaseState } from './case-types';
import { scheduledTasks } from './case-tasks';

/**
 * What the passage of time alone does to a case: reminders, overdue marks, escalation rungs, a cut-off
 * notice running out, a missing calendar year. The workflow sleeps until `nextClockInstant` and then
 * applies `dueClockEvents` — one durable timer at a time, never polling.
 */
export function dueClockEvents(state: CaseState, calendar: WorkCalendar, now: number): CaseEvent[] {
  if (state.stage === 'closed') return [];
  const events: CaseEvent[] = [];
  for (const t of scheduledTasks(state, calendar)) {
    if (t.missingYear !== null && !state.missingYears.includes(t.missingYear)) {
      events.push({ type: 'calendar_year_missing', year: t.missingYear, at: now });
    }
    if (t.dueAt === null) continue;
    if (!t.reminded && t.remindAt !== null && now >= t.remindAt && now < t.dueAt) {
      events.push({ type: 'task_reminded', taskKey: t.key, dueAt: t.dueAt, at: now });
    }
    if (!t.overdue && now >= t.dueAt) {
      events.push({ type: 'task_overdue', taskKey: t.key, dueAt: t.dueAt, at: now });
    }
    t.escalateAt.forEach((instant, i) => {
      const to = t.escalateTo[i];
      if (to && now >= instant && t.escalationLevel < i + 1) {
        events.push({ type: 'task_escalated', taskKey: t.key, level: i + 1, to, at: now });
      }
    });
  }
  for (const m of state.measures) {
    if (m.status === 'noticed' && m.noticeUntil !== null && now >= m.noticeUntil) {
      events.push({ type: 'measure_effective', measureId: m.id, at: now });
    }
  }
  // One year can block several tasks: raise it once.
  return events.filter(
    (e, i) =>
      e.type !== 'calendar_year_missing' ||
      events.findIndex((o) => o.type === 'calendar_year_missing' && o.year === e.year) === i,
  );
}

/** The next instant at which `dueClockEvents` will have something to say, or null when nothing waits. */
export function nextClockInstant(state: CaseState, calendar: WorkCalendar, now: number): number | null {
  if (state.stage === 'closed') return null;
  const instants: number[] = [];
  for (const t of scheduledTasks(state, calendar)) {
    if (t.dueAt === null) continue;
    if (!t.reminded && !t.overdue && t.remindAt !== null && t.remindAt < t.dueAt) instants.push(t.remindAt);
    if (!t.overdue) instants.push(t.dueAt);
    t.escalateAt.forEach((instant, i) => {
      if (t.escalationLevel < i + 1) instants.push(instant);
    });
  }
  for (const m of state.measures) {
    if (m.status === 'noticed' && m.noticeUntil !== null) instants.push(m.noticeUntil);
  }
  const future = instants.filter((i) => i > now);
  return future.length ? Math.min(...future) : null;
}
