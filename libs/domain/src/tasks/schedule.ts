import { chinaDateOf, chinaHourOf, endOfChinaDay, shiftWorkingDays } from '../calendar/china-time';
import { computeDeadline } from '../calendar/deadline';
import { addDays, type IsoDate } from '../calendar/iso-date';
import { CalendarYearMissingError, type WorkCalendar } from '../calendar/work-calendar';
import { addMonths } from '../calendar/months';
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
  rule: string | null;
  source: string | null;
  paused: boolean;
}

function dueOf(rulebook: Rulebook, clock: TaskClock, calendar: WorkCalendar): Due {
  switch (clock.kind) {
    case 'date':
      return {
        dueAt: endOfChinaDay(clock.due),
        dueDate: clock.due,
        rule: null,
        source: clock.basis,
        paused: false,
      };
    case 'days': {
      const r = ruleOf(rulebook, clock.rule);
      if (r.unit !== 'working_days' && r.unit !== 'calendar_days')
        throw new Error(`${clock.rule} is not in days`);
      if (clock.paused)
        return { dueAt: null, dueDate: null, rule: clock.rule, source: r.source, paused: true };
      const { due } = computeDeadline(calendar, clock.from, r.amount + (clock.extraDays ?? 0), r.unit);
      return { dueAt: endOfChinaDay(due), dueDate: due, rule: clock.rule, source: r.source, paused: false };
    }
    case 'hours': {
      const r = ruleOf(rulebook, clock.rule);
      const dueAt = clock.from + r.amount * 3600_000;
      return { dueAt, dueDate: chinaDateOf(dueAt - 1), rule: clock.rule, source: r.source, paused: false };
    }
    case 'months': {
      const r = ruleOf(rulebook, clock.rule);
      const months = r.unit === 'years' ? r.amount * 12 : r.amount;
      if (r.unit !== 'months' && r.unit !== 'years') throw new Error(`${clock.rule} is not in months`);
      // A period whose last day is a rest day ends on the next working day (民事诉讼法 第85条).
      let due = addMonths(clock.from, months);
      while (!calendar.isWorkingDay(due)) due = addDays(due, 1);
      return { dueAt: endOfChinaDay(due), dueDate: due, rule: clock.rule, source: r.source, paused: false };
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
  const remindAt =
    task.clock.kind === 'hours'
      ? due.dueAt - ruleOf(rulebook, 'reminder.lead_hours').amount * 3600_000
      : attempt(() =>
          chinaHourOf(shiftWorkingDays(calendar, dueDate, -ruleOf(rulebook, 'reminder.lead').amount), 9),
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
