import { isIsoDate } from '../../calendar/iso-date';
import { fourEyesViolation } from '../../identity/four-eyes';
import type { CaseCommand } from '../case-commands';
import type { EventActor } from '../case-events';
import { CaseRejection } from '../case-rejection';
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

export const reject = (code: CaseRejection['code'], message: string): never => {
  throw new CaseRejection(code, message);
};

/**
 * Officers act on cases they handle (the definition's `handles`): after the inspection, that is the
 * inspecting team and the opener. The role was checked from the definition; this is the person.
 */
export function requireHandler(ctx: DecideContext, action: string): string {
  if (!ENFORCEMENT_PROCEDURE.handles(ctx.state, ctx.actor.userId)) {
    reject('auth.forbidden', `${action}: you do not handle this case`);
  }
  return ctx.role;
}

/** An approver who neither proposed it nor handles the case (four-eyes); the role came from the definition. */
export function requireFourEyes(ctx: DecideContext, action: string, proposedBy?: string): string {
  const why = fourEyesViolation(ctx.actor, { proposedBy, handlers: ctx.state.handlers });
  if (why) reject('auth.four_eyes', `${action}: ${why}`);
  return ctx.role;
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
