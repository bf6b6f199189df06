import type { ScheduledTask, TaskClockEvent, TaskMarks } from './task-types';

/**
 * What the passage of time alone does to a procedure's tasks: reminders, overdue marks, escalation
 * rungs, a missing calendar year (raised once). The workflow sleeps until `nextTaskInstant`.
 */
export function taskClockEvents(
  tasks: ScheduledTask[],
  missingYears: number[],
  now: number,
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
    if (!t.overdue && now >= t.dueAt)
      events.push({ type: 'task_overdue', taskKey: t.key, dueAt: t.dueAt, at: now });
    t.escalateAt.forEach((instant, i) => {
      const to = t.escalateTo[i];
      if (to && now >= instant && t.escalationLevel < i + 1) {
        events.push({ type: 'task_escalated', taskKey: t.key, level: i + 1, to, at: now });
      }
    });
  }
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
      return { ...marks, [event.taskKey]: { ...m, overdue: true } };
    case 'task_escalated':
      return {
        ...marks,
        [event.taskKey]: { ...m, escalationLevel: Math.max(m.escalationLevel, event.level ?? 0) },
      };
    default:
      return marks;
  }
}
