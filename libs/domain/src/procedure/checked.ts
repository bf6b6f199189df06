import type { CaseActor } from '../enforcement/case-types';
import { checkGate, type ProcedureDefinition } from './definition';

/**
 * A procedure's rules behind its definition's gate, as the workflow runtime runs them: another
 * agency's record, a closed record, a stage the command is not allowed in and an actor without its
 * roles are refused by `checkGate` before any rule runs. The rules themselves (`decide…`) no longer check these; specs
 * that send a command in the wrong stage or role go through this, as the runtime does.
 */
export function decideChecked<
  Stage extends string,
  Type extends string,
  State extends { stage: Stage; agencyId: string },
  Command extends { type: Type },
  Rest extends unknown[],
  Events,
>(
  definition: ProcedureDefinition<Stage, Type, State>,
  decide: (state: State, command: Command, actor: CaseActor, ...rest: Rest) => Events,
): (state: State, command: Command, actor: CaseActor, ...rest: Rest) => Events {
  return (state, command, actor, ...rest) => {
    checkGate(definition, state, command.type, actor);
    return decide(state, command, actor, ...rest);
  };
}
