import { msg, term, type Message } from '../i18n/message';
import { computeDeadline } from '../calendar/deadline';
import { addDays, type IsoDate } from '../calendar/iso-date';
import { addMonths } from '../calendar/months';

export { addMonths };
import type { WorkCalendar } from '../calendar/work-calendar';
import { clockEnd } from '../rulebook/clock-end';
import { ruleOf, type Rulebook } from '../rulebook/rulebook';
import type { ClosureGround } from './penalty-types';

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

/** The last day to sue after receiving the reconsideration decision (行政诉讼法 第45条: 15 days). */
export function lawsuitAfterReconsiderationEnds(
  calendar: WorkCalendar,
  rulebook: Rulebook,
  decisionReceivedOn: IsoDate,
): IsoDate {
  return clockDue(calendar, rulebook, 'lawsuit.after_reconsideration', decisionReceivedOn);
}

/** A remedy as the windows need it (`Remedy` of penalty-types). */
export interface RemedyRecord {
  kind: 'reconsideration' | 'lawsuit';
  filedOn: IsoDate;
  endedOn: IsoDate | null;
  outcome: 'upheld' | 'changed' | 'revoked' | 'withdrawn' | null;
}

/**
 * The day the party's remedies close: the window that actually applies (docs/domain.md §3.6).
 * No remedy: the later of the reconsideration's 60 days and the lawsuit's 6 months from service.
 * After a reconsideration decision: the 15 days to sue on it (行政诉讼法 第45条). After a lawsuit: its
 * end. Null while a remedy is pending (the day cannot be known yet).
 */
export function remediesCloseOn(
  calendar: WorkCalendar,
  rulebook: Rulebook,
  decisionServedOn: IsoDate,
  remedies: readonly RemedyRecord[] = [],
): IsoDate | null {
  if (remedies.some((r) => r.endedOn === null)) return null;
  const lawsuit = remedies.find((r) => r.kind === 'lawsuit');
  if (lawsuit) return lawsuit.endedOn;
  const decided = remedies.find((r) => r.kind === 'reconsideration' && r.outcome !== 'withdrawn');
  if (decided) return lawsuitAfterReconsiderationEnds(calendar, rulebook, decided.endedOn!);
  const reconsideration = clockDue(calendar, rulebook, 'reconsideration.window', decisionServedOn);
  const sue = lawsuitWindowEnds(calendar, rulebook, decisionServedOn);
  return reconsideration > sue ? reconsideration : sue;
}

/**
 * When the agency may apply to the court for enforcement (行政强制法 第53–54条): no earlier than 10
 * working days after the demand (催告) is served, and within 3 months after the remedy window that
 * applies closes (`remediesCloseOn`); null while a remedy is pending. The remedy windows are the
 * party's and close on their rolled ends; the 3 months are the agency's limit, due on their un-rolled
 * last day.
 */
export function courtEnforcementWindow(
  calendar: WorkCalendar,
  rulebook: Rulebook,
  decisionServedOn: IsoDate,
  demandServedOn: IsoDate,
  remedies: readonly RemedyRecord[] = [],
): { earliest: IsoDate; latest: IsoDate; remediesCloseOn: IsoDate } | null {
  const closeOn = remediesCloseOn(calendar, rulebook, decisionServedOn, remedies);
  if (!closeOn) return null;
  const earliest = addDays(lastDay(calendar, rulebook, 'court_enforcement.earliest', demandServedOn), 1);
  const latest = clockDue(calendar, rulebook, 'court_enforcement.latest', closeOn);
  return {
    earliest: earliest > closeOn ? earliest : addDays(closeOn, 1),
    latest,
    remediesCloseOn: closeOn,
  };
}

/** The phrase a closure proposal gives for each ground of 安全生产法 第113条 (shown by name, i18n/terms). */
export const CLOSURE_GROUND_REASONS = {
  repeat_penalties_180: '3 penalties within 180 days with a major hidden danger (安全生产法 第113条)',
  repeat_penalties_year: '4 penalties within a year with a major hidden danger (安全生产法 第113条)',
  unsafe_after_suspension:
    'still without the required safety conditions after a suspension for rectification (安全生产法 第113条)',
  major_accident_unsafe:
    'a major or especially major accident caused without the required safety conditions (安全生产法 第113条)',
  refused_suspension: 'refused a suspension order (安全生产法 第113条)',
} as const;

/**
 * 安全生产法 第113条: the agency proposes closure to the local government when a unit
 * (一) with a major hidden danger was penalised 3 times within 180 days or 4 times within a year —
 *      "内" includes the last day (民法典 第1259条): the 180th day after the first, the anniversary day;
 * (二) is still without the safety conditions after a suspension for rectification;
 * (三) caused a major or especially major accident without them; (四) refused a suspension decision.
 * The windows are the rulebook's (`closure.repeat_180_days`, `closure.repeat_one_year`).
 */
export function closureProposalReason(
  unit: {
    penaltyDecisionDates: readonly IsoDate[];
    hasMajorHiddenDanger: boolean;
    refusedSuspension: boolean;
    /** Grounds (二) and (三) as found (the opening's or the case's). */
    grounds?: readonly ClosureGround[];
  },
  rulebook?: Rulebook,
): string | undefined {
  const grounds = new Set(unit.grounds ?? []);
  if (unit.refusedSuspension || grounds.has('refused_suspension'))
    return CLOSURE_GROUND_REASONS.refused_suspension;
  if (grounds.has('unsafe_after_suspension')) return CLOSURE_GROUND_REASONS.unsafe_after_suspension;
  if (grounds.has('major_accident_unsafe')) return CLOSURE_GROUND_REASONS.major_accident_unsafe;
  if (!unit.hasMajorHiddenDanger) return undefined;
  const shortDays = rulebook ? ruleOf(rulebook, 'closure.repeat_180_days').amount : 180;
  const longYears = rulebook ? ruleOf(rulebook, 'closure.repeat_one_year').amount : 1;
  const dates = [...unit.penaltyDecisionDates].sort();
  for (let i = 0; i + 2 < dates.length; i += 1) {
    if (dates[i + 2]! <= addDays(dates[i]!, shortDays)) return CLOSURE_GROUND_REASONS.repeat_penalties_180;
  }
  for (let i = 0; i + 3 < dates.length; i += 1) {
    if (dates[i + 3]! <= addMonths(dates[i]!, 12 * longYears))
      return CLOSURE_GROUND_REASONS.repeat_penalties_year;
  }
  return undefined;
}
