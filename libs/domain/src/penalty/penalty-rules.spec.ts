import { msg, term } from '../i18n/message';
import { ARRANGEMENT_2026 } from '../calendar/fixtures';
import { WorkCalendar } from '../calendar/work-calendar';
import { RULEBOOK_2026_V1 } from '../rulebook/rulebook';
import {
  addMonths,
  closureProposalReason,
  courtEnforcementWindow,
  hearingRight,
  penaltyRose,
  summaryProcedureAllowed,
} from './penalty-rules';

describe('penalty procedure rules (行政处罚法, 行政强制法, 安全生产法)', () => {
  it('allows the summary procedure up to ¥3,000 for units and ¥200 for individuals, warnings always', () => {
    expect(summaryProcedureAllowed(RULEBOOK_2026_V1, 'unit', ['fine'], 300_000)).toBe(true);
    expect(summaryProcedureAllowed(RULEBOOK_2026_V1, 'unit', ['fine'], 300_001)).toBe(false);
    expect(summaryProcedureAllowed(RULEBOOK_2026_V1, 'individual', ['fine'], 20_000)).toBe(true);
    expect(summaryProcedureAllowed(RULEBOOK_2026_V1, 'individual', ['fine'], 20_100)).toBe(false);
    expect(summaryProcedureAllowed(RULEBOOK_2026_V1, 'unit', ['warning'], 0)).toBe(true);
    expect(summaryProcedureAllowed(RULEBOOK_2026_V1, 'unit', ['suspension'], 0)).toBe(false);
  });

  it('gives a hearing right for large fines (units ≥ ¥50,000, individuals ≥ ¥20,000) and heavy sanctions', () => {
    expect(hearingRight(RULEBOOK_2026_V1, 'unit', ['fine'], 5_000_000)).toBe(true);
    expect(hearingRight(RULEBOOK_2026_V1, 'unit', ['fine'], 4_999_900)).toBe(false);
    expect(hearingRight(RULEBOOK_2026_V1, 'individual', ['fine'], 2_000_000)).toBe(true);
    expect(hearingRight(RULEBOOK_2026_V1, 'unit', ['warning', 'suspension'], 0)).toBe(true);
    expect(hearingRight(RULEBOOK_2026_V1, 'unit', ['closure'], 0)).toBe(true);
  });

  it('refuses a decision heavier than the intended penalty (第45条)', () => {
    const intended = { sanctions: ['fine'] as const, fineFen: 5_000_000 };
    expect(penaltyRose(intended, { sanctions: ['fine'], fineFen: 4_000_000 })).toBeUndefined();
    expect(penaltyRose(intended, { sanctions: ['fine'], fineFen: 5_000_100 })?.key).toBe(
      'penalty.fine_higher',
    );
    expect(penaltyRose(intended, { sanctions: ['fine', 'suspension'], fineFen: 1 })).toEqual(
      msg('penalty.sanctions_added', { sanctions: { allOf: [term('suspension')] } }),
    );
  });

  it('adds months with the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-03-02', 6)).toBe('2026-09-02');
  });

  it('opens the court-enforcement window after the remedy windows close and 10 working days after the demand', () => {
    const calendar = new WorkCalendar([ARRANGEMENT_2026]);
    // Decision served Mon 2 Mar: reconsideration until 1 May → holiday → Wed 6 May; lawsuit until 2 Sep.
    const w = courtEnforcementWindow(calendar, RULEBOOK_2026_V1, '2026-03-02', '2026-08-10');
    expect(w).toEqual({ remediesCloseOn: '2026-09-02', earliest: '2026-09-03', latest: '2026-12-02' });
    // A demand served later: 10 working days after Mon 14 Sep is Tue 29 Sep (the 20 Sep make-up Sunday counts).
    expect(courtEnforcementWindow(calendar, RULEBOOK_2026_V1, '2026-03-02', '2026-09-14')?.earliest).toBe(
      '2026-09-29',
    );
  });

  it('proposes closure after 3 penalties in 180 days or 4 in a year with a major hidden danger (第113条)', () => {
    const unit = (dates: string[], major = true, refused = false) => ({
      penaltyDecisionDates: dates,
      hasMajorHiddenDanger: major,
      refusedSuspension: refused,
    });
    // "180日内" includes day 180 (民法典 第1259条): 10 Jan + 180 days is 9 Jul.
    expect(closureProposalReason(unit(['2026-01-10', '2026-03-01', '2026-07-09']))).toMatch(/180 days/);
    expect(closureProposalReason(unit(['2026-01-10', '2026-03-01', '2026-07-10']))).toBeUndefined();
    // "一年内" includes the anniversary day.
    expect(closureProposalReason(unit(['2026-01-10', '2026-04-01', '2026-08-01', '2027-01-10']))).toMatch(
      /a year/,
    );
    expect(
      closureProposalReason(unit(['2026-01-10', '2026-04-01', '2026-08-01', '2027-01-11'])),
    ).toBeUndefined();
    expect(closureProposalReason(unit(['2026-01-10', '2026-03-01', '2026-03-02'], false))).toBeUndefined();
    expect(closureProposalReason(unit([], false, true))).toMatch(/suspension/);
  });
});
