import { addDays, type IsoDate } from '../calendar/iso-date';
import type { WorkCalendar } from '../calendar/work-calendar';
import { clockEnd } from '../rulebook/clock-end';
import { ruleOf } from '../rulebook/rulebook';
import type { TaskClock } from '../tasks/task-types';
import { lateSurcharge, type Surcharge } from './late-payment';
import { courtEnforcementWindow } from './penalty-rules';
import { surchargePauses, type PenaltyState } from './penalty-types';

const daysBetween = (from: IsoDate, to: IsoDate) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * The decision clock (行政处罚法 第60条): 90 days from 立案 as a budget, plus the days it stood still
 * (hearing, appraisal) and any approved extension; no due day while it stands still.
 */
export function decisionClock(state: PenaltyState): TaskClock & { kind: 'days' } {
  const c = state.decisionClock;
  const stood = c.pauses.reduce((n, p) => n + (p.to ? daysBetween(p.from, p.to) : 0), 0);
  return {
    kind: 'days',
    rule: 'decision.due',
    from: state.filing!.on,
    extraDays: stood + c.extensionDays,
    paused: c.pauses.some((p) => p.to === null),
  };
}

/** An agency-side limit: due on its un-rolled last day (docs/domain.md §2.4); null while paused. */
export function decisionDueDate(state: PenaltyState, calendar: WorkCalendar): IsoDate | null {
  const clock = decisionClock(state);
  if (clock.paused) return null;
  return clockEnd(calendar, ruleOf(state.rulebook, 'decision.due'), clock.from, clock.extraDays).due;
}

/** 法制审核 (第58条): major public interest, a hearing-right penalty (重大权益), complexity. */
export function reviewRequired(state: PenaltyState): boolean {
  const f = state.filing;
  return Boolean(
    f?.complex || f?.majorPublicInterest || state.notice?.hearingRight || state.hearing?.outcome === 'held',
  );
}

/** 集体讨论 (第57条): complex or major cases, decided by the agency's leadership together. */
export function deliberationRequired(state: PenaltyState): boolean {
  const f = state.filing;
  return Boolean(f?.complex || f?.majorPublicInterest || state.notice?.hearingRight);
}

/**
 * The payment deadline: 15 days from the day the decision is received (第67条), party-side, so its
 * end rolls past rest days and no surcharge runs before it.
 */
export function paymentDueDate(state: PenaltyState, calendar: WorkCalendar): IsoDate | null {
  if (!state.service || !state.decision || state.decision.fineFen === 0) return null;
  return clockEnd(calendar, ruleOf(state.rulebook, 'payment.due'), state.service.effectiveOn).due;
}

/** The surcharge on `asOf`, or null when nothing is owed (no fine, not yet due, revoked). */
export function surchargeOn(state: PenaltyState, calendar: WorkCalendar, asOf: IsoDate): Surcharge | null {
  const due = paymentDueDate(state, calendar);
  if (!due || state.decisionStatus === 'revoked') return null;
  return lateSurcharge(state.decision!.fineFen, due, asOf, surchargePauses(state));
}

/** What the party owes on `asOf`: the fine, its surcharge and any continuing daily fines. */
export function amountDueFen(state: PenaltyState, calendar: WorkCalendar, asOf: IsoDate): number {
  if (!state.decision || state.decisionStatus === 'revoked') return 0;
  const surcharge = surchargeOn(state, calendar, asOf)?.amountFen ?? 0;
  const continuing = state.continuingFines.reduce((n, f) => n + f.totalFen, 0);
  return state.decision.fineFen + surcharge + continuing;
}

/**
 * The day on which the surcharge has run `accrualDays` days (skipping the days a reconsideration or
 * lawsuit was pending); null while one is still pending, since the day cannot be known yet.
 */
export function dayOfSurcharge(
  state: PenaltyState,
  calendar: WorkCalendar,
  accrualDays: number,
): IsoDate | null {
  const due = paymentDueDate(state, calendar);
  if (!due) return null;
  const pauses = surchargePauses(state);
  let counted = 0;
  let day = due;
  while (counted < accrualDays) {
    day = addDays(day, 1);
    const pause = pauses.find((p) => day >= p.from && (p.to === null || day <= p.to));
    if (pause && pause.to === null) return null;
    if (!pause) counted += 1;
  }
  return day;
}

/** Days of surcharge until the cap: 3% a day reaches 100% of the fine on the 34th day (第72条). */
export const DAYS_TO_CAP = Math.ceil(100 / 3);

/** The court-enforcement window once the demand is served (行政强制法 第53–54条). */
export function courtWindow(state: PenaltyState, calendar: WorkCalendar) {
  if (!state.service || !state.demand) return null;
  return courtEnforcementWindow(
    calendar,
    state.rulebook,
    state.service.effectiveOn,
    state.demand.effectiveOn ?? state.demand.servedOn,
    state.remedies,
  );
}

/** What the penalty record shows the party owes on a day, item by item (null when nothing is owed). */
export interface AmountOwed {
  asOf: IsoDate;
  fineFen: number;
  surchargeFen: number;
  /** Days of surcharge counted so far (pauses for 复议/诉讼 left out). */
  surchargeDays: number;
  surchargeCapped: boolean;
  continuingFinesFen: number;
  totalFen: number;
}

/**
 * The amount owed on `asOf`, the same sum a payment must match (`amountDueFen`), broken down so an
 * officer can read it off the record instead of learning it from a refused payment.
 */
export function amountOwed(state: PenaltyState, calendar: WorkCalendar, asOf: IsoDate): AmountOwed | null {
  if (!state.decision || state.decisionStatus === 'revoked' || state.payment) return null;
  const continuingFinesFen = state.continuingFines.reduce((n, f) => n + f.totalFen, 0);
  if (state.decision.fineFen === 0 && continuingFinesFen === 0) return null;
  const surcharge = surchargeOn(state, calendar, asOf);
  return {
    asOf,
    fineFen: state.decision.fineFen,
    surchargeFen: surcharge?.amountFen ?? 0,
    surchargeDays: surcharge?.days ?? 0,
    surchargeCapped: surcharge?.capped ?? false,
    continuingFinesFen,
    totalFen: amountDueFen(state, calendar, asOf),
  };
}
