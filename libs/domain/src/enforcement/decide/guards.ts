import { chinaDateOf } from '../../calendar/china-time';
import { isIsoDate } from '../../calendar/iso-date';
import { deadlineDayProblem, factDayProblem, factInstantProblem } from '../../rulebook/input-bounds';
import { fourEyesViolation } from '../../identity/four-eyes';
import type { CaseCommand } from '../case-commands';
import type { EventActor } from '../case-events';
import { CaseRejection } from '../case-rejection';
import type { CaseActor, CaseStage, CaseState, HiddenDanger, Measure } from '../case-types';

/** What every rule of `decide` sees: the case, who acts, when, and how the actor is recorded. */
export interface DecideContext {
  state: CaseState;
  actor: CaseActor;
  now: number;
  by: (role: string) => EventActor;
}

export type CommandOf<T extends CaseCommand['type']> = Extract<CaseCommand, { type: T }>;

export const reject = (code: CaseRejection['code'], message: string): never => {
  throw new CaseRejection(code, message);
};

export function requireStage(state: CaseState, allowed: CaseStage[], action: string): void {
  if (!allowed.includes(state.stage)) {
    reject(
      'case.wrong_stage',
      `cannot ${action} while the case is ${state.stage} (needs ${allowed.join(' or ')})`,
    );
  }
}

export function requireRole(actor: CaseActor, roles: string[], action: string): string {
  // The first role in `roles` the actor holds is the capacity recorded: list the most senior first.
  const role = roles.find((r) => actor.roles.includes(r));
  if (!role) return reject('auth.forbidden', `${action} needs the role ${roles.join(' or ')}`);
  return role;
}

/** Officers act on cases they handle; after the inspection, that is the inspecting team and the opener. */
export function requireHandlingOfficer(state: CaseState, actor: CaseActor, action: string): string {
  const role = requireRole(actor, ['officer'], action);
  if (state.stage !== 'opened' && !state.handlers.includes(actor.userId)) {
    reject('auth.forbidden', `${action}: you do not handle this case`);
  }
  return role;
}

export function requireApprover(
  state: CaseState,
  actor: CaseActor,
  roles: string[],
  action: string,
  proposedBy?: string,
) {
  const role = requireRole(actor, roles, action);
  const why = fourEyesViolation(actor, { proposedBy, handlers: state.handlers });
  if (why) reject('auth.four_eyes', `${action}: ${why}`);
  return role;
}

export function requireDangers(state: CaseState, ids: string[], open: boolean): HiddenDanger[] {
  if (ids.length === 0) reject('case.invalid', 'name at least one hidden danger');
  return ids.map((id) => {
    const d = state.dangers.find((x) => x.id === id);
    if (!d) return reject('case.invalid', `no hidden danger ${id} on this case`);
    if (open && d.status !== 'open') reject('case.invalid', `hidden danger ${id} is already ${d.status}`);
    return d;
  });
}

export function requireMeasure(state: CaseState, id: string): Measure {
  return state.measures.find((m) => m.id === id) ?? reject('case.invalid', `no measure ${id} on this case`);
}

export function requireDate(value: string, field: string): void {
  if (!isIsoDate(value)) reject('case.invalid', `${field} must be a calendar date YYYY-MM-DD`);
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
  if (problem) reject('case.invalid', problem);
}

/** An instant something happened at: not in the future, within `input.fact_max_age`. */
export function requireFactInstant(ctx: DecideContext, at: number, field: string): void {
  const problem = factInstantProblem(ctx.state.rulebook, ctx.now, at, field);
  if (problem) reject('case.invalid', problem);
}

/** A day an officer sets ahead: a calendar date within `input.deadline_max_ahead` of today. */
export function requireDeadlineDay(ctx: DecideContext, value: string, field: string): void {
  requireDate(value, field);
  const problem = deadlineDayProblem(ctx.state.rulebook, chinaDateOf(ctx.now), value, field);
  if (problem) reject('case.invalid', problem);
}
