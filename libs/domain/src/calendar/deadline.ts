import { addDays, type IsoDate } from './iso-date';
import type { WorkCalendar } from './work-calendar';

export type PeriodUnit = 'working_days' | 'calendar_days';

export interface DeadlineResult {
  /** The last day of the period: the act is in time when done on or before this day. */
  due: IsoDate;
  from: IsoDate;
  amount: number;
  unit: PeriodUnit;
  /**
   * For a calendar-day period whose last day fell on a rest day: that day, and the rest days skipped
   * to reach the next working day.
   */
  extendedOver: { date: IsoDate; reason: string }[];
}

/**
 * The last day of a period of `amount` days starting on `from` (docs/domain.md §2):
 * - the starting day is not counted;
 * - working days count Monday–Friday less holidays plus make-up working days (行政处罚法 第85条 etc.);
 * - a calendar-day period whose last day is a rest day ends on the next working day
 *   (民事诉讼法 第85条, applied by 行政复议法 第88条 and 行政诉讼法 第101条).
 * Throws CalendarYearMissingError when a day it must classify lies in a year with no arrangement.
 */
export function computeDeadline(
  calendar: WorkCalendar,
  from: IsoDate,
  amount: number,
  unit: PeriodUnit,
): DeadlineResult {
  if (!Number.isInteger(amount) || amount < 1) throw new RangeError('amount must be a positive whole number');
  if (unit === 'working_days') {
    let day = from;
    let counted = 0;
    while (counted < amount) {
      day = addDays(day, 1);
      if (calendar.isWorkingDay(day)) counted += 1;
    }
    return { due: day, from, amount, unit, extendedOver: [] };
  }
  let due = addDays(from, amount);
  const extendedOver: { date: IsoDate; reason: string }[] = [];
  while (!calendar.isWorkingDay(due)) {
    extendedOver.push({ date: due, reason: calendar.restReason(due) ?? 'rest day' });
    due = addDays(due, 1);
  }
  return { due, from, amount, unit, extendedOver };
}
