import { chinaDateOf } from '../../calendar/china-time';
import { computeDeadline } from '../../calendar/deadline';
import { addDays, isIsoDate, type IsoDate } from '../../calendar/iso-date';
import { CalendarYearMissingError, type WorkCalendar } from '../../calendar/work-calendar';
import type { EventActor } from '../../enforcement/case-events';
import { CaseRejection } from '../../enforcement/case-rejection';
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

export const reject = (code: CaseRejection['code'], message: string): never => {
  throw new CaseRejection(code, message);
};

export function needStage(state: PenaltyState, stages: PenaltyStage[], what: string): void {
  if (!stages.includes(state.stage))
    reject('case.wrong_stage', `cannot ${what} while the penalty case is ${state.stage}`);
}

/** The first listed role the actor holds is the capacity recorded: list the most senior first. */
export function needRole(actor: CaseActor, roles: string[], what: string): string {
  const role = roles.find((r) => actor.roles.includes(r));
  return role ?? reject('auth.forbidden', `${what} needs the role ${roles.join(' or ')}`);
}

/** Investigators' steps: an officer who handles this penalty case. */
export function needHandler(state: PenaltyState, actor: CaseActor, what: string): string {
  const role = needRole(actor, ['officer'], what);
  if (!state.handlers.includes(actor.userId))
    reject('auth.forbidden', `${what}: you do not handle this penalty case`);
  return role;
}

/** An approval by a supervisor or the head who is neither the proposer nor a handler (four-eyes). */
export function needApprover(
  ctx: PenaltyContext,
  what: string,
  proposedBy?: string,
  roles = ['head', 'supervisor'],
): string {
  const role = needRole(ctx.actor, roles, what);
  const why = fourEyesViolation(ctx.actor, { proposedBy, handlers: ctx.state.handlers });
  if (why) reject('auth.four_eyes', `${what}: ${why}`);
  return role;
}

/**
 * A day in the past or today (a fact the officer records), valid as a calendar date, within the
 * rulebook's `input.fact_max_age`.
 */
export function needPastDate(ctx: PenaltyContext, value: string, field: string, notBefore?: IsoDate): void {
  if (!isIsoDate(value)) reject('case.invalid', `${field} must be a calendar date YYYY-MM-DD`);
  if (value > ctx.today) reject('case.invalid', `${field} cannot be in the future`);
  const tooOld = factDayProblem(ctx.state.rulebook, ctx.today, value, field);
  if (tooOld) reject('case.invalid', tooOld);
  if (notBefore && value < notBefore) reject('case.invalid', `${field} cannot be before ${notBefore}`);
}

/** A day an officer sets ahead (a hearing), no later than the rulebook's `input.deadline_max_ahead`. */
export function needDayAhead(ctx: PenaltyContext, value: string, field: string): void {
  if (!isIsoDate(value)) reject('case.invalid', `${field} must be a calendar date YYYY-MM-DD`);
  const tooFar = deadlineDayProblem(ctx.state.rulebook, ctx.today, value, field);
  if (tooFar) reject('case.invalid', tooFar);
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
    return reject(
      'case.invalid',
      `the working-day arrangement for ${error.year} is not loaded: cannot tell whether ${day} is in time`,
    );
  }
}
