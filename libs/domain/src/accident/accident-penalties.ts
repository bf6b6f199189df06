import { chinaInstant } from '../calendar/china-time';
import { yuanOfFen } from '../money/yuan';
import { ruleOf } from '../rulebook/rulebook';
import type { AccidentState, ReportingViolation } from './accident-types';

/** 2026-06-01 08:00 (China time), as the facts of a penalty read it. */
const when = (instant: number) => chinaInstant(instant).slice(0, 16).replace('T', ' ');

const VIOLATION: Record<ReportingViolation, string> = {
  false_report: '谎报',
  concealment: '瞒报',
  omission: '漏报',
};

/**
 * Who a penalty case opens against for a reporting violation (DOMAIN §4): the 主要负责人 always (安全生产法
 * 第110条); the unit too for 谎报 / 瞒报 (国务院令第493号 第36条). 漏报, like 迟报, is the principal's alone.
 */
export function reportingViolationParties(kind: ReportingViolation): readonly ('principal' | 'unit')[] {
  return kind === 'omission' ? ['principal'] : ['principal', 'unit'];
}

/** Who answers for it and on what: the 主要负责人 under 安全生产法 第110条, fined on last year's income. */
function principalLine(s: AccidentState, act: string): string {
  const p = s.principal;
  if (!p) return `${act}的违法行为人为单位主要负责人（未登记）（安全生产法 第110条）。`;
  const min = ruleOf(s.rulebook, 'fine.principal_income.min').amount;
  const max = ruleOf(s.rulebook, 'fine.principal_income.max').amount;
  return (
    `${p.position} ${p.name} 作为单位主要负责人${act}，依照安全生产法 第110条，` +
    `处上一年年收入（${yuanOfFen(p.lastYearIncomeFen)} 元）${min}%至${max}%的罚款。`
  );
}

/**
 * The facts of the penalty for a late report, citing one duty (国务院令第493号 第9条: report within an
 * hour of the head's receipt) and one penalty provision (安全生产法 第110条), the same everywhere.
 */
export function lateReportFacts(s: AccidentState): string {
  const from =
    s.unitHeadNotifiedAt != null
      ? `单位负责人于 ${when(s.unitHeadNotifiedAt)} 接到现场报告`
      : '单位负责人接到现场报告的时间不详，自事故发生时起算';
  return (
    `事故迟报：${s.unit.name} 于 ${when(s.occurredAt)} 发生生产安全事故，${from}，` +
    `至 ${when(s.reportedAt)} 才向应急管理部门报告，超过 1 小时（国务院令第493号 第9条）。` +
    principalLine(s, '迟报事故')
  );
}

/** The facts of a penalty for 漏报 / 谎报 / 瞒报: on the principal (第110条) or on the unit (第36条). */
export function reportingViolationFacts(
  s: AccidentState,
  kind: ReportingViolation,
  facts: string,
  against: 'principal' | 'unit',
): string {
  const what = VIOLATION[kind];
  const head = `事故${what}：${s.unit.name} ${when(s.occurredAt)} 发生的生产安全事故。${facts}`;
  return against === 'principal'
    ? `${head} ${principalLine(s, `${what}事故`)}`
    : `${head} 事故发生单位${what}事故，依照国务院令第493号 第36条 对单位处以罚款。`;
}
