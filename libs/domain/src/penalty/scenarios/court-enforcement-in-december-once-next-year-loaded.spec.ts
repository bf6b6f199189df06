import { ARRANGEMENT_2026 } from '../../calendar/fixtures';
import { CalendarYearMissingError, WorkCalendar } from '../../calendar/work-calendar';
import { courtWindow } from '../penalty-clocks';
import { act, at, calendar, decidePenalty, demandedFine as demanded, HEAD } from './fixtures';

describe('story: court enforcement applied for in December, before and after next year is loaded', () => {
  // The lawsuit window closes Tue 1 Dec 2026 (six months from 1 Jun); court enforcement may be
  // applied for from 2 Dec and within 3 months, to 1 Mar 2027 — a day of a year not yet loaded.
  const only2026 = new WorkCalendar([ARRANGEMENT_2026]);
  const apply = { type: 'apply_court_enforcement' as const, filedOn: '2026-12-07' };

  it('cannot tell the window while 2027 is missing: refused, never guessed', () => {
    expect(() => courtWindow(demanded(), only2026)).toThrow(CalendarYearMissingError);
    expect(() => decidePenalty(demanded(), apply, HEAD, at('2026-12-07'), only2026)).toThrow(
      CalendarYearMissingError,
    );
  });

  it('is accepted once 2027 is loaded (the workflow reloads its calendar on the load)', () => {
    expect(courtWindow(demanded(), calendar)).toEqual({
      earliest: '2026-12-02',
      latest: '2027-03-01',
      remediesCloseOn: '2026-12-01',
    });
    const s = act(demanded(), apply, HEAD, '2026-12-07');
    expect(s.courtApplication?.filedOn).toBe('2026-12-07');
  });
});
