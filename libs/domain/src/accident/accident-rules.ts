import { chinaDateOf } from '../calendar/china-time';
import { addDays, type IsoDate } from '../calendar/iso-date';
import { ruleOf, type Rulebook } from '../rulebook/rulebook';
import { gradeAccident, investigatedAbove, investigatingLevel, type Casualties } from './accident-grade';
import type { AccidentCategory, AccidentOpening, AccidentState } from './accident-types';

/** Reported more than one hour after it occurred (第9条): exactly one hour is in time. */
export function isLateReport(occurredAt: number, reportedAt: number, rulebook: Rulebook): boolean {
  return reportedAt - occurredAt > ruleOf(rulebook, 'accident.unit_report').amount * 3600_000;
}

/**
 * The last day a casualty change is re-reported and re-grades the accident (第13条: 30 days, 7 for road
 * traffic and fire). A factual window counted from the day of the accident, so it is not moved off
 * rest days: a death on the 30th day counts, one on the 31st does not.
 */
export function casualtyWindowEnds(
  occurredAt: number,
  category: AccidentCategory,
  rulebook: Rulebook,
): IsoDate {
  const id = category === 'other' ? 'accident.casualty_update' : 'accident.casualty_update_road_fire';
  return addDays(chinaDateOf(occurredAt), ruleOf(rulebook, id).amount);
}

/** Grade, investigating level, lateness and whether the case belongs above the receiving agency. */
export function classify(opening: AccidentOpening, c: Casualties = opening) {
  const grade = gradeAccident(c);
  return {
    grade,
    level: investigatingLevel(grade),
    lateReport: isLateReport(opening.occurredAt, opening.reportedAt, opening.rulebook),
    handoverRequired: investigatedAbove(grade, opening.regionCode),
  };
}

/** The approval clock's rule: 15 days, or 30 for an especially major accident (第32条). */
export function approvalRule(state: AccidentState): string {
  return state.grade === 'ESPECIALLY_MAJOR' ? 'accident.approval_especially_major' : 'accident.approval';
}
