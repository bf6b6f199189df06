import { dueClockEvents, nextClockInstant } from '../case-clock';
import { scheduledTasks } from '../case-tasks';
import { applyCaseEvents } from '../case-reducer';
import { at, calendar2026, iso, rectifyingCase } from './fixtures';

describe('story: a rectification deadline just before National Day 2026', () => {
  // Deadline Thu 24 Sep; 10 calendar days later is Sun 4 Oct, inside the holiday (1–7 Oct). The
  // re-inspection is the agency's limit, so it is due on that un-rolled day (docs/domain.md §2.4), to
  // be done by the last working day before it, Wed 30 Sep; the rolled end, Thu 8 Oct, is information.
  // Reminder: 2 working days before the act-by day, Mon 28 Sep. Overdue after 4 Oct; 1 working day
  // later, Thu 8 Oct, the supervisor; 3 more working days — Sat 10 Oct is a make-up working day —
  // Mon 12 Oct, the agency head.
  const state = rectifyingCase('2026-09-10', '2026-09-24');

  it('schedules due, reminder and both rungs across the holiday and the make-up Saturday', () => {
    const [task] = scheduledTasks(state, calendar2026);
    expect(task).toMatchObject({
      kind: 'reinspect',
      dueDate: '2026-10-04',
      actBy: '2026-09-30',
      rolledEnd: '2026-10-08',
      rule: 'reinspection.due',
    });
    expect(iso(task!.dueAt)).toBe('2026-10-04T16:00:00.000Z');
    expect(iso(task!.remindAt)).toBe('2026-09-28T01:00:00.000Z');
    expect(task!.escalateAt.map(iso)).toEqual(['2026-10-08T16:00:00.000Z', '2026-10-12T16:00:00.000Z']);
    expect(task!.escalateTo).toEqual(['supervisor', 'head']);
  });

  it('fires each clock event once, at its instant, and nothing in between', () => {
    let s = state;
    const fired: string[] = [];
    let now = at('2026-09-11');
    for (
      let next = nextClockInstant(s, calendar2026, now);
      next !== null;
      next = nextClockInstant(s, calendar2026, now)
    ) {
      now = next;
      const events = dueClockEvents(s, calendar2026, now);
      fired.push(
        ...events.map((e) => `${iso(now)} ${e.type}${e.type === 'task_escalated' ? `→${e.to}` : ''}`),
      );
      s = applyCaseEvents(s, events);
    }
    expect(fired).toEqual([
      '2026-09-28T01:00:00.000Z task_reminded',
      '2026-10-04T16:00:00.000Z task_overdue',
      '2026-10-08T16:00:00.000Z task_escalated→supervisor',
      '2026-10-12T16:00:00.000Z task_escalated→head',
    ]);
    expect(s.taskMarks['reinspect:2026-09-24']).toEqual({
      reminded: true,
      overdue: true,
      escalationLevel: 2,
    });
  });
});
