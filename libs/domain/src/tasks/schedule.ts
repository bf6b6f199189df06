import { chinaHourOf, endOfChinaDay, shiftWorkingDays } from '../calendar/china-time';
import type { IsoDate } from '../calendar/iso-date';
import { CalendarYearMissingError, type WorkCalendar } from '../calendar/work-calendar';
import { clockEnd, hoursEnd, lastWorkingDayOnOrBefore } from '../rulebook/clock-end';
import { ruleOf, type Rulebook } from '../rulebook/rulebook';
import {
  RUNGS_ABOVE,
  type ProcedureTask,
  type ScheduledTask,
  type TaskClock,
  type TaskMarks,
  type TaskSchedule,
} from './task-types';

interface Due {
  dueAt: number | null;
  dueDate: IsoDate | null;
  actBy: IsoDate | null;
  rolledEnd: IsoDate | null;
  rule: string | null;
  source: string | null;
  paused: boolean;
}

/** A task's due day and instant by its clock's end rule (docs/domain.md §2.4). */
function dueOf(rulebook: Rulebook, clock: TaskClock, calendar: WorkCalendar): Due {
  switch (clock.kind) {
    case 'date':
      return {
        dueAt: endOfChinaDay(clock.due),
        dueDate: clock.due,
        // A day the agency must act on: by its last working day on or before it.
        actBy: clock.actor === 'agency' ? lastWorkingDayOnOrBefore(calendar, clock.due) : null,
        rolledEnd: null,
        rule: null,
        source: clock.basis,
        paused: false,
      };
    case 'days':
    case 'months': {
      const r = ruleOf(rulebook, clock.rule);
      if (r.unit === 'hours' || r.unit === 'yuan') throw new Error(`${clock.rule} is not counted in days`);
      const none = { dueAt: null, dueDate: null, actBy: null, rolledEnd: null };
      if (clock.kind === 'days' && clock.paused)
        return { ...none, rule: clock.rule, source: r.source, paused: true };
      const extra = clock.kind === 'days' ? (clock.extraDays ?? 0) : 0;
      const end = clockEnd(calendar, r, clock.from, extra);
      return {
        dueAt: endOfChinaDay(end.due),
        dueDate: end.due,
        actBy: end.actBy,
        rolledEnd: end.rolledEnd,
        rule: clock.rule,
        source: r.source,
        paused: false,
      };
    }
    case 'hours': {
      const r = ruleOf(rulebook, clock.rule);
      const { dueAt, due } = hoursEnd(r, clock.from);
      return {
        dueAt,
        dueDate: due,
        actBy: null,
        rolledEnd: null,
        rule: clock.rule,
        source: r.source,
        paused: false,
      };
    }
  }
}

/**
 * When a task falls due, when its reminder goes out and when each rung of the ladder is reached, from
 * the pinned rulebook and the working-day calendar. A year without an arrangement is never guessed
 * (docs/domain.md §2): the schedule says which year is missing and carries no instants.
 */
export function scheduleTask(rulebook: Rulebook, task: ProcedureTask, calendar: WorkCalendar): TaskSchedule {
  const rungsAbove = RUNGS_ABOVE[task.assigneeRole];
  const empty: TaskSchedule = {
    dueAt: null,
    dueDate: null,
    actBy: null,
    rolledEnd: null,
    remindAt: null,
    escalateAt: [],
    escalateTo: [],
    rule: null,
    source: null,
    missingYear: null,
    paused: false,
  };
  if (!task.clock) return empty;
  let missingYear: number | null = null;
  // Each instant is computed on its own: a rung in a year not yet loaded leaves the due time intact.
  const attempt = <T>(f: () => T): T | null => {
    try {
      return f();
    } catch (error) {
      if (!(error instanceof CalendarYearMissingError)) throw error;
      missingYear ??= error.year;
      return null;
    }
  };
  const due = attempt(() => dueOf(rulebook, task.clock!, calendar));
  if (!due || due.dueAt === null || due.dueDate === null) return { ...empty, ...due, missingYear };
  const dueDate = due.dueDate;
  // An agency-side reminder counts back from the act-by day; overdue and the ladder start after `due`.
  const remindFrom = due.actBy ?? dueDate;
  const remindAt =
    task.clock.kind === 'hours'
      ? due.dueAt - ruleOf(rulebook, 'reminder.lead_hours').amount * 3600_000
      : attempt(() =>
          chinaHourOf(shiftWorkingDays(calendar, remindFrom, -ruleOf(rulebook, 'reminder.lead').amount), 9),
        );
  const escalateAt: number[] = [];
  let rungDate: IsoDate | null = dueDate;
  for (const to of rungsAbove) {
    const from: IsoDate | null = rungDate;
    rungDate =
      from === null
        ? null
        : attempt(() => shiftWorkingDays(calendar, from, ruleOf(rulebook, `escalation.${to}`).amount));
    if (rungDate === null) break;
    escalateAt.push(endOfChinaDay(rungDate));
  }
  return { ...due, remindAt, escalateAt, escalateTo: rungsAbove.slice(0, escalateAt.length), missingYear };
}

const NO_MARKS: TaskMarks = { reminded: false, overdue: false, escalationLevel: 0 };

/** The open tasks with their schedules and what already happened to them. */
export function scheduleTasks(
  rulebook: Rulebook,
  tasks: ProcedureTask[],
  marks: Record<string, TaskMarks>,
  calendar: WorkCalendar,
): ScheduledTask[] {
  return tasks.map((t) => ({ ...t, ...scheduleTask(rulebook, t, calendar), ...(marks[t.key] ?? NO_MARKS) }));
}

/**
 * A procedure's schedule, remembered for the last state and calendar it was asked for: the workflow
 * asks for the same one several times per step (its clock events, its projection, its search
 * attributes, its next timer), and each answer walks the calendar. States and calendars are replaced,
 * never changed in place, so the same pair always has the same schedule; the answer is frozen so that
 * no caller can change what the next one gets.
 */
export function rememberingLast<S extends object>(
  schedule: (s: S, calendar: WorkCalendar) => ScheduledTask[],
): (s: S, calendar: WorkCalendar) => ScheduledTask[] {
  let last: { s: S; calendar: WorkCalendar; tasks: ScheduledTask[] } | undefined;
  return (s, calendar) => {
    if (last?.s === s && last.calendar === calendar) return last.tasks;
    const tasks = Object.freeze(schedule(s, calendar).map((t) => Object.freeze(t))) as ScheduledTask[];
    last = { s, calendar, tasks };
    return tasks;
  };
}
