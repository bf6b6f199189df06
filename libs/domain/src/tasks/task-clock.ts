import type { CatchUp, ScheduledTask, TaskClockEvent, TaskMarks } from './task-types';

/**
 * What the passage of time alone does to a procedure's tasks: reminders, overdue marks, escalation
 * rungs, a missing calendar year (raised once). The workflow sleeps until `nextTaskInstant`.
 *
 * A task can be overtaken by several of its instants at once: created already late (an accident
 * entered after the fact), or a rung whose calendar year was loaded late. It then gets one event that
 * puts it where its lateness warrants (`catchUp: 'one_step'`), never a burst of reminders and rungs
 * in one instant; a reminder whose due time has passed is not sent at all.
 */
export function taskClockEvents(
  tasks: ScheduledTask[],
  missingYears: number[],
  now: number,
  catchUp: CatchUp = 'one_step',
): TaskClockEvent[] {
  const events: TaskClockEvent[] = [];
  const raised = new Set(missingYears);
  for (const t of tasks) {
    if (t.missingYear !== null && !raised.has(t.missingYear)) {
      raised.add(t.missingYear);
      events.push({ type: 'calendar_year_missing', year: t.missingYear, at: now });
    }
    if (t.dueAt === null) continue;
    if (!t.reminded && t.remindAt !== null && now >= t.remindAt && now < t.dueAt) {
      events.push({ type: 'task_reminded', taskKey: t.key, dueAt: t.dueAt, at: now });
    }
    events.push(...(catchUp === 'one_step' ? catchUpOnce(t, now) : catchUpRungByRung(t, now)));
  }
  return events;
}

/** The rungs whose instant has passed (`escalateAt` ascends), as a level: 0 none, 1 the first… */
function levelReached(t: ScheduledTask, now: number): number {
  return t.escalateAt.filter((instant, i) => now >= instant && t.escalateTo[i] !== undefined).length;
}

function catchUpOnce(t: ScheduledTask, now: number): TaskClockEvent[] {
  const level = levelReached(t, now);
  const to = t.escalateTo[level - 1];
  if (!t.overdue && now >= t.dueAt!) {
    const rung = level > t.escalationLevel && to ? { level, to } : {};
    return [{ type: 'task_overdue', taskKey: t.key, dueAt: t.dueAt!, at: now, ...rung }];
  }
  if (t.overdue && level > t.escalationLevel && to)
    return [{ type: 'task_escalated', taskKey: t.key, level, to, at: now }];
  return [];
}

function catchUpRungByRung(t: ScheduledTask, now: number): TaskClockEvent[] {
  const events: TaskClockEvent[] = [];
  if (!t.overdue && now >= t.dueAt!)
    events.push({ type: 'task_overdue', taskKey: t.key, dueAt: t.dueAt!, at: now });
  t.escalateAt.forEach((instant, i) => {
    const to = t.escalateTo[i];
    if (to && now >= instant && t.escalationLevel < i + 1) {
      events.push({ type: 'task_escalated', taskKey: t.key, level: i + 1, to, at: now });
    }
  });
  return events;
}

/** The instants at which `taskClockEvents` will next have something to say. */
export function taskInstants(tasks: ScheduledTask[]): number[] {
  const instants: number[] = [];
  for (const t of tasks) {
    if (t.dueAt === null) continue;
    if (!t.reminded && !t.overdue && t.remindAt !== null && t.remindAt < t.dueAt) instants.push(t.remindAt);
    if (!t.overdue) instants.push(t.dueAt);
    t.escalateAt.forEach((instant, i) => {
      if (t.escalationLevel < i + 1) instants.push(instant);
    });
  }
  return instants;
}

/** The earliest instant after `now`, or null when nothing waits. */
export function nextInstant(instants: number[], now: number): number | null {
  const future = instants.filter((i) => i > now);
  return future.length ? Math.min(...future) : null;
}

/** Records a clock event on the task marks (other events leave them as they are). */
export function markTask(
  marks: Record<string, TaskMarks>,
  event: { type: string; taskKey?: string; level?: number },
): Record<string, TaskMarks> {
  if (!event.taskKey) return marks;
  const m = marks[event.taskKey] ?? { reminded: false, overdue: false, escalationLevel: 0 };
  switch (event.type) {
    case 'task_reminded':
      return { ...marks, [event.taskKey]: { ...m, reminded: true } };
    case 'task_overdue':
      return {
        ...marks,
        [event.taskKey]: {
          ...m,
          overdue: true,
          escalationLevel: Math.max(m.escalationLevel, event.level ?? 0),
        },
      };
    case 'task_escalated':
      return {
        ...marks,
        [event.taskKey]: { ...m, escalationLevel: Math.max(m.escalationLevel, event.level ?? 0) },
      };
    default:
      return marks;
  }
}
