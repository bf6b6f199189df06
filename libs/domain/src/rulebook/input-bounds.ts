import { chinaDateOf } from '../calendar/china-time';
import type { IsoDate } from '../calendar/iso-date';
import { addMonths } from '../calendar/months';
import { RULEBOOK_2026_V1, type ClockRule, type Rulebook } from './rulebook';

export type InputBound = 'input.fact_max_age' | 'input.deadline_max_ahead';

/**
 * A bound of the pinned rulebook. Versions published before the bounds existed (a stored 2027.1)
 * keep the shipped default rather than failing: the bound is a plausibility check, not a clock.
 */
export function inputBoundOf(rulebook: Rulebook, id: InputBound): ClockRule {
  return rulebook.rules[id] ?? RULEBOOK_2026_V1.rules[id]!;
}

/** The day `rule` reaches from `today`, forwards or backwards (its unit stays years, see rulebookProblems). */
const reach = (rule: ClockRule, today: IsoDate, sign: 1 | -1): IsoDate =>
  addMonths(today, sign * 12 * rule.amount);

const span = (rule: ClockRule) => `${rule.amount} 年`;

/**
 * What is wrong with a day the user says something happened on (a report received, a payment, a
 * service), else null: it may not be after today, nor older than `input.fact_max_age`.
 */
export function factDayProblem(
  rulebook: Rulebook,
  today: IsoDate,
  day: IsoDate,
  field: string,
): string | null {
  if (day > today) return `${field} ${day} 晚于今天（${today}）：事实发生日不得在将来`;
  const rule = inputBoundOf(rulebook, 'input.fact_max_age');
  const earliest = reach(rule, today, -1);
  if (day < earliest)
    return `${field} ${day} 早于 ${earliest}：超出 input.fact_max_age（最多 ${span(rule)}前）`;
  return null;
}

/** `factDayProblem` for an instant (an inspection, an accident), on its China date. */
export function factInstantProblem(
  rulebook: Rulebook,
  now: number,
  at: number,
  field: string,
): string | null {
  if (!Number.isFinite(at)) return `${field} 不是有效的时间`;
  if (at > now) return `${field} 晚于当前时间：事实发生时间不得在将来`;
  return factDayProblem(rulebook, chinaDateOf(now), chinaDateOf(at), field);
}

/**
 * What is wrong with a day an officer sets for the future (a rectification deadline, a hearing), else
 * null: no later than `input.deadline_max_ahead` from today. The lower bound is the caller's rule.
 */
export function deadlineDayProblem(
  rulebook: Rulebook,
  today: IsoDate,
  day: IsoDate,
  field: string,
): string | null {
  const rule = inputBoundOf(rulebook, 'input.deadline_max_ahead');
  const latest = reach(rule, today, 1);
  if (day > latest)
    return `${field} ${day} 晚于 ${latest}：超出 input.deadline_max_ahead（最多今天起 ${span(rule)}）`;
  return null;
}
