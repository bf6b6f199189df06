import { chinaDateOf } from '../calendar/china-time';
import { addDays, type IsoDate } from '../calendar/iso-date';
import { residentIdProblem } from '../identity/resident-id';
import type { IndividualParty } from '../penalty/penalty-types';
import { ruleOf, type Rulebook } from '../rulebook/rulebook';
import { gradeAccident, investigatedAbove, investigatingLevel, type Casualties } from './accident-grade';
import type { AccidentCategory, AccidentOpening, AccidentState } from './accident-types';

/**
 * Reported more than one hour after the unit's head received the report from the scene (第9条);
 * exactly one hour is in time. When that instant is not known, the accident's time counts.
 */
export function isLateReport(
  opening: Pick<AccidentOpening, 'occurredAt' | 'unitHeadNotifiedAt' | 'reportedAt' | 'rulebook'>,
): boolean {
  const from = opening.unitHeadNotifiedAt ?? opening.occurredAt;
  return opening.reportedAt - from > ruleOf(opening.rulebook, 'accident.unit_report').amount * 3600_000;
}

/** Why the intake's instants cannot be (the head told before the accident, the unit before its head). */
export function intakeInstantsProblem(
  opening: Pick<AccidentOpening, 'occurredAt' | 'unitHeadNotifiedAt' | 'reportedAt'>,
): 'api.accident_reported_after' | 'accident.head_notified_order' | null {
  const { occurredAt, unitHeadNotifiedAt, reportedAt } = opening;
  if (reportedAt < occurredAt) return 'api.accident_reported_after';
  if (unitHeadNotifiedAt != null && (unitHeadNotifiedAt < occurredAt || unitHeadNotifiedAt > reportedAt))
    return 'accident.head_notified_order';
  return null;
}

/** What is wrong with the 主要负责人 as recorded (the edge validates it too; the workflow trusts nobody). */
export function principalProblem(
  p: IndividualParty,
): 'accident.principal_incomplete' | 'accident.principal_id_number' | null {
  if (!p.name?.trim() || !p.position?.trim()) return 'accident.principal_incomplete';
  if (!Number.isInteger(p.lastYearIncomeFen) || p.lastYearIncomeFen < 0)
    return 'accident.principal_incomplete';
  if (typeof p.idNumber !== 'string' || residentIdProblem(p.idNumber)) return 'accident.principal_id_number';
  return null;
}

/** The grade of these casualties, the missing counted with the deaths as the rulebook says. */
export function gradeOf(c: Casualties, rulebook: Rulebook) {
  return gradeAccident(c, ruleOf(rulebook, 'accident.missing_as_deaths').amount);
}

/**
 * The fine range on the 主要负责人 (安全生产法 第110条): the rulebook's share of last year's income,
 * whole fen (the lowest rounded up, the highest down, so both ends stay inside the range).
 */
export function principalFineRange(rulebook: Rulebook, lastYearIncomeFen: number) {
  const min = ruleOf(rulebook, 'fine.principal_income.min');
  const max = ruleOf(rulebook, 'fine.principal_income.max');
  return {
    rule: 'fine.principal_income' as const,
    minFen: Math.ceil((lastYearIncomeFen * min.amount) / 100),
    maxFen: Math.floor((lastYearIncomeFen * max.amount) / 100),
    source: max.source,
  };
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
  const grade = gradeOf(c, opening.rulebook);
  return {
    grade,
    level: investigatingLevel(grade),
    lateReport: isLateReport(opening),
    handoverRequired: investigatedAbove(grade, opening.regionCode),
  };
}

/** The approval clock's rule: 15 days, or 30 for an especially major accident (第32条). */
export function approvalRule(state: AccidentState): string {
  return state.grade === 'ESPECIALLY_MAJOR' ? 'accident.approval_especially_major' : 'accident.approval';
}
