import { hearingRight, summaryProcedureAllowed } from '../../penalty/penalty-rules';
import { act, opened, refusal, SUPERVISOR, OFFICER } from '../../penalty/scenarios/fixtures';
import { RULEBOOK_2026_V1 } from '../../rulebook/rulebook';
import { principalFineRange } from '../accident-rules';

const individual = {
  name: '王某',
  idNumber: '11010519491231002X',
  position: '总经理',
  lastYearIncomeFen: 36_000_000,
};

describe('story: the 总经理 of a unit that reported late on 14 Sep 2026, fined on ¥360,000 of last year’s income', () => {
  const range = principalFineRange(RULEBOOK_2026_V1, individual.lastYearIncomeFen);
  const filed = act(
    opened('2026-09-15', {
      party: 'individual',
      partyName: '王某',
      creditCode: null,
      individual,
      incomeFine: range,
    }),
    { type: 'decide_filing', approve: true, note: '同意立案' },
    SUPERVISOR,
    '2026-09-15',
  );
  const notice = (fineFen: number) => ({
    type: 'serve_notice' as const,
    servedOn: '2026-09-22',
    sanctions: ['fine' as const],
    fineFen,
    facts: '迟报事故',
    legalBasis: '安全生产法 第110条',
  });

  it('ranges from 60% to 100% of the income, by the rulebook (安全生产法 第110条)', () => {
    expect(range).toEqual({
      rule: 'fine.principal_income',
      minFen: 21_600_000,
      maxFen: 36_000_000,
      source: '安全生产法 第110条',
    });
    // Whole fen stay inside the range: 60% of ¥1,000.01 is ¥600.006, so at least ¥600.01.
    expect(principalFineRange(RULEBOOK_2026_V1, 100_001).minFen).toBe(60_001);
  });

  it('refuses a notice below 60% or above 100%, and accepts ¥216,000 with the right to a hearing', () => {
    expect(refusal(filed, notice(21_599_999), OFFICER, '2026-09-22')).toMatch(
      'between 216000.00 and 360000.00 yuan',
    );
    expect(refusal(filed, notice(36_000_001), OFFICER, '2026-09-22')).toMatch('case.invalid');
    const noticed = act(filed, notice(21_600_000), OFFICER, '2026-09-22');
    expect(noticed.notice).toMatchObject({ fineFen: 21_600_000, hearingRight: true });
  });

  it('applies the individual thresholds: on the spot at most ¥200, a hearing from ¥20,000', () => {
    expect(summaryProcedureAllowed(RULEBOOK_2026_V1, 'individual', ['fine'], 20_000)).toBe(true);
    expect(summaryProcedureAllowed(RULEBOOK_2026_V1, 'individual', ['fine'], 20_001)).toBe(false);
    expect(hearingRight(RULEBOOK_2026_V1, 'individual', ['fine'], 2_000_000)).toBe(true);
    expect(hearingRight(RULEBOOK_2026_V1, 'individual', ['fine'], 1_999_999)).toBe(false);
    // The same fine on a unit is below its ¥50,000.
    expect(hearingRight(RULEBOOK_2026_V1, 'unit', ['fine'], 2_000_000)).toBe(false);
  });
});
