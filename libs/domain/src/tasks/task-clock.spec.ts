import { taskClockEvents } from './task-clock';
import type { ScheduledTask } from './task-types';
import { specTask } from '../spec-support';

const hour = 3600_000;
const due = 100 * hour;
/** An officer's task due at `due`, reminded 6 h before, at the supervisor 24 h after, the head 72 h after. */
const task = (marks: Partial<ScheduledTask> = {}): ScheduledTask =>
  specTask({
    dueAt: due,
    remindAt: due - 6 * hour,
    escalateAt: [due + 24 * hour, due + 72 * hour],
    escalateTo: ['supervisor', 'head'],
    ...marks,
  });
const events = (t: ScheduledTask, now: number) => taskClockEvents([t], [], now);

describe('a task that time has overtaken catches up in one event', () => {
  it('on its own instants, one mark at a time, as always', () => {
    expect(events(task(), due - 6 * hour)).toEqual([
      { type: 'task_reminded', taskKey: 'k', dueAt: due, at: due - 6 * hour },
    ]);
    expect(events(task({ reminded: true }), due)).toEqual([
      { type: 'task_overdue', taskKey: 'k', dueAt: due, at: due },
    ]);
    expect(events(task({ reminded: true, overdue: true }), due + 24 * hour)).toEqual([
      { type: 'task_escalated', taskKey: 'k', level: 1, to: 'supervisor', at: due + 24 * hour },
    ]);
  });

  it('found past its due time but before a rung: overdue, and no reminder for a time already gone', () => {
    expect(events(task(), due + hour)).toEqual([
      { type: 'task_overdue', taskKey: 'k', dueAt: due, at: due + hour },
    ]);
  });

  it('found past both rungs: overdue at the head in one event', () => {
    const now = due + 80 * hour;
    expect(events(task(), now)).toEqual([
      { type: 'task_overdue', taskKey: 'k', dueAt: due, at: now, level: 2, to: 'head' },
    ]);
    expect(taskClockEvents([task()], [], now, 'every_rung').map((e) => e.type)).toEqual([
      'task_overdue',
      'task_escalated',
      'task_escalated',
    ]);
  });

  it('already overdue and two rungs behind (e.g. a calendar year loaded late): straight to the head', () => {
    const now = due + 80 * hour;
    expect(events(task({ reminded: true, overdue: true }), now)).toEqual([
      { type: 'task_escalated', taskKey: 'k', level: 2, to: 'head', at: now },
    ]);
    expect(events(task({ overdue: true, escalationLevel: 2 }), now)).toEqual([]);
  });
});
