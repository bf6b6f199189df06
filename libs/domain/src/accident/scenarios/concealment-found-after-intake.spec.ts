import { reportingViolationFacts } from '../accident-penalties';
import { act, at, OFFICER, refusal, reported } from './fixtures';

const principal = {
  name: '王某',
  idNumber: '11010519491231002X',
  position: '总经理',
  lastYearIncomeFen: 36_000_000,
};

describe('story: a fall on 1 Jun 2026 reported with one death — on 9 Jun a second, concealed death is found (瞒报)', () => {
  const found = {
    type: 'record_reporting_violation' as const,
    kind: 'concealment' as const,
    facts: '单位隐瞒一名死亡人员，6月9日经群众举报查实',
  };

  it('needs the 主要负责人 when the intake did not name them, with a valid resident ID number', () => {
    expect(refusal(reported(), found, OFFICER, at('2026-06-09'))).toMatch(
      /^case.invalid: name the unit’s principal/,
    );
    expect(
      refusal(
        reported(),
        { ...found, principal: { ...principal, idNumber: '110105194912310021' } },
        OFFICER,
        at('2026-06-09'),
      ),
    ).toMatch('resident ID number is not valid');
  });

  it('records it with the principal; the penalties cite 第110条 for the principal and 第36条 for the unit', () => {
    const s = act(reported(), { ...found, principal }, OFFICER, at('2026-06-09'));
    expect(s.principal).toEqual(principal);
    expect(s.reportingViolations).toEqual([
      { kind: 'concealment', facts: found.facts, at: at('2026-06-09'), penalties: [] },
    ]);
    expect(reportingViolationFacts(s, 'concealment', found.facts, 'principal')).toContain(
      '总经理 王某 作为单位主要负责人瞒报事故，依照安全生产法 第110条',
    );
    expect(reportingViolationFacts(s, 'concealment', found.facts, 'unit')).toContain(
      '事故发生单位瞒报事故，依照国务院令第493号 第36条',
    );
  });

  it('uses the principal named at intake when a false report (谎报) is found', () => {
    const s = act(
      reported({ principal }),
      { type: 'record_reporting_violation', kind: 'false_report', facts: '虚报事故发生地点' },
      OFFICER,
      at('2026-06-05'),
    );
    expect(s.reportingViolations.map((v) => v.kind)).toEqual(['false_report']);
  });
});
