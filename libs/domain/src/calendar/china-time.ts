import { addDays, type IsoDate } from './iso-date';
import type { WorkCalendar } from './work-calendar';

/**
 * Legal days are civil days in China Standard Time (UTC+8, no daylight saving). Instants are epoch
 * milliseconds, the unit workflow time comes in.
 */
const CHINA_OFFSET_MS = 8 * 3600_000;

export function chinaDateOf(instant: number): IsoDate {
  return new Date(instant + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** 00:00 of that day in China. */
export function startOfChinaDay(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00.000Z`) - CHINA_OFFSET_MS;
}

/** 24:00 of that day in China: an act done before this instant is done "on" the day. */
export function endOfChinaDay(date: IsoDate): number {
  return startOfChinaDay(addDays(date, 1));
}

/** `hour`:00 of that day in China. */
export function chinaHourOf(date: IsoDate, hour: number): number {
  return startOfChinaDay(date) + hour * 3600_000;
}

/**
 * The working day `count` working days after (count > 0) or before (count < 0) `date`, not counting
 * `date` itself. Throws CalendarYearMissingError like every calendar lookup.
 */
export function shiftWorkingDays(calendar: WorkCalendar, date: IsoDate, count: number): IsoDate {
  const step = count < 0 ? -1 : 1;
  let day = date;
  let moved = 0;
  while (moved < Math.abs(count)) {
    day = addDays(day, step);
    if (calendar.isWorkingDay(day)) moved += 1;
  }
  return day;
}

/** An instant as ISO 8601 in China Standard Time, e.g. `2026-12-01T09:30:00.000+08:00` (北京时间). */
export function chinaInstant(instant: number): string {
  return `${new Date(instant + CHINA_OFFSET_MS).toISOString().slice(0, -1)}+08:00`;
}

/** An instant as a person reads it in 北京时间, to the second: `2026-12-01 17:30:05`. */
export function chinaClockText(instant: number): string {
  return new Date(instant + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}
