import { chinaDateOf, chinaHourOf, startOfChinaDay } from '../calendar/china-time';
import { addDays } from '../calendar/iso-date';
import type { WorkCalendar } from '../calendar/work-calendar';
import type { Rulebook } from '../rulebook/rulebook';

/** The night of 行政强制法 第43条 as the rulebook sets it (`coercion.night_start` / `_end`, China time). */
export function nightHours(rulebook: Rulebook): { start: number; end: number } {
  return {
    start: rulebook.rules['coercion.night_start']?.amount ?? 22,
    end: rulebook.rules['coercion.night_end']?.amount ?? 6,
  };
}

/**
 * The first instant at or after `from` at which coercion may be carried out: not at night and not on a
 * rest day of the calendar (行政强制法 第43条: 不得在夜间或者法定节假日实施, 情况紧急的除外). Throws
 * CalendarYearMissingError when the day reaches a year that is not loaded: never guessed.
 */
export function firstDaytimeWorkingInstant(from: number, calendar: WorkCalendar, rulebook: Rulebook): number {
  const { start, end } = nightHours(rulebook);
  let t = from;
  for (let guard = 0; guard < 400; guard += 1) {
    const day = chinaDateOf(t);
    const hour = (t - startOfChinaDay(day)) / 3600_000;
    if (!calendar.isWorkingDay(day)) t = chinaHourOf(addDays(day, 1), end);
    else if (hour < end) t = chinaHourOf(day, end);
    else if (hour >= start) t = chinaHourOf(addDays(day, 1), end);
    else return t;
  }
  return t;
}
