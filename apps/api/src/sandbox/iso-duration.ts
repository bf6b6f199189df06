/**
 * ISO-8601 durations as a trainer types them: `PnYnMnDTnHnMnS` (any components, at least one, whole
 * numbers) or `PnW` on its own. Fractions and negative durations are refused: nobody needs them to
 * move a training clock, and each would need rules of its own.
 */
export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const DATE_TIME = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const WEEKS = /^P(\d+)W$/;

/** The duration `text` spells, or undefined when it is not one of the forms above. */
export function parseIsoDuration(text: string): IsoDuration | undefined {
  const weeks = WEEKS.exec(text);
  if (weeks)
    return { years: 0, months: 0, weeks: Number(weeks[1]), days: 0, hours: 0, minutes: 0, seconds: 0 };
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  if ([y, mo, d, h, mi, s].every((part) => part === undefined)) return undefined; // "P"
  if (text.includes('T') && [h, mi, s].every((part) => part === undefined)) return undefined; // "P1DT"
  const n = (part: string | undefined) => (part === undefined ? 0 : Number(part));
  return { years: n(y), months: n(mo), weeks: 0, days: n(d), hours: n(h), minutes: n(mi), seconds: n(s) };
}

export function isZeroDuration(d: IsoDuration): boolean {
  return Object.values(d).every((value) => value === 0);
}

// China Standard Time: UTC+8 all year, no daylight saving since 1991.
const CST_OFFSET_MS = 8 * 3600 * 1000;

/**
 * `from` moved forward by `d`, largest unit first: years and months on the calendar of China Standard
 * Time (a day of the month that does not exist becomes the month's last day: 01-31 + P1M = 02-28),
 * then weeks and days as 24 hours each, then hours, minutes and seconds. An Invalid Date when the
 * result is beyond what a Date can hold.
 */
export function addIsoDuration(from: Date, d: IsoDuration): Date {
  const local = new Date(from.getTime() + CST_OFFSET_MS);
  const monthIndex = local.getUTCMonth() + d.months;
  const year = local.getUTCFullYear() + d.years + Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const calendarPart =
    Date.UTC(
      year,
      month,
      Math.min(local.getUTCDate(), lastDay),
      local.getUTCHours(),
      local.getUTCMinutes(),
      local.getUTCSeconds(),
      local.getUTCMilliseconds(),
    ) - CST_OFFSET_MS;
  const exactSeconds = (d.weeks * 7 + d.days) * 86_400 + d.hours * 3600 + d.minutes * 60 + d.seconds;
  return new Date(calendarPart + exactSeconds * 1000);
}
