import { chinaDateOf } from '../../calendar/china-time';
import { computeDeadline } from '../../calendar/deadline';
import { addDays, isIsoDate, type IsoDate } from '../../calendar/iso-date';
import { CalendarYearMissingError, type WorkCalendar } from '../../calendar/work-calendar';
import type { EventActor } from '../../enforcement/case-events';
import { refuse, reject } from '../../enforcement/case-rejection';
import { term, type ActionPhrase } from '../../i18n';
import type { CaseActor } from '../../enforcement/case-types';
import { fourEyesViolation } from '../../identity/four-eyes';
import { deadlineDayProblem, factDayProblem } from '../../rulebook/input-bounds';
import { PENALTY_PROCEDURE } from '../penalty.procedure';
import type { PenaltyState } from '../penalty-types';

/** What every penalty rule sees: the case, who acts, when (and the China date), the calendar. */
export interface PenaltyContext {
  state: PenaltyState;
  actor: CaseActor;
  now: number;
  today: IsoDate;
  calendar: WorkCalendar;
  /** The capacity the actor acts in: the first of the command's roles (its definition) they hold. */
  role: string;
  by: (role: string) => EventActor;
}

export function penaltyContext(
  state: PenaltyState,
  actor: CaseActor,
  now: number,
  calendar: WorkCalendar,
  role: string,
): PenaltyContext {
  return {
    state,
    actor,
    now,
    role,
    today: chinaDateOf(now),
    calendar,
    by: (role) => ({ userId: actor.userId, username: actor.username, role }),
  };
}

export { reject };

/** Investigators' steps: an officer (the definition checked the role) who handles this penalty case. */
export function needHandler(ctx: PenaltyContext, what: ActionPhrase): string {
  if (!PENALTY_PROCEDURE.handles(ctx.state, ctx.actor.userId))
    reject('auth.forbidden', 'penalty.not_handler', { action: term(what) });
  return ctx.role;
}

/** An approval by someone who is neither the proposer nor a handler (four-eyes); the role came from the definition. */
export function needApprover(ctx: PenaltyContext, what: ActionPhrase, proposedBy?: string): string {
  const why = fourEyesViolation(ctx.actor, { proposedBy, handlers: ctx.state.handlers });
  if (why) reject('auth.four_eyes', 'common.four_eyes', { action: term(what), why: term(why) });
  return ctx.role;
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
