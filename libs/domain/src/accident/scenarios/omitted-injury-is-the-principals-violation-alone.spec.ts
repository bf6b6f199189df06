import { reportingViolationFacts, reportingViolationParties } from '../accident-penalties';
import { REPORTING_VIOLATIONS } from '../accident-types';
import { act, at, OFFICER, reported } from './fixtures';

const principal = {
  name: '李某',
  idNumber: '11010519491231002X',
  position: '董事长',
  lastYearIncomeFen: 48_000_000,
};

/**
 * A scaffold collapse on 1 June 2026 is reported at 09:00 with one death and no serious injury. On
 * 12 June the agency finds the report left out a worker seriously injured in it (漏报: 国务院令第493号
 * 第9条、第12条). Like a late report (迟报), an omitted one is the 主要负责人's violation, fined on last
 * year's income (安全生产法 第110条): one penalty case on the principal, none on the unit — unlike
 * 谎报 / 瞒报, which also open one on the unit (第36条).
 */
describe('story: on 12 June 2026 a seriously injured worker is found left out of the report (漏报)', () => {
  const found = {
    type: 'record_reporting_violation' as const,
    kind: 'omission' as const,
    facts: '事故报告漏报一名重伤人员，6月12日经医院通报查实',
  };

  it('is a reporting violation beside 谎报 and 瞒报', () => {
    expect(REPORTING_VIOLATIONS).toEqual(['false_report', 'concealment', 'omission']);
  });

  it('records it with the principal named at intake', () => {
    const s = act(reported({ principal }), found, OFFICER, at('2026-06-12'));
    expect(s.reportingViolations).toEqual([
      { kind: 'omission', facts: found.facts, at: at('2026-06-12'), penalties: [] },
    ]);
  });

  it('opens a penalty case on the principal alone, citing 安全生产法 第110条', () => {
    expect(reportingViolationParties('omission')).toEqual(['principal']);
    expect(reportingViolationParties('concealment')).toEqual(['principal', 'unit']);
    const s = act(reported({ principal }), found, OFFICER, at('2026-06-12'));
    expect(reportingViolationFacts(s, 'omission', found.facts, 'principal')).toBe(
      '事故漏报：某建筑公司 2026-06-01 08:00 发生的生产安全事故。事故报告漏报一名重伤人员，6月12日经医院通报查实 ' +
        '董事长 李某 作为单位主要负责人漏报事故，依照安全生产法 第110条，处上一年年收入（480000.00 元）60%至100%的罚款。',
    );
  });
});
