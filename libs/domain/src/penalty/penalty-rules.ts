import { msg, term, type Message } from '../i18n/message';
import { computeDeadline } from '../calendar/deadline';
import { addDays, type IsoDate } from '../calendar/iso-date';
import { addMonths } from '../calendar/months';

export { addMonths };
import type { WorkCalendar } from '../calendar/work-calendar';
import { clockEnd } from '../rulebook/clock-end';
import { ruleOf, type Rulebook } from '../rulebook/rulebook';

export type Party = 'unit' | 'individual';
export type Sanction = 'warning' | 'fine' | 'confiscation' | 'licence_revocation' | 'suspension' | 'closure';

const yuanRule = (rulebook: Rulebook, id: string): number => ruleOf(rulebook, id).amount * 100;

/** 简易程序 on the spot: a warning, or a fine up to ¥3,000 (units) / ¥200 (individuals) (第51条). */
export function summaryMaxFen(rulebook: Rulebook, party: Party): number {
  return yuanRule(rulebook, `summary.max_fine.${party}`);
}

export function summaryProcedureAllowed(
  rulebook: Rulebook,
  party: Party,
  sanctions: readonly Sanction[],
  fineFen: number,
): boolean {
  if (sanctions.some((s) => s !== 'warning' && s !== 'fine')) return false;
  return !sanctions.includes('fine') || fineFen <= summaryMaxFen(rulebook, party);
}

/**
 * 听证: large fines, confiscation, licence revocation, suspension or closure (行政处罚法 第63条). What
 * is "large" is the rulebook's (configurable; defaults ¥50,000 for units, ¥20,000 for individuals).
 */
export function hearingRight(
  rulebook: Rulebook,
  party: Party,
  sanctions: readonly Sanction[],
  fineFen: number,
): boolean {
  if (sanctions.some((s) => ['confiscation', 'licence_revocation', 'suspension', 'closure'].includes(s)))
    return true;
  return sanctions.includes('fine') && fineFen >= yuanRule(rulebook, `hearing.large_fine.${party}`);
}

function days(rulebook: Rulebook, id: string): { amount: number; unit: 'working_days' | 'calendar_days' } {
  const rule = rulebook.rules[id];
  if (!rule || (rule.unit !== 'working_days' && rule.unit !== 'calendar_days')) {
    throw new Error(`rulebook ${rulebook.version} has no day-counted rule ${id}`);
  }
  return { amount: rule.amount, unit: rule.unit };
}

function lastDay(calendar: WorkCalendar, rulebook: Rulebook, id: string, from: IsoDate): IsoDate {
  const { amount, unit } = days(rulebook, id);
  return computeDeadline(calendar, from, amount, unit).due;
}

/**
 * The day a clock of the rulebook falls due from `from`, by its end rule (docs/domain.md §2.4):
 * party-side periods (defence, payment, reconsideration, lawsuit) roll past rest days, agency-side
 * limits do not. Any unit of days, months or years.
 */
export function clockDue(calendar: WorkCalendar, rulebook: Rulebook, id: string, from: IsoDate): IsoDate {
  return clockEnd(calendar, ruleOf(rulebook, id), from).due;
}

/**
 * The last day the party may sue (行政诉讼法 第46条: 6 months from receiving the decision), rolled
 * past rest days (行政诉讼法 第101条 with 民事诉讼法 第85条): served 2026-04-03, the six months end on
 * 2026-10-03 inside the National Day holiday and a suit on 2026-10-08 is in time.
 */
export function lawsuitWindowEnds(calendar: WorkCalendar, rulebook: Rulebook, receivedOn: IsoDate): IsoDate {
  return clockDue(calendar, rulebook, 'lawsuit.window', receivedOn);
}

/** The last day to state and defend after the notice of the intended penalty (行政处罚法 第44–45条). */
export function defenceEnds(calendar: WorkCalendar, rulebook: Rulebook, noticeServedOn: IsoDate): IsoDate {
  return clockDue(calendar, rulebook, 'statement_defence.period', noticeServedOn);
}

/** The last day the party may request a hearing (行政处罚法 第64条: 5 working days). */
export function hearingRequestEnds(
  calendar: WorkCalendar,
  rulebook: Rulebook,
  noticeServedOn: IsoDate,
): IsoDate {
  return clockDue(calendar, rulebook, 'hearing.request', noticeServedOn);
}

/** The first day a hearing may be held when its notice is served on `noticeServedOn` (7 working days ahead). */
export function earliestHearingDay(
  calendar: WorkCalendar,
  rulebook: Rulebook,
  noticeServedOn: IsoDate,
): IsoDate {
  return lastDay(calendar, rulebook, 'hearing.notice', noticeServedOn);
}

/** 行政处罚法 第45条: the decision may not be heavier than the intended penalty because the party defended. */
export function penaltyRose(
  intended: { sanctions: readonly Sanction[]; fineFen: number },
  decided: { sanctions: readonly Sanction[]; fineFen: number },
): Message | undefined {
  const added = decided.sanctions.filter((s) => !intended.sanctions.includes(s));
  if (added.length) return msg('penalty.sanctions_added', { sanctions: { allOf: added.map(term) } });
  if (decided.fineFen > intended.fineFen) return msg('penalty.fine_higher');
  return undefined;
}

/**
 * When the agency may apply to the court for enforcement (行政强制法 第53–54条): no earlier than 10
 * working days after the demand (催告) is served, and within 3 months after the reconsideration (60
 * days) and lawsuit (6 months) windows close. Both windows are the party's and close on their rolled
 * ends; the 3 months are the agency's limit, due on their un-rolled last day.
 */
export function courtEnforcementWindow(
  calendar: WorkCalendar,
  rulebook: Rulebook,
  decisionServedOn: IsoDate,
  demandServedOn: IsoDate,
): { earliest: IsoDate; latest: IsoDate; remediesCloseOn: IsoDate } {
  const earliest = addDays(lastDay(calendar, rulebook, 'court_enforcement.earliest', demandServedOn), 1);
  const reconsideration = clockDue(calendar, rulebook, 'reconsideration.window', decisionServedOn);
  const lawsuit = lawsuitWindowEnds(calendar, rulebook, decisionServedOn);
  const remediesCloseOn = reconsideration > lawsuit ? reconsideration : lawsuit;
  const latest = clockDue(calendar, rulebook, 'court_enforcement.latest', remediesCloseOn);
  return {
    earliest: earliest > remediesCloseOn ? earliest : addDays(remediesCloseOn, 1),
    latest,
    remediesCloseOn,
  };
}

/**
 * 安全生产法 第113条: propose closure to the local government when a unit with a major hidden danger was
 * penalised 3 times within 180 days or 4 times within a year, or refused a suspension order.
 */
export function closureProposalReason(unit: {
  penaltyDecisionDates: readonly IsoDate[];
  hasMajorHiddenDanger: boolean;
  refusedSuspension: boolean;
}): string | undefined {
  if (unit.refusedSuspension) return 'refused a suspension order (安全生产法 第113条)';
  if (!unit.hasMajorHiddenDanger) return undefined;
  const dates = [...unit.penaltyDecisionDates].sort();
  for (let i = 0; i + 2 < dates.length; i += 1) {
    if (dates[i + 2]! < addDays(dates[i]!, 180))
      return '3 penalties within 180 days with a major hidden danger (安全生产法 第113条)';
  }
  for (let i = 0; i + 3 < dates.length; i += 1) {
    const first = dates[i]!;
    if (dates[i + 3]! < addMonths(first, 12))
      return '4 penalties within a year with a major hidden danger (安全生产法 第113条)';
  }
  return undefined;
}
