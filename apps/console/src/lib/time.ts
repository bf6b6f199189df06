import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('zh-cn');

/** Every time the console shows is 北京时间, whatever the browser's own time zone. */
export const ZONE = 'Asia/Shanghai';

export function china(instant: string | number | Date | Dayjs): Dayjs {
  return dayjs(instant).tz(ZONE);
}

/** `2026-12-01 09:30` in 北京时间. */
export function formatInstant(instant: string | null | undefined): string {
  return instant ? china(instant).format('YYYY-MM-DD HH:mm') : '—';
}

/**
 * The day a deadline falls on. A clock counted in days runs out at 24:00 China time of its last day,
 * which the API writes as 00:00 of the next day (2027-01-01T00:00+08:00 for the last day 2026-12-31);
 * an officer reading "2027-01-01 00:00" would take it for a day later than the law gives. So a deadline
 * at midnight reads as the day before, "2026-12-31（当日24时）"; an hour clock keeps its hour.
 * `due` (the task's own last day, when the API gives it) wins over the instant.
 */
export function formatDue(dueAt: string | null | undefined, due?: string | null): string {
  if (!dueAt && !due) return '—';
  if (due && (!dueAt || china(dueAt).format('YYYY-MM-DD HH:mm') === `${nextDay(due)} 00:00`))
    return endOfDay(due);
  const at = china(dueAt!);
  if (at.hour() === 0 && at.minute() === 0 && at.second() === 0)
    return endOfDay(at.subtract(1, 'day').format('YYYY-MM-DD'));
  return at.format('YYYY-MM-DD HH:mm');
}

/** A statutory day (YYYY-MM-DD) as a deadline: the whole day counts, "2026-12-31（当日24时）". */
export function formatDueDay(day: string | null | undefined): string {
  return day ? endOfDay(day) : '—';
}

/**
 * "2026-12-31（当日24时）". Written here rather than in a catalog: i18n.ts imports this module (for dayjs),
 * so reading a catalog from here would close an import cycle that left the console blank.
 */
function endOfDay(day: string): string {
  return i18next.language === 'en' ? `${day} (until midnight)` : `${day}（当日24时）`;
}

function nextDay(day: string): string {
  return dayjs(day).add(1, 'day').format('YYYY-MM-DD');
}

/**
 * Whole calendar days (in China) from `now` to the deadline's last day: 0 on the last day itself,
 * negative when overdue. The instant is 24:00 of the last day, so the day is read a moment before it.
 */
export function daysLeft(dueAt: string, now: number): number {
  const due = china(dayjs(dueAt).valueOf() - 1).startOf('day');
  const today = china(now).startOf('day');
  return Math.round(due.diff(today, 'day', true));
}

export { dayjs };

// antd's pickers show a dayjs in the browser's own zone. The console labels them 北京时间, so a
// picker value carries the China wall-clock time as its local time, whatever zone the browser is in.
/** A picker value showing the instant's China wall-clock time. */
export function pickerFromInstant(instant: string | number): Dayjs {
  return dayjs(china(instant).format('YYYY-MM-DDTHH:mm:ss'));
}
/** The instant a picker value means (its wall-clock time read as 北京时间), ISO 8601 +08:00. */
export function instantFromPicker(value: Dayjs): string {
  return dayjs.tz(value.format('YYYY-MM-DDTHH:mm:ss'), ZONE).format('YYYY-MM-DDTHH:mm:ssZ');
}
/** The date a date picker shows, YYYY-MM-DD. */
export function dateFromPicker(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}
/** A date picker value for a China date (YYYY-MM-DD). */
export function pickerFromDate(date: string): Dayjs {
  return dayjs(date);
}
