import type { WorkCalendar } from '../calendar/work-calendar';
import { msg, renderMessage, type Message, type MessageKey, type ParamArgs } from '../i18n/message';
import type { Rulebook } from '../rulebook/rulebook';
import { rememberingLast, scheduleTasks } from './schedule';
import { nextInstant, taskClockEvents, taskInstants } from './task-clock';
import type { CatchUp, ProcedureTask, ScheduledTask, TaskClockEvent, TaskMarks } from './task-types';

type TitleKey = Extract<MessageKey, `task.${string}`>;

/** A task's title: `taskTitle('task.record_hearing', { date })`. */
export function taskTitle<K extends TitleKey>(key: K, ...params: ParamArgs<K>): Message {
  return msg(key, ...params);
}

/**
 * A task of a kind (`task.<kind>` names its title); its key is the kind, or the kind and what it is
 * about (`handle_evidence:E1`).
 */
export function task(
  key: string,
  text: Message,
  assigneeRole: ProcedureTask['assigneeRole'],
  clock: ProcedureTask['clock'] = null,
  subject: string | null = null,
  kind = key.split(':')[0]!,
): ProcedureTask {
  return { key, kind, title: renderMessage(text, 'en'), text, assigneeRole, subject, clock };
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
  const scheduled = rememberingLast((s: S, calendar: WorkCalendar): ScheduledTask[] =>
    scheduleTasks(s.rulebook, openTasks(s), s.taskMarks, calendar),
  );
  return {
    scheduled,
    due: (s: S, calendar: WorkCalendar, now: number, catchUp?: CatchUp): TaskClockEvent[] =>
      taskClockEvents(scheduled(s, calendar), s.missingYears, now, catchUp),
    next: (s: S, calendar: WorkCalendar, now: number): number | null =>
      nextInstant(taskInstants(scheduled(s, calendar)), now),
  };
}
