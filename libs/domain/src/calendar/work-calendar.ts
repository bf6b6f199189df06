import { isIsoDate, weekdayOf, yearOf, type IsoDate } from './iso-date';

/**
 * One year's official arrangement (国务院办公厅关于部分节假日安排的通知): public holidays (days off,
 * weekends inside a holiday block included) and make-up working days (调休补班, usually weekends).
 */
export interface YearArrangement {
  year: number;
  holidays: { date: IsoDate; name: string }[];
  makeupWorkdays: { date: IsoDate; name: string }[];
}

/**
 * A period needs a year whose arrangement is not loaded. Never guessed: the State Council publishes
 * each year late in the previous one, and a guess silently moves a statutory deadline.
 */
export class CalendarYearMissingError extends Error {
  constructor(readonly year: number) {
    super(`the working-day arrangement for ${year} is not loaded`);
    this.name = 'CalendarYearMissingError';
  }
}

export class InvalidArrangementError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidArrangementError';
  }
}

/** Checks one year's arrangement for internal consistency before it is stored or used. */
export function validateArrangement(a: YearArrangement): void {
  const seen = new Map<IsoDate, string>();
  for (const [kind, days] of [
    ['holiday', a.holidays],
    ['make-up working day', a.makeupWorkdays],
  ] as const) {
    for (const { date } of days) {
      if (!isIsoDate(date)) throw new InvalidArrangementError(`${date} is not a calendar date`);
      if (yearOf(date) !== a.year) throw new InvalidArrangementError(`${date} (${kind}) is not in ${a.year}`);
      const other = seen.get(date);
      if (other) throw new InvalidArrangementError(`${date} is listed twice (${other} and ${kind})`);
      seen.set(date, kind);
      const weekend = [0, 6].includes(weekdayOf(date));
      if (kind === 'make-up working day' && !weekend) {
        throw new InvalidArrangementError(`${date} is a make-up working day but not a weekend day`);
      }
    }
  }
}

/**
 * Checks an arrangement an admin loads as a year (docs/domain.md §2.5): consistent, and with at least
 * one holiday. Every year of the State Council's notices has its holidays (元旦 at least), so an
 * arrangement with none is a mistake — stored, it would silently count every weekday as working.
 */
export function validateYearArrangement(a: YearArrangement): void {
  validateArrangement(a);
  if (a.holidays.length === 0)
    throw new InvalidArrangementError(
      `${a.year} has no holidays at all: not a State Council arrangement (every year has 元旦 at least)`,
    );
}

/** Working days: Monday–Friday, minus public holidays, plus make-up working days. */
export class WorkCalendar {
  private readonly holidays = new Map<IsoDate, string>();
  private readonly makeupWorkdays = new Map<IsoDate, string>();
  private readonly years = new Set<number>();

  constructor(arrangements: Iterable<YearArrangement>) {
    for (const a of arrangements) {
      validateArrangement(a);
      this.years.add(a.year);
      for (const h of a.holidays) this.holidays.set(h.date, h.name);
      for (const m of a.makeupWorkdays) this.makeupWorkdays.set(m.date, m.name);
    }
  }

  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  loadedYears(): number[] {
    return [...this.years].sort((x, y) => x - y);
  }

  isWorkingDay(date: IsoDate): boolean {
    const year = yearOf(date);
    if (!this.years.has(year)) throw new CalendarYearMissingError(year);
    if (this.makeupWorkdays.has(date)) return true;
    if (this.holidays.has(date)) return false;
    const weekday = weekdayOf(date);
    return weekday !== 0 && weekday !== 6;
  }

  /** Why a day is a rest day, for explanations: the holiday's name, or "weekend". */
  restReason(date: IsoDate): string | undefined {
    if (this.isWorkingDay(date)) return undefined;
    return this.holidays.get(date) ?? 'weekend';
  }
}
