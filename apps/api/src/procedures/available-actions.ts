import {
  commandsIn,
  fourEyesViolation,
  type Actor,
  type CommandDefinition,
  type ProcedureDefinition,
  type Role,
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

const ROLE_NAMES: Record<Role, string> = {
  officer: '执法人员',
  supervisor: '负责人',
  head: '主要负责人',
  legal_reviewer: '法制审核人员',
  auditor: '审计人员',
  admin: '系统管理员',
};

// fourEyesViolation's reasons, as the officer reads them.
const FOUR_EYES: Record<string, string> = {
  'you made this proposal': '您是提出人，须由他人审批',
  'you handle this case': '您承办本案，须由未参与办案的人员审批',
};

/**
 * The actions of the record's current stage for the calling user, from the procedure's definition
 * plus the same person checks its rules make (the definition's `handles`, `fourEyesViolation`), in
 * the same order as `decide`: role, then handler, four-eyes or chair. A refusal that depends on the
 * request (which measure, which day) shows only when the action is sent.
 */
export function availableActions<Stage extends string, Type extends string, State extends { stage: Stage }>(
  definition: ProcedureDefinition<Stage, Type, State>,
  state: State & { handlers: readonly string[] },
  actor: Actor,
  base: string,
): AvailableAction[] {
  if (definition.terminal.includes(state.stage)) return [];
  return commandsIn(definition, state.stage).map((type) => {
    const c = definition.commands[type];
    const action = {
      id: c.action,
      command: type,
      label: c.label.zh,
      method: 'POST' as const,
      // Sub-records stay a template, as in the OpenAPI paths: /cases/…/measures/{measureId}/decision.
      path: `${base}/${c.action.replace(/:(\w+)/g, '{$1}')}`,
    };
    const refusal = whyNot(c, state, actor, (s) => definition.handles(s, actor.userId));
    return refusal ? { ...action, allowed: false, ...refusal } : { ...action, allowed: true };
  });
}

function whyNot<State extends { handlers: readonly string[] }>(
  c: CommandDefinition<string, State>,
  state: State,
  actor: Actor,
  handles: (state: State) => boolean,
): { reason: ActionRefusal; message: string } | null {
  if (!c.roles.some((r) => actor.roles.includes(r)))
    return { reason: 'role', message: `此操作须由${c.roles.map((r) => ROLE_NAMES[r]).join('或')}办理` };
  if (c.check === 'handler' && !handles(state))
    return { reason: 'not_handler', message: '您不是本案的承办人员' };
  if (c.check === 'four_eyes' || c.check === 'not_proposer') {
    const handlers = c.check === 'four_eyes' ? state.handlers : [];
    const why = fourEyesViolation(actor, { proposedBy: c.proposer?.(state), handlers });
    if (why) return { reason: 'four_eyes', message: FOUR_EYES[why] ?? '须由他人审批（两人原则）' };
  }
  if (c.check === 'chair' && c.chair?.(state) !== actor.userId)
    return { reason: 'not_chair', message: '听证笔录由听证主持人记录' };
  return null;
}
