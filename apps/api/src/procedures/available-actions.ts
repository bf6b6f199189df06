import { currentLocale } from '@safecase/common';
import {
  anyOf,
  commandsIn,
  fourEyesViolation,
  type Actor,
  msg,
  renderMessage,
  type CommandDefinition,
  type Locale,
  type Message,
  type ProcedureDefinition,
} from '@safecase/domain';

/** Why a user who sees an action cannot take it now. */
export const ACTION_REFUSALS = ['role', 'four_eyes', 'not_handler', 'not_chair'] as const;
export type ActionRefusal = (typeof ACTION_REFUSALS)[number];

/** One button of a record page: what the caller may do in the record's current stage. */
export interface AvailableAction {
  id: string;
  command: string;
  label: string;
  method: 'POST';
  path: string;
  allowed: boolean;
  reason?: ActionRefusal;
  message?: string;
}

// fourEyesViolation's reasons, as catalog messages.
const FOUR_EYES: Record<string, Message> = {
  'you made this proposal': msg('action.own_proposal'),
  'you handle this case': msg('action.own_case'),
};

/**
 * The actions of the record's current stage for the calling user, from the procedure's definition
 * plus the same person checks its rules make (the definition's `handles`, `fourEyesViolation`), in
 * the same order as `decide`: role, then handler, four-eyes or chair. A command with nothing to act
 * on (its `applicable`, e.g. lifting a measure on a case without one in force) is left out. A refusal
 * that depends on the request (which measure, which day) shows only when the action is sent. Labels
 * and reasons are in the request's language (`Accept-Language`), like problem+json.
 */
export function availableActions<Stage extends string, Type extends string, State extends { stage: Stage }>(
  definition: ProcedureDefinition<Stage, Type, State>,
  state: State & { handlers: readonly string[] },
  actor: Actor,
  base: string,
  locale: Locale = currentLocale(),
): AvailableAction[] {
  if (definition.terminal.includes(state.stage)) return [];
  const applicable = (type: Type) => definition.commands[type].applicable?.(state) ?? true;
  return commandsIn(definition, state.stage)
    .filter(applicable)
    .map((type) => {
      const c = definition.commands[type];
      const action = {
        id: c.action,
        command: type,
        label: c.label[locale],
        method: 'POST' as const,
        // Sub-records stay a template, as in the OpenAPI paths: /cases/…/measures/{measureId}/decision.
        path: `${base}/${c.action.replace(/:(\w+)/g, '{$1}')}`,
      };
      const refusal = whyNot(c, state, actor, (s) => definition.handles(s, actor.userId));
      return refusal
        ? {
            ...action,
            allowed: false,
            reason: refusal.reason,
            message: renderMessage(refusal.message, locale),
          }
        : { ...action, allowed: true };
    });
}

function whyNot<State extends { handlers: readonly string[] }>(
  c: CommandDefinition<string, State>,
  state: State,
  actor: Actor,
  handles: (state: State) => boolean,
): { reason: ActionRefusal; message: Message } | null {
  if (!c.roles.some((r) => actor.roles.includes(r)))
    return { reason: 'role', message: msg('action.needs_role', { roles: anyOf(c.roles) }) };
  if (c.check === 'handler' && !handles(state))
    return { reason: 'not_handler', message: msg('action.not_handler') };
  if (c.check === 'four_eyes' || c.check === 'not_proposer') {
    const handlers = c.check === 'four_eyes' ? state.handlers : [];
    const why = fourEyesViolation(actor, { proposedBy: c.proposer?.(state), handlers });
    if (why) return { reason: 'four_eyes', message: FOUR_EYES[why] ?? msg('action.four_eyes') };
  }
  if (c.check === 'chair' && c.chair?.(state) !== actor.userId)
    return { reason: 'not_chair', message: msg('action.not_chair') };
  return null;
}
