import { ARRANGEMENT_2026 } from '../../calendar/fixtures';
import { WorkCalendar } from '../../calendar/work-calendar';
import { applyPenaltyEvents } from '../penalty-reducer';
import { duePenaltyClockEvents, scheduledPenaltyTasks } from '../penalty-tasks';
import { act, at, calendar, opened, SUPERVISOR } from './fixtures';

describe('story: a penalty filed in December, before the next year is loaded', () => {
  // Filed Mon 7 Dec 2026: the 90 days reach 7 Mar 2027, a year whose arrangement is not yet loaded.
  const only2026 = new WorkCalendar([ARRANGEMENT_2026]);
  const filed = act(
    opened('2026-12-07'),
    { type: 'decide_filing', approve: true, note: '同意' },
    SUPERVISOR,
    '2026-12-07',
  );
  const decisionTask = (c: WorkCalendar, s = filed) =>
    scheduledPenaltyTasks(s, c).find((t) => t.key === 'decision_due')!;

  it('shows the decision clock as provisional, never guessed, and raises the missing year once', () => {
    expect(decisionTask(only2026)).toMatchObject({
      dueAt: null,
      dueDate: null,
      actBy: null,
      missingYear: 2027,
    });
    const raised = duePenaltyClockEvents(filed, only2026, at('2026-12-07'));
    expect(raised).toEqual([{ type: 'calendar_year_missing', year: 2027, at: at('2026-12-07') }]);
    const s = applyPenaltyEvents(filed, raised);
    expect(duePenaltyClockEvents(s, only2026, at('2026-12-08'))).toEqual([]);
  });

  it('is firm once 2027 is loaded: due Sun 7 Mar un-rolled, acted on by Fri 5 Mar, rolled end Mon 8 Mar', () => {
    const s = applyPenaltyEvents(filed, [
      { type: 'calendar_year_missing', year: 2027, at: at('2026-12-07') },
    ]);
    const reloaded = applyPenaltyEvents(s, [
      { type: 'calendar_reloaded', years: [2027], at: at('2026-12-20') },
    ]);
    expect(reloaded.missingYears).toEqual([]);
    expect(decisionTask(calendar, reloaded)).toMatchObject({
      dueDate: '2027-03-07',
      actBy: '2027-03-05',
      rolledEnd: '2027-03-08',
      missingYear: null,
    });
  });
});
