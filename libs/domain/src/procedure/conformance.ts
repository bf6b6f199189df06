// Shared by the definition specs only (not exported from the library): checks a procedure's
// definition against what its rules actually do, so the two cannot drift apart.
import { CaseRejection } from '../enforcement/case-rejection';
import type { CaseActor } from '../enforcement/case-types';
import { ROLES, type Role } from '../identity/roles';
import { checkCommand, type ProcedureDefinition } from './definition';

type Outcome = 'accepted' | { code: string; message: string };

/** What the rules answer: accepted, or the refusal. Anything else (a TypeError) fails the spec. */
export function outcome(run: () => unknown): Outcome {
  try {
    run();
    return 'accepted';
  } catch (error) {
    if (error instanceof CaseRejection) return { code: error.code, message: error.message };
    throw error;
  }
}

export interface Conformance<Stage extends string, Type extends string, State, Command> {
  definition: ProcedureDefinition<Stage, Type, State>;
  /** States of every stage (one or a few each), each reached through the rules themselves. */
  states: Record<Stage, State[]>;
  /** A well-formed command of each type, for a state (its dates may follow the state's). */
  sample(type: Type, state: State): Command;
  decide(state: State, command: Command, actor: CaseActor): unknown;
  /** Who handles the record in that state. */
  handlers(state: State): readonly string[];
  /** Commands no state here lets through (a precondition these states do not meet), with why. */
  notAccepted?: Partial<Record<Type, string>>;
}

let agencyId = '';
/** A user of the record's agency holding just one role. */
const person = (userId: string, role: Role): CaseActor => ({
  userId,
  username: userId,
  displayName: userId,
  roles: [role],
  agencyId,
});

/** The refusal the definition gives, if any (the gate the workflow runtime runs before the rules). */
function expected<Stage extends string, Type extends string, State>(
  definition: ProcedureDefinition<Stage, Type, State>,
  stage: Stage,
  type: Type,
  actor: CaseActor,
): Outcome | null {
  const refusal = outcome(() => checkCommand(definition, stage, type, actor));
  return refusal === 'accepted' ? null : refusal;
}

export function describeConformance<
  Stage extends string,
  Type extends string,
  State extends { stage: Stage; agencyId: string },
  Command,
>(c: Conformance<Stage, Type, State, Command>): void {
  const { definition } = c;
  /** A handler of the record, if possible not the proposer of what the command approves. */
  const handlerOf = (type: Type, state: State) => {
    const proposer = definition.commands[type].proposer?.(state);
    const all = c.handlers(state);
    return all.find((h) => h !== proposer) ?? all[0] ?? 'nobody';
  };
  beforeEach(() => {
    agencyId = Object.values<State[]>(c.states)[0]![0]!.agencyId;
  });
  const types = Object.keys(definition.commands) as Type[];
  const stages = Object.keys(c.states) as Stage[];
  const allowedIn = (type: Type) =>
    stages.filter((s) => !definition.terminal.includes(s) && definition.commands[type].stages.includes(s));

  it('has a state for every stage of its graph, each in that stage', () => {
    expect([...stages].sort()).toEqual([...definition.stages].sort());
    for (const s of stages) {
      expect(c.states[s].length).toBeGreaterThan(0);
      for (const state of c.states[s])
        expect({ stage: s, state: state.stage }).toEqual({ stage: s, state: s });
    }
  });

  const all = stages.flatMap((stage) => c.states[stage].map((state) => ({ stage, state })));
  const allowed = (type: Type) => all.filter(({ stage }) => allowedIn(type).includes(stage));

  describe.each(types)('%s', (type) => {
    const command = definition.commands[type];
    const role = command.roles[0]!;
    const run = (state: State, who: string, r: Role = role) =>
      outcome(() => c.decide(state, c.sample(type, state), person(who, r)));

    it('is refused for its stage by the rules exactly where the definition refuses it', () => {
      // Where the definition allows it, the rules may still refuse (a precondition), never crash.
      for (const { stage, state } of all) {
        const got = run(state, handlerOf(type, state));
        const want = expected(definition, stage, type, person(handlerOf(type, state), role));
        if (want) expect({ type, stage, got }).toEqual({ type, stage, got: want });
      }
    });

    it('is refused for a role exactly when the definition does not list it', () => {
      const { stage, state } = allowed(type)[0]!;
      // What someone without any of the command's roles is told.
      const roleRefusal = expected(definition, stage, type, { ...person('x', role), roles: [] });
      for (const r of ROLES) {
        const got = run(state, handlerOf(type, state), r);
        const where = { type, role: r };
        if (command.roles.includes(r)) expect({ ...where, got }).not.toEqual({ ...where, got: roleRefusal });
        else expect({ ...where, got }).toEqual({ ...where, got: roleRefusal });
      }
    });

    it('goes through, from the right person, in a stage it is allowed in', () => {
      const accepted = allowed(type).filter(({ state }) => {
        // An approver neither proposed it nor handles the record; a chair is the one named.
        const who =
          command.check === 'four_eyes' || command.check === 'not_proposer'
            ? 'outsider'
            : command.check === 'chair'
              ? (command.chair?.(state) ?? 'nobody')
              : handlerOf(type, state);
        return run(state, who) === 'accepted';
      });
      if (c.notAccepted?.[type]) expect({ type, accepted }).toEqual({ type, accepted: [] });
      else expect({ type, accepted: accepted.length > 0 }).toEqual({ type, accepted: true });
    });

    it(`makes the person check the definition names (${command.check ?? 'none'}), and no other`, () => {
      let notHandler = false;
      let fourEyes = false;
      let notProposer = false;
      const code = (o: ReturnType<typeof outcome>) => (o === 'accepted' ? o : o.code);
      for (const { state } of allowed(type)) {
        const outsider = code(run(state, 'outsider'));
        const insider = code(run(state, handlerOf(type, state)));
        // Forbidden to someone who does not handle the record, but not to one who does.
        if (outsider === 'auth.forbidden' && insider !== 'auth.forbidden') notHandler = true;
        const proposer = command.proposer?.(state);
        // A handler who also proposed it says nothing about the handler rule.
        if (insider === 'auth.four_eyes' && proposer !== handlerOf(type, state)) fourEyes = true;
        if (proposer && code(run(state, proposer)) === 'auth.four_eyes') notProposer = true;
      }
      // A handler is refused only by `four_eyes`; the proposer by it and by `not_proposer`.
      if (command.check === 'not_proposer')
        expect({ type, proposer: notProposer }).toEqual({ type, proposer: true });
      const seen = { type, handler: notHandler, four_eyes: fourEyes };
      expect(seen).toEqual({
        type,
        handler: command.check === 'handler',
        four_eyes: command.check === 'four_eyes',
      });
    });
  });
}
