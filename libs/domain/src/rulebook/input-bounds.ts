import { chinaDateOf } from '../calendar/china-time';
import type { IsoDate } from '../calendar/iso-date';
import { addMonths } from '../calendar/months';
import { msg, type Message } from '../i18n/message';
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

/**
 * What is wrong with a day the user says something happened on (a report received, a payment, a
 * service), else null: it may not be after today, nor older than `input.fact_max_age`.
 */
export function factDayProblem(
  rulebook: Rulebook,
  today: IsoDate,
  day: IsoDate,
  field: string,
): Message | null {
  if (day > today) return msg('input.fact_future_day', { field, day, today });
  const rule = inputBoundOf(rulebook, 'input.fact_max_age');
  const earliest = reach(rule, today, -1);
  if (day < earliest) return msg('input.fact_too_old', { field, day, earliest, years: rule.amount });
  return null;
}

/** `factDayProblem` for an instant (an inspection, an accident), on its China date. */
export function factInstantProblem(
  rulebook: Rulebook,
  now: number,
  at: number,
  field: string,
): Message | null {
  if (!Number.isFinite(at)) return msg('input.instant_invalid', { field });
  if (at > now) return msg('input.instant_future', { field });
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
): Message | null {
  const rule = inputBoundOf(rulebook, 'input.deadline_max_ahead');
  const latest = reach(rule, today, 1);
  if (day > latest) return msg('input.deadline_too_far', { field, day, latest, years: rule.amount });
  return null;
}
