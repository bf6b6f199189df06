import type { WorkCalendar } from '../calendar/work-calendar';
import type { Rulebook } from '../rulebook/rulebook';
import { scheduleTasks } from './schedule';
import { nextInstant, taskClockEvents, taskInstants } from './task-clock';
import type { CatchUp, ProcedureTask, ScheduledTask, TaskClockEvent, TaskMarks } from './task-types';

/** A task; its kind is the key up to the first `:` (`handle_evidence:E1` → `handle_evidence`). */
export function task(
  key: string,
  title: string,
  assigneeRole: ProcedureTask['assigneeRole'],
  clock: ProcedureTask['clock'] = null,
  subject: string | null = null,
): ProcedureTask {
  return { key, kind: key.split(':')[0]!, title, assigneeRole, subject, clock };
}

interface Clocked {
  rulebook: Rulebook;
  taskMarks: Record<string, TaskMarks>;
  missingYears: number[];
}

/**
 * The schedule, the due clock events and the next instant of a procedure whose only clocks are its
 * tasks' (a transfer, an accident): everything follows from `openTasks`.
 */
export function taskClockOf<S extends Clocked>(openTasks: (s: S) => ProcedureTask[]) {
  const scheduled = (s: S, calendar: WorkCalendar): ScheduledTask[] =>
    scheduleTasks(s.rulebook, openTasks(s), s.taskMarks, calendar);
  return {
    scheduled,
    due: (s: S, calendar: WorkCalendar, now: number, catchUp?: CatchUp): TaskClockEvent[] =>
      taskClockEvents(scheduled(s, calendar), s.missingYears, now, catchUp),
    next: (s: S, calendar: WorkCalendar, now: number): number | null =>
      nextInstant(taskInstants(scheduled(s, calendar)), now),
  };
}
