import { chinaDateOf, endOfChinaDay } from '../calendar/china-time';
import { computeDeadline } from '../calendar/deadline';
import { addDays, type IsoDate } from '../calendar/iso-date';
import { addMonths } from '../calendar/months';
import type { WorkCalendar } from '../calendar/work-calendar';
import { END_RULE_BASIS, isClockRule, ruleOf, type ClockRule, type EndRule, type Rulebook } from './rulebook';

/**
 * The ends of one clock from a start day (docs/domain.md §2.4, "never late under any reading"):
 * - `due`: the day the clock's task falls due. Party-side: the rolled end, the last day the party's
 *   act is accepted (nothing adverse happens before it has passed). Agency-side and caps: the
 *   un-rolled last day. Exact clocks: the plain count.
 * - `actBy`: the last working day on or before `due`, the day the agency acts by (agency-side and
 *   caps; party-side it is `due` itself, a working day); null for exact clocks.
 * - `rolledEnd`: the end rolled past rest days, shown as information where it differs from `due`
 *   (agency-side only: a cap never extends, so it has none).
 */
export interface ClockEnd {
  from: IsoDate;
  due: IsoDate;
  actBy: IsoDate | null;
  rolledEnd: IsoDate | null;
  /** The rest days between the plain count and the rolled end, with their reasons. */
  restDaysAtEnd: { date: IsoDate; reason: string }[];
}

type DayRule = Pick<ClockRule, 'amount' | 'unit' | 'endRule'>;

/** The last working day on or before `date` (Throws CalendarYearMissingError like every lookup). */
export function lastWorkingDayOnOrBefore(calendar: WorkCalendar, date: IsoDate): IsoDate {
  let day = date;
  while (!calendar.isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/**
 * The plain last day of a period in calendar days, months or years (the starting day not counted):
 * the `due` of an agency-side limit or a cap, known without the calendar.
 */
export function plainLastDay(rule: DayRule, from: IsoDate, extraDays: number): IsoDate {
  switch (rule.unit) {
    case 'calendar_days':
      return addDays(from, rule.amount + extraDays);
    case 'months':
      return addDays(addMonths(from, rule.amount), extraDays);
    case 'years':
      return addDays(addMonths(from, rule.amount * 12), extraDays);
    default:
      throw new Error(`a clock in ${rule.unit} has no last day`);
  }
}

/**
 * When a clock counted from `from` ends, by its end rule. `extraDays` are the days a pausable clock
 * stood still plus any approved extension (a budget with a ledger, docs/domain.md §2.7). A rule
 * without an end rule (a stored version from before they existed, with no shipped rule of its id)
 * rolls, as every period did before.
 */
export function clockEnd(calendar: WorkCalendar, rule: DayRule, from: IsoDate, extraDays = 0): ClockEnd {
  const endRule: EndRule = rule.endRule ?? 'rolls';
  if (rule.unit === 'working_days') {
    // A working-day period ends on a working day by construction: nothing to roll.
    const { due } = computeDeadline(calendar, from, rule.amount + extraDays, 'working_days');
    return { from, due, actBy: endRule === 'exact' ? null : due, rolledEnd: null, restDaysAtEnd: [] };
  }
  const plain = plainLastDay(rule, from, extraDays);
  if (endRule === 'exact') return { from, due: plain, actBy: null, rolledEnd: null, restDaysAtEnd: [] };
  const restDaysAtEnd: { date: IsoDate; reason: string }[] = [];
  let rolled = plain;
  while (!calendar.isWorkingDay(rolled)) {
    restDaysAtEnd.push({ date: rolled, reason: calendar.restReason(rolled) ?? 'rest day' });
    rolled = addDays(rolled, 1);
  }
  if (endRule === 'rolls') return { from, due: rolled, actBy: rolled, rolledEnd: null, restDaysAtEnd };
  const actBy = lastWorkingDayOnOrBefore(calendar, plain);
  return {
    from,
    due: plain,
    actBy,
    rolledEnd: endRule === 'last_day' && rolled !== plain ? rolled : null,
    restDaysAtEnd,
  };
}

/** An hour-counted clock: the exact instant it ends, and the China day it ends on. */
export function hoursEnd(
  rule: Pick<ClockRule, 'amount'>,
  fromInstant: number,
): { dueAt: number; due: IsoDate } {
  const dueAt = fromInstant + rule.amount * 3600_000;
  return { dueAt, due: chinaDateOf(dueAt - 1) };
}

/** A preview of one clock of a rulebook from a start with no pauses (GET /rules/{ruleId}/deadline). */
export interface ClockPreview {
  ruleId: string;
  version: string;
  name: string;
  amount: number;
  unit: ClockRule['unit'];
  actor: NonNullable<ClockRule['actor']>;
  endRule: EndRule;
  /** The legal basis of the end rule. */
  endRuleBasis: string;
  /** The clock's own law and article. */
  citation: string;
  status: ClockRule['status'];
  startsOn: string;
  /** What would pause it (a preview assumes no pause). */
  pausedBy: string[];
  /** The start as given: a day, or an instant for an hour-counted clock. */
  from: IsoDate;
  fromAt: number;
  due: IsoDate;
  /** The instant the clock runs out: 24:00 China time of `due`, or the exact hour. */
  dueAt: number;
  actBy: IsoDate | null;
  rolledEnd: IsoDate | null;
  restDaysAtEnd: { date: IsoDate; reason: string }[];
}

export class NotAClockError extends Error {
  constructor(readonly ruleId: string) {
    super(`rule ${ruleId} is an amount, not a clock`);
    this.name = 'NotAClockError';
  }
}

/**
 * Any clock of `rulebook` counted from `from` (a China day) or `fromAt` (an instant, for hour
 * clocks), by its end rule, with its citation: what an officer checks before writing a date into a
 * document. Throws NotAClockError for an amount, CalendarYearMissingError for a year not loaded.
 */
export function previewClock(
  calendar: WorkCalendar,
  rulebook: Rulebook,
  ruleId: string,
  fromAt: number,
): ClockPreview {
  const rule = ruleOf(rulebook, ruleId);
  if (!isClockRule(rule)) throw new NotAClockError(ruleId);
  const from = chinaDateOf(fromAt);
  const endRule: EndRule = rule.endRule ?? 'rolls';
  const base = {
    ruleId,
    version: rulebook.version,
    name: rule.name,
    amount: rule.amount,
    unit: rule.unit,
    actor: rule.actor ?? 'agency',
    endRule,
    endRuleBasis: END_RULE_BASIS[endRule],
    citation: rule.source,
    status: rule.status,
    startsOn: rule.startsOn,
    pausedBy: rule.pausedBy,
    from,
    fromAt,
  };
  if (rule.unit === 'hours') {
    const { dueAt, due } = hoursEnd(rule, fromAt);
    return { ...base, due, dueAt, actBy: null, rolledEnd: null, restDaysAtEnd: [] };
  }
  const end = clockEnd(calendar, rule, from);
  return {
    ...base,
    due: end.due,
    dueAt: endOfChinaDay(end.due),
    actBy: end.actBy,
    rolledEnd: end.rolledEnd,
    restDaysAtEnd: end.restDaysAtEnd,
  };
}
