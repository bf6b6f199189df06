import { remediesCloseOn } from '../penalty-rules';
import { courtWindow } from '../penalty-clocks';
import { applyPenaltyEvents } from '../penalty-reducer';
import type { PenaltyState } from '../penalty-types';
import { RULEBOOK_2026_V1 } from '../../rulebook/rulebook';
import { act, at, calendar, HEAD, OFFICER, refusal, run, servedFine } from './fixtures';

/**
 * The ¥10,000 fine of the fixtures, served Tue 10 Nov 2026. The party applies for reconsideration on
 * Fri 20 Nov; the reconsideration organ upholds the decision and the party receives it on Thu 14 Jan
 * 2027. From then on the party has 15 days to sue (行政诉讼法 第45条) — to Fri 29 Jan — not the
 * 6 months from service (第46条, to 10 May); the 3 months for court enforcement (行政强制法 第53条)
 * run from 29 Jan, to 29 Apr 2027.
 */
function upheld(): PenaltyState {
  return run(servedFine(), [
    [{ type: 'record_publication', publishedOn: '2026-11-11' }, OFFICER, '2026-11-11'],
    [{ type: 'record_remedy', kind: 'reconsideration', filedOn: '2026-11-20' }, OFFICER, '2026-11-20'],
    [
      { type: 'record_remedy_outcome', kind: 'reconsideration', endedOn: '2027-01-14', outcome: 'upheld' },
      OFFICER,
      '2027-01-14',
    ],
  ]);
}

describe('story: a reconsideration upheld — the 15 days to sue, then 3 months for the court', () => {
  it('closes the remedies 15 days after the reconsideration decision, not 6 months after service', () => {
    const s = upheld();
    expect(remediesCloseOn(calendar, RULEBOOK_2026_V1, '2026-11-10', s.remedies)).toBe('2027-01-29');
    // Without a reconsideration the 6 months of 第46条 apply: 10 Nov 2026 → 10 May 2027.
    expect(remediesCloseOn(calendar, RULEBOOK_2026_V1, '2026-11-10', [])).toBe('2027-05-10');
  });

  it('accepts a lawsuit on the 15th day, Fri 29 Jan, and refuses it on Mon 1 Feb', () => {
    const s = upheld();
    expect(
      act(s, { type: 'record_remedy', kind: 'lawsuit', filedOn: '2027-01-29' }, OFFICER, '2027-01-29')
        .remedies,
    ).toHaveLength(2);
    expect(
      refusal(s, { type: 'record_remedy', kind: 'lawsuit', filedOn: '2027-02-01' }, OFFICER, '2027-02-01'),
    ).toMatch(/^case\.invalid: the lawsuit window closed on 2027-01-29/);
  });

  it('refuses a second reconsideration and a reconsideration after a lawsuit', () => {
    expect(
      refusal(
        upheld(),
        { type: 'record_remedy', kind: 'reconsideration', filedOn: '2027-01-15' },
        OFFICER,
        '2027-01-15',
      ),
    ).toMatch(/^case\.wrong_stage: .*行政复议法 第29条/);
  });

  it('lets the court be applied to from the demand’s 10 working days to 29 Apr 2027, 3 months after the 15 days', () => {
    // The clock's demand (more than 30 days of surcharge, counted without the reconsideration's days).
    let s = applyPenaltyEvents(upheld(), [{ type: 'demand_due', at: at('2027-02-16'), surchargeDays: 30 }]);
    s = act(s, { type: 'serve_demand', servedOn: '2027-02-16' }, OFFICER, '2027-02-16');
    // 10 working days after Tue 16 Feb 2027 (the stand-in 2027: weekends only) end Tue 2 Mar.
    expect(courtWindow(s, calendar)).toEqual({
      earliest: '2027-03-03',
      latest: '2027-04-29',
      remediesCloseOn: '2027-01-29',
    });
    expect(
      refusal(s, { type: 'apply_court_enforcement', filedOn: '2027-04-30' }, HEAD, '2027-04-30'),
    ).toMatch('2027-04-29');
    expect(
      act(s, { type: 'apply_court_enforcement', filedOn: '2027-04-29' }, HEAD, '2027-04-29').courtApplication,
    ).toEqual({ filedOn: '2027-04-29' });
  });

  it('waits while a lawsuit on the reconsideration decision is pending, then counts from its end', () => {
    let s = act(
      upheld(),
      { type: 'record_remedy', kind: 'lawsuit', filedOn: '2027-01-25' },
      OFFICER,
      '2027-01-25',
    );
    expect(remediesCloseOn(calendar, RULEBOOK_2026_V1, '2026-11-10', s.remedies)).toBeNull();
    s = act(
      s,
      { type: 'record_remedy_outcome', kind: 'lawsuit', endedOn: '2027-03-10', outcome: 'upheld' },
      OFFICER,
      '2027-03-10',
    );
    expect(remediesCloseOn(calendar, RULEBOOK_2026_V1, '2026-11-10', s.remedies)).toBe('2027-03-10');
  });
});
