import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import 'dayjs/locale/zh-cn';

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

/** Whole calendar days (in China) from `now` to the due instant: negative when overdue. */
export function daysLeft(dueAt: string, now: number): number {
  const due = china(dueAt).startOf('day');
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
