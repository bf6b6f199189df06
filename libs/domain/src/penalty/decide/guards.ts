import { chinaDateOf } from '../../calendar/china-time';
import { computeDeadline } from '../../calendar/deadline';
import { addDays, isIsoDate, type IsoDate } from '../../calendar/iso-date';
import { CalendarYearMissingError, type WorkCalendar } from '../../calendar/work-calendar';
import type { EventActor } from '../../enforcement/case-events';
import { refuse, reject } from '../../enforcement/case-rejection';
import { anyOf, term, type ActionPhrase } from '../../i18n';
import type { CaseActor } from '../../enforcement/case-types';
import { fourEyesViolation } from '../../identity/four-eyes';
import { deadlineDayProblem, factDayProblem } from '../../rulebook/input-bounds';
import type { PenaltyStage, PenaltyState } from '../penalty-types';

/** What every penalty rule sees: the case, who acts, when (and the China date), the calendar. */
export interface PenaltyContext {
  state: PenaltyState;
  actor: CaseActor;
  now: number;
  today: IsoDate;
  calendar: WorkCalendar;
  by: (role: string) => EventActor;
}

export function penaltyContext(
  state: PenaltyState,
  actor: CaseActor,
  now: number,
  calendar: WorkCalendar,
): PenaltyContext {
  return {
    state,
    actor,
    now,
    today: chinaDateOf(now),
    calendar,
    by: (role) => ({ userId: actor.userId, username: actor.username, role }),
  };
}

export { reject };

export function needStage(state: PenaltyState, stages: PenaltyStage[], what: ActionPhrase): void {
  if (!stages.includes(state.stage))
    reject('case.wrong_stage', 'penalty.wrong_stage', { action: term(what), stage: term(state.stage) });
}

/** The first listed role the actor holds is the capacity recorded: list the most senior first. */
export function needRole(actor: CaseActor, roles: string[], what: ActionPhrase): string {
  const role = roles.find((r) => actor.roles.includes(r));
  return role ?? reject('auth.forbidden', 'common.needs_role', { action: term(what), roles: anyOf(roles) });
}

/** Investigators' steps: an officer who handles this penalty case. */
export function needHandler(state: PenaltyState, actor: CaseActor, what: ActionPhrase): string {
  const role = needRole(actor, ['officer'], what);
  if (!state.handlers.includes(actor.userId))
    reject('auth.forbidden', 'penalty.not_handler', { action: term(what) });
  return role;
}

/** An approval by a supervisor or the head who is neither the proposer nor a handler (four-eyes). */
export function needApprover(
  ctx: PenaltyContext,
  what: ActionPhrase,
  proposedBy?: string,
  roles = ['head', 'supervisor'],
): string {
  const role = needRole(ctx.actor, roles, what);
  const why = fourEyesViolation(ctx.actor, { proposedBy, handlers: ctx.state.handlers });
  if (why) reject('auth.four_eyes', 'common.four_eyes', { action: term(what), why: term(why) });
  return role;
}

/**
 * A day in the past or today (a fact the officer records), valid as a calendar date, within the
 * rulebook's `input.fact_max_age`.
 */
export function needPastDate(ctx: PenaltyContext, value: string, field: string, notBefore?: IsoDate): void {
  if (!isIsoDate(value)) reject('case.invalid', 'common.date_invalid', { field });
  if (value > ctx.today) reject('case.invalid', 'common.date_future', { field });
  const tooOld = factDayProblem(ctx.state.rulebook, ctx.today, value, field);
  if (tooOld) refuse('case.invalid', tooOld);
  if (notBefore && value < notBefore) reject('case.invalid', 'common.date_before', { field, notBefore });
}

/** A day an officer sets ahead (a hearing), no later than the rulebook's `input.deadline_max_ahead`. */
export function needDayAhead(ctx: PenaltyContext, value: string, field: string): void {
  if (!isIsoDate(value)) reject('case.invalid', 'common.date_invalid', { field });
  const tooFar = deadlineDayProblem(ctx.state.rulebook, ctx.today, value, field);
  if (tooFar) refuse('case.invalid', tooFar);
}

/**
 * The last day of a calendar-day period when `day` is past it, else null. A day before the plain
 * count is in time whatever the calendar says, so a year not yet loaded only matters when it could
 * change the answer — and then the command is refused, never guessed (docs/domain.md §2).
 */
export function pastDue(ctx: PenaltyContext, from: IsoDate, amount: number, day: IsoDate): IsoDate | null {
  if (day <= addDays(from, amount)) return null;
  try {
    const { due } = computeDeadline(ctx.calendar, from, amount, 'calendar_days');
    return day > due ? due : null;
  } catch (error) {
    if (!(error instanceof CalendarYearMissingError)) throw error;
    return reject('case.invalid', 'penalty.calendar_missing', { year: error.year, day });
  }
}
