import { act, opened, refusal, SUPERVISOR } from './fixtures';

describe('story: 立案 of an act older than the limitation is refused with the reason', () => {
  // 行政处罚法 第36条: no penalty once 2 years have passed since the act (5 where life or health was at
  // stake and harm followed). The limitation is the agency's: it ends on its un-rolled last day.
  const approve = (actOn: string, lifeOrHealthHarmed?: boolean) => ({
    type: 'decide_filing' as const,
    approve: true,
    note: '同意立案',
    actOn,
    ...(lifeOrHealthHarmed === undefined ? {} : { lifeOrHealthHarmed }),
  });

  it('files an act of 21 Sep 2024 on its last day, 21 Sep 2026, and refuses it a day later', () => {
    expect(act(opened('2026-09-18'), approve('2024-09-21'), SUPERVISOR, '2026-09-21').stage).toBe(
      'investigating',
    );
    expect(refusal(opened('2026-09-18'), approve('2024-09-20'), SUPERVISOR, '2026-09-21')).toBe(
      'case.invalid: the act of 2024-09-20 is past the 2-year limitation, which ended on 2026-09-20 (行政处罚法 第36条): it cannot be filed',
    );
  });

  it('applies 5 years where life or health was at stake with harm', () => {
    expect(act(opened('2026-09-18'), approve('2022-03-01', true), SUPERVISOR, '2026-09-21').stage).toBe(
      'investigating',
    );
    expect(refusal(opened('2026-09-18'), approve('2021-09-20', true), SUPERVISOR, '2026-09-21')).toMatch(
      '5-year limitation, which ended on 2026-09-20',
    );
  });

  it('never refuses a refusal to file, and checks the day of the act like any fact', () => {
    const refused = act(
      opened('2026-09-18'),
      { type: 'decide_filing', approve: false, note: '已过时效', actOn: '2020-01-01' },
      SUPERVISOR,
      '2026-09-21',
    );
    expect(refused.stage).toBe('not_filed');
    expect(refusal(opened('2026-09-18'), approve('2026-09-30'), SUPERVISOR, '2026-09-21')).toMatch('actOn');
  });
});
