import type { IsoDate } from '../calendar/iso-date';

export type ClockUnit =
  'working_days' | 'calendar_days' | 'hours' | 'months' | 'years' | 'yuan' | 'percent' | 'hour_of_day';

/**
 * Units of an amount rather than a clock: a sum of money, a share, an hour of the day. Such a rule
 * has no actor and no end rule, and there is no deadline to preview.
 */
export const AMOUNT_UNITS: readonly ClockUnit[] = ['yuan', 'percent', 'hour_of_day'];
export const isClockRule = (rule: { unit: ClockUnit }): boolean => !AMOUNT_UNITS.includes(rule.unit);

/** Who must act within a clock (docs/domain.md §2.4): the agency, or a party (or third party). */
export type ClockActor = 'agency' | 'party';

/**
 * Which end of a clock counts (docs/domain.md §2.4: never late under any reading):
 * - `rolls`: a party-side period whose last day is a rest day ends on the next working day
 *   (民事诉讼法 第85条, applied by 行政复议法 第88条 and 行政诉讼法 第101条; 民法典 第203条);
 * - `last_day`: an agency-side limit is due on its un-rolled last day, to be acted on by the last
 *   working day on or before it; the rolled end is shown beside it as information;
 * - `cap`: a cap on coercion never extends past its last calendar day (行政强制法 第25条);
 * - `exact`: an instant or a fixed wait or window, never moved (hours, the public-notice 30 days, the
 *   casualty window, a minimum wait before the agency may act).
 */
export type EndRule = 'rolls' | 'last_day' | 'cap' | 'exact';

/** The legal basis of each end rule, shown with every clock. */
export const END_RULE_BASIS: Record<EndRule, string> = {
  rolls: '民事诉讼法 第85条 (行政复议法 第88条, 行政诉讼法 第101条); 民法典 第203条',
  last_day: '民法典 第1259条 (以内 includes the number); an agency acting early is never late',
  cap: '行政强制法 第25条 (不得超过; never extended past its last calendar day)',
  exact: '民法典 第1259条; a fixed instant, wait or window',
};

/** One statutory clock: how long, counted how, from what, paused by what, and on whose authority. */
export interface ClockRule {
  name: string;
  amount: number;
  unit: ClockUnit;
  /** The event that starts the clock (the starting day itself is not counted). */
  startsOn: string;
  /** Events during which the clock stands still (a budget with a ledger of pauses). */
  pausedBy: string[];
  /** Law and article. */
  source: string;
  /**
   * `confirmed`: the value is in the cited text. `configurable`: the default shipped here awaits the
   * 2026 department rule (应急管理部令第18号) or local practice; agencies may publish another value.
   */
  status: 'confirmed' | 'configurable';
  /** Who acts within the clock; absent on amounts (unit yuan), which are not clocks. */
  actor?: ClockActor;
  /** Which end counts; absent on amounts. */
  endRule?: EndRule;
}

export interface Rulebook {
  version: string;
  /** Cases opened on or after this day use this version; a case keeps the version it opened with. */
  effectiveFrom: IsoDate;
  rules: Record<string, ClockRule>;
}
