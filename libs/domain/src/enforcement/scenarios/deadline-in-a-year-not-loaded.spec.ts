import { dueClockEvents, nextClockInstant } from '../case-clock';
import { applyCaseEvents } from '../case-reducer';
import { scheduledTasks } from '../case-tasks';
import { WorkCalendar } from '../../calendar/work-calendar';
import { ARRANGEMENT_2026 } from '../../calendar/fixtures';
import { at, calendar2026, rectifyingCase } from './fixtures';

describe('story: a re-inspection falls due in 2027 before the 2027 arrangement is published', () => {
  const s = rectifyingCase('2026-12-10', '2026-12-28');

  it('is never guessed: the task carries no due time, the missing year is raised once, a load recomputes it', () => {
    const [task] = scheduledTasks(s, calendar2026);
    expect(task).toMatchObject({ dueAt: null, missingYear: 2027 });
    expect(nextClockInstant(s, calendar2026, at('2026-12-11'))).toBeNull();
    const events = dueClockEvents(s, calendar2026, at('2026-12-11'));
    expect(events).toEqual([{ type: 'calendar_year_missing', year: 2027, at: at('2026-12-11') }]);
    const raised = applyCaseEvents(s, events);
    expect(dueClockEvents(raised, calendar2026, at('2026-12-12'))).toEqual([]);

    const with2027 = new WorkCalendar([
      ARRANGEMENT_2026,
      { year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [] },
    ]);
    const reloaded = applyCaseEvents(raised, [
      { type: 'calendar_reloaded', years: [2026, 2027], at: at('2026-12-20') },
    ]);
    expect(reloaded.missingYears).toEqual([]);
    // 28 Dec + 10 = Thu 7 Jan 2027.
    expect(scheduledTasks(reloaded, with2027)[0]?.dueDate).toBe('2027-01-07');
  });
});
