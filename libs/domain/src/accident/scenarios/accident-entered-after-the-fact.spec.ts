import { applyAccidentEvents } from '../accident-reducer';
import { dueAccidentClockEvents, nextAccidentClockInstant, scheduledAccidentTasks } from '../accident-tasks';
import { at, calendar, reported } from './fixtures';

describe('story: an accident entered months after it happened starts at the rung its lateness warrants', () => {
  // Happened on 2 March, entered on 1 June: the 60-day report (第29条) was due at the start of May.
  const entered = () => reported({ occurredAt: at('2026-03-02', 8), reportedAt: at('2026-06-01', 10) });
  const now = at('2026-06-01', 10);

  it('is overdue at the head at once, in one event (no reminder, no rung-by-rung burst)', () => {
    const s = entered();
    const report = scheduledAccidentTasks(s, calendar).find((t) => t.key === 'submit_report')!;
    expect(report.escalateTo).toEqual(['supervisor', 'head']);
    expect(report.escalateAt[1]).toBeLessThan(now);
    const passUp = scheduledAccidentTasks(s, calendar).find((t) => t.key === 'pass_report_up')!;
    expect(dueAccidentClockEvents(s, calendar, now)).toEqual([
      // The two-hour clock to pass the report up runs from the entry: its reminder is due at once.
      { type: 'task_reminded', taskKey: 'pass_report_up', dueAt: passUp.dueAt, at: now },
      { type: 'task_overdue', taskKey: 'submit_report', dueAt: report.dueAt, at: now, level: 2, to: 'head' },
    ]);
  });

  it('once recorded, the task sits at the head and nothing fires again for it', () => {
    const s = applyAccidentEvents(entered(), dueAccidentClockEvents(entered(), calendar, now));
    expect(s.taskMarks.submit_report).toEqual({ reminded: false, overdue: true, escalationLevel: 2 });
    expect(dueAccidentClockEvents(s, calendar, now + 1)).toEqual([]);
    // What still waits is the other clock: passing the report up, two hours after it was entered.
    expect(nextAccidentClockInstant(s, calendar, now)).toBe(at('2026-06-01', 12));
  });

  it('the old rung-by-rung way (kept for recorded histories) would have fired three events at once', () => {
    const burst = dueAccidentClockEvents(entered(), calendar, now, 'every_rung');
    expect(burst.filter((e) => 'taskKey' in e && e.taskKey === 'submit_report').map((e) => e.type)).toEqual([
      'task_overdue',
      'task_escalated',
      'task_escalated',
    ]);
  });
});
