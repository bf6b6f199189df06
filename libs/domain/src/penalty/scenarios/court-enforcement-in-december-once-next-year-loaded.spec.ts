import { ARRANGEMENT_2026 } from '../../calendar/fixtures';
import { CalendarYearMissingError, WorkCalendar } from '../../calendar/work-calendar';
import { courtWindow } from '../penalty-clocks';
import { decidePenalty } from './fixtures';
import { applyPenaltyEvents } from '../penalty-reducer';
import type { PenaltyState } from '../penalty-types';
import { act, at, calendar, HEAD, OFFICER, opened, run, SUPERVISOR } from './fixtures';

const fine = {
  sanctions: ['fine' as const],
  fineFen: 1_000_000,
  facts: '未如实记录隐患排查治理情况',
  legalBasis: '安全生产法 第101条',
};

/** A ¥10,000 fine served Mon 1 Jun 2026, left unpaid; the written demand served Mon 2 Nov. */
function demanded(): PenaltyState {
  const served = run(opened('2026-05-04'), [
    [{ type: 'decide_filing', approve: true, note: '同意' }, SUPERVISOR, '2026-05-04'],
    [{ type: 'serve_notice', servedOn: '2026-05-11', ...fine }, OFFICER, '2026-05-11'],
    [{ type: 'submit_for_decision' }, OFFICER, '2026-05-15'],
    [{ type: 'decide_penalty', ...fine }, HEAD, '2026-05-25'],
    [{ type: 'record_service', servedOn: '2026-06-01', method: 'direct' }, OFFICER, '2026-06-01'],
  ]);
  const due = applyPenaltyEvents(served, [{ type: 'demand_due', at: at('2026-07-20'), surchargeDays: 30 }]);
  return act(due, { type: 'serve_demand', servedOn: '2026-11-02' }, OFFICER, '2026-11-02');
}

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
