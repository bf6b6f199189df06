import { CaseRejection } from '../enforcement/case-rejection';
import { anyOf, commandTerm, msg, term } from '../i18n/message';
import type { TERMS } from '../i18n/terms';
import type { Role } from '../identity/roles';

/**
 * Who, beyond the role, may take a step (the rules check it, because it depends on the state; the
 * definition names it so that `availableActions` can explain a refusal before it happens):
 * `handler` an officer handling the record, `four_eyes` an approver who neither proposed it nor
 * handles the record, `not_proposer` an approver who did not propose it, `chair` the hearing's chair.
 */
export type ActorCheck = 'handler' | 'four_eyes' | 'not_proposer' | 'chair';

/** One command of a procedure, as data: where it is allowed, who sends it, how the API and audit name it. */
export interface CommandDefinition<Stage extends string, State = unknown> {
  /** The API path under the record (`/cases/:caseId/<action>`), also the action's id. */
  action: string;
  /** The audited name of its acceptance and its refusal (the route's `@Command`). */
  audit: string;
  label: { zh: string; en: string };
  stages: readonly Stage[];
  /** Most senior first: the first role the actor holds is the capacity recorded on the events. */
  roles: readonly Role[];
  check?: ActorCheck;
  /** For `four_eyes` and `not_proposer`: who proposed what is being approved (they may not approve it). */
  proposer?: (state: State) => string | null | undefined;
  /** For `chair`: the one person who may take the step. */
  chair?: (state: State) => string | null | undefined;
  /** The events it may yield (documentation; the rules decide which). */
  yields?: readonly string[];
  /**
   * For a command that acts on a sub-record (a measure, a hidden danger, a document to serve, an
   * extension request …): whether the record has one it could act on now. `availableActions` leaves
   * the command out while it has not, so a page never offers a button with nothing behind it; a
   * command sent anyway is still refused by its rule, which names what is missing. Absent: always.
   */
  applicable?: (state: State) => boolean;
}

export interface ProcedureDefinition<Stage extends string, Type extends string, State = unknown> {
  kind: string;
  /** The record in English prose ("the penalty case"); refusals name it by `recordTerm(kind)`. */
  noun: string;
  /** In order; the terminal ones take no command. */
  stages: readonly Stage[];
  terminal: readonly Stage[];
  commands: { readonly [T in Type]: CommandDefinition<Stage, State> };
  /** Whether the actor handles the record (the `handler` check of the rules and of `availableActions`). */
  handles(state: State, userId: string): boolean;
}

/**
 * The stage and role gate of every command, from the definition: refuses a terminal record, a stage
 * the command is not allowed in (409 `case.wrong_stage`), an actor holding none of its roles (403
 * `auth.forbidden`). Returns the capacity the actor acts in. Handler and four-eyes checks follow in
 * the rules, which see the state.
 */
export function checkCommand<Stage extends string, Type extends string, State>(
  definition: ProcedureDefinition<Stage, Type, State>,
  stage: Stage,
  type: Type,
  actor: { roles: readonly string[] },
): Role {
  const command = definition.commands[type];
  const action = commandTerm(definition.kind, type);
  const record = term(recordTerm(definition.kind));
  if (definition.terminal.includes(stage))
    throw new CaseRejection(
      'case.wrong_stage',
      msg('procedure.terminal', { action, record, stage: term(stage) }),
    );
  if (!command.stages.includes(stage)) {
    throw new CaseRejection(
      'case.wrong_stage',
      msg('procedure.wrong_stage', { action, record, stage: term(stage), allowed: anyOf(command.stages) }),
    );
  }
  const role = command.roles.find((r) => actor.roles.includes(r));
  if (!role)
    throw new CaseRejection(
      'auth.forbidden',
      msg('procedure.needs_role', { action, roles: anyOf(command.roles) }),
    );
  return role;
}

/**
 * The runtime's gate before any rule runs: another agency's record is refused as one that does not
 * exist (404 `case.not_found`, before anything about its stage is told), then `checkCommand`.
 */
export function checkGate<
  Stage extends string,
  Type extends string,
  State extends { stage: Stage; agencyId: string },
>(
  definition: ProcedureDefinition<Stage, Type, State>,
  state: State,
  type: Type,
  actor: { roles: readonly string[]; agencyId: string },
): Role {
  if (actor.agencyId !== state.agencyId)
    throw new CaseRejection(
      'case.not_found',
      msg('procedure.not_in_agency', { record: term(recordTerm(definition.kind)) }),
    );
  return checkCommand(definition, state.stage, type, actor);
}

/**
 * The capacity an actor sends a command in: the first of the command's roles (most senior first) the
 * actor holds, recorded on the events. The runtime has refused the command already when there is
 * none (`checkCommand`, before the rules run); rules called without that gate fail loudly here
 * rather than record a capacity the actor lacks (specs go through `decideChecked`).
 */
export function actingRole<Stage extends string, Type extends string, State>(
  definition: ProcedureDefinition<Stage, Type, State>,
  type: Type,
  actor: { roles: readonly string[] },
): Role {
  const role = definition.commands[type].roles.find((r) => actor.roles.includes(r));
  if (!role) throw new Error(`${definition.kind}:${type} reached its rules without checkCommand`);
  return role;
}

/**
 * The catalog term (i18n/terms.ts) naming a procedure's record: 案件 / case, 处罚案件 / penalty case,
 * 移送案件 / transfer, 整改事项 / rectification item, 事故 / accident. A kind is its own term except the
 * enforcement case's.
 */
export function recordTerm(kind: string): RecordTerm {
  return kind === 'enforcement' ? 'case' : (kind as RecordTerm);
}
export type RecordTerm = Extract<
  keyof typeof TERMS,
  'case' | 'penalty' | 'transfer' | 'accident' | 'rectification_item'
>;

/** The commands allowed in a stage, in the definition's order. */
export function commandsIn<Stage extends string, Type extends string, State>(
  definition: ProcedureDefinition<Stage, Type, State>,
  stage: Stage,
): Type[] {
  return (Object.keys(definition.commands) as Type[]).filter((t) =>
    definition.commands[t].stages.includes(stage),
  );
}
