import { chinaDateOf } from '../../calendar/china-time';
import { isIsoDate } from '../../calendar/iso-date';
import { deadlineDayProblem, factDayProblem, factInstantProblem } from '../../rulebook/input-bounds';
import { fourEyesViolation } from '../../identity/four-eyes';
import type { CaseCommand } from '../case-commands';
import type { EventActor } from '../case-events';
import { refuse, reject } from '../case-rejection';
import { anyOf, term, type ActionPhrase } from '../../i18n';
import type { CaseActor, CaseStage, CaseState, HiddenDanger, Measure } from '../case-types';

/** What every rule of `decide` sees: the case, who acts, when, and how the actor is recorded. */
export interface DecideContext {
  state: CaseState;
  actor: CaseActor;
  now: number;
  by: (role: string) => EventActor;
}

export type CommandOf<T extends CaseCommand['type']> = Extract<CaseCommand, { type: T }>;

export { reject };

export function requireStage(state: CaseState, allowed: CaseStage[], action: ActionPhrase): void {
  if (!allowed.includes(state.stage)) {
    reject('case.wrong_stage', 'case.wrong_stage', {
      action: term(action),
      stage: term(state.stage),
      allowed: anyOf(allowed),
    });
  }
}

export function requireRole(actor: CaseActor, roles: string[], action: ActionPhrase): string {
  // The first role in `roles` the actor holds is the capacity recorded: list the most senior first.
  const role = roles.find((r) => actor.roles.includes(r));
  if (!role)
    return reject('auth.forbidden', 'common.needs_role', { action: term(action), roles: anyOf(roles) });
  return role;
}

/** Officers act on cases they handle; after the inspection, that is the inspecting team and the opener. */
export function requireHandlingOfficer(state: CaseState, actor: CaseActor, action: ActionPhrase): string {
  const role = requireRole(actor, ['officer'], action);
  if (state.stage !== 'opened' && !state.handlers.includes(actor.userId)) {
    reject('auth.forbidden', 'case.not_handler', { action: term(action) });
  }
  return role;
}

export function requireApprover(
  state: CaseState,
  actor: CaseActor,
  roles: string[],
  action: ActionPhrase,
  proposedBy?: string,
) {
  const role = requireRole(actor, roles, action);
  const why = fourEyesViolation(actor, { proposedBy, handlers: state.handlers });
  if (why) reject('auth.four_eyes', 'common.four_eyes', { action: term(action), why: term(why) });
  return role;
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
