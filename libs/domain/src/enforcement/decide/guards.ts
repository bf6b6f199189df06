import { chinaDateOf } from '../../calendar/china-time';
import { isIsoDate } from '../../calendar/iso-date';
import { deadlineDayProblem, factDayProblem, factInstantProblem } from '../../rulebook/input-bounds';
import { fourEyesViolation } from '../../identity/four-eyes';
import type { CaseCommand } from '../case-commands';
import type { EventActor } from '../case-events';
import { refuse, reject } from '../case-rejection';
import { term, type ActionPhrase } from '../../i18n';
import type { CaseActor, CaseState, HiddenDanger, Measure } from '../case-types';
import { ENFORCEMENT_PROCEDURE } from '../enforcement.procedure';

/** What every rule of `decide` sees: the case, who acts, when, and how the actor is recorded. */
export interface DecideContext {
  state: CaseState;
  actor: CaseActor;
  now: number;
  /** The capacity the actor acts in: the first of the command's roles (its definition) they hold. */
  role: string;
  by: (role: string) => EventActor;
}

export type CommandOf<T extends CaseCommand['type']> = Extract<CaseCommand, { type: T }>;

export { reject };

/**
 * Officers act on cases they handle (the definition's `handles`): after the inspection, that is the
 * inspecting team and the opener. The role was checked from the definition; this is the person.
 */
export function requireHandler(ctx: DecideContext, action: ActionPhrase): string {
  if (!ENFORCEMENT_PROCEDURE.handles(ctx.state, ctx.actor.userId)) {
    reject('auth.forbidden', 'case.not_handler', { action: term(action) });
  }
  return ctx.role;
}

/** An approver who neither proposed it nor handles the case (four-eyes); the role came from the definition. */
export function requireFourEyes(ctx: DecideContext, action: ActionPhrase, proposedBy?: string): string {
  const why = fourEyesViolation(ctx.actor, { proposedBy, handlers: ctx.state.handlers });
  if (why) reject('auth.four_eyes', 'common.four_eyes', { action: term(action), why: term(why) });
  return ctx.role;
}

export function requireDangers(state: CaseState, ids: string[], open: boolean): HiddenDanger[] {
  if (ids.length === 0) reject('case.invalid', 'case.no_danger');
  return ids.map((id) => {
    const d = state.dangers.find((x) => x.id === id);
    if (!d) return reject('case.invalid', 'case.unknown_danger', { id });
    if (open && d.status !== 'open')
      reject('case.invalid', 'case.danger_not_open', { id, status: term(d.status) });
    return d;
  });
}

export function requireMeasure(state: CaseState, id: string): Measure {
  return state.measures.find((m) => m.id === id) ?? reject('case.invalid', 'case.unknown_measure', { id });
}

export function requireDate(value: string, field: string): void {
  if (!isIsoDate(value)) reject('case.invalid', 'common.date_invalid', { field });
}

export function newMeasure(
  state: CaseState,
  actor: CaseActor,
  now: number,
  fields: Pick<Measure, 'kind' | 'dangerIds' | 'reason' | 'emergency'>,
): Measure {
  return {
    id: `M${state.measures.length + 1}`,
    ...fields,
    status: 'proposed',
    proposedBy: actor.userId,
    proposedAt: now,
    decidedBy: null,
    decidedAt: null,
    effectiveAt: null,
    unitRefused: false,
    noticeUntil: null,
    liftedAt: null,
    liftReason: null,
    seizure: null,
    inventory: null,
    cutoff: null,
    procedure: null,
    confirmation: null,
  };
}

/** A day something happened on: a calendar date, not after today, within `input.fact_max_age`. */
export function requireFactDay(ctx: DecideContext, value: string, field: string): void {
  requireDate(value, field);
  const problem = factDayProblem(ctx.state.rulebook, chinaDateOf(ctx.now), value, field);
  if (problem) refuse('case.invalid', problem);
}

/** An instant something happened at: not in the future, within `input.fact_max_age`. */
export function requireFactInstant(ctx: DecideContext, at: number, field: string): void {
  const problem = factInstantProblem(ctx.state.rulebook, ctx.now, at, field);
  if (problem) refuse('case.invalid', problem);
}

/** A day an officer sets ahead: a calendar date within `input.deadline_max_ahead` of today. */
export function requireDeadlineDay(ctx: DecideContext, value: string, field: string): void {
  requireDate(value, field);
  const problem = deadlineDayProblem(ctx.state.rulebook, chinaDateOf(ctx.now), value, field);
  if (problem) refuse('case.invalid', problem);
}
