import type { SignalDefinition } from '@temporalio/common';
import type { CaseActor, CatchUp, ProcedureDefinition, ScheduledTask, WorkCalendar } from '@safecase/domain';
import type { ProjectionRecord } from './procedure.activities';

/** What the runtime needs of a procedure's events. */
export type AnyEvent = { type: string; at: number; documents?: { key: string; type: string }[] };

/** What the runtime needs of a procedure's state and commands. */
export type AnyState = {
  stage: string;
  agencyId: string;
  seq: number;
  missingYears: number[];
  documents: { key: string; seq: number }[];
};
export type AnyCommand = { type: string };

/**
 * What a procedure is, for the shared runtime: its pure rules from libs/domain, its read-model
 * record and its hooks. Every procedure supplies every member. A hook is a list, empty when the
 * procedure has none: an empty list awaits nothing, so a procedure without a hook runs exactly the
 * commands, in exactly the order, its recorded histories hold.
 */
export interface ProcedureModel<S extends AnyState, E extends AnyEvent, C extends AnyCommand> {
  /**
   * Its definition (libs/domain …procedure.ts): the runtime refuses a closed record, a stage the
   * command is not allowed in and an actor without its roles from it, once, before `decide` runs.
   */
  definition: ProcedureDefinition<string, string, S>;
  apply(state: S | undefined, event: E): S;
  decide(state: S, command: C, actor: CaseActor, now: number, calendar: WorkCalendar): E[];
  tasks(state: S, calendar: WorkCalendar): ScheduledTask[];
  clockEvents(state: S, calendar: WorkCalendar, now: number, catchUp?: CatchUp): E[];
  nextInstant(state: S, calendar: WorkCalendar, now: number): number | null;
  finished(state: S): boolean;
  /** Its read-model record, written by `projectProcedure`; kind, stage and region label the run too. */
  record(state: S): ProjectionRecord;
  /** Whether `decide` ignores the calendar: then commands are checked before the first load too. */
  decideWithoutCalendar: boolean;
  calendarReloaded(years: number[], at: number): E;
  /**
   * Facts a command's rules need from the database, looked up before the handler decides (the
   * validator decides without them): each returns the command with them filled in.
   */
  prepare: readonly ((state: S, command: C) => Promise<C>)[];
  /** Consequences that need the database or other workflows; run after each accepted command. */
  afterCommand: readonly ((state: S, events: E[]) => Promise<E[]>)[];
  /** Run once, when a new procedure's opening is in the read model (e.g. start a child). */
  onStart: readonly ((state: S) => Promise<E[]>)[];
  /** Run after an accepted command's events are in the read model (e.g. start a child). */
  afterProjection: readonly ((state: S, events: E[]) => Promise<void>)[];
}

/** The hooks of a procedure that has none. */
export const NO_HOOKS = { prepare: [], afterCommand: [], onStart: [], afterProjection: [] } as const;

/** A signal a procedure turns into events of its own (a child's end, a referral). */
export interface ProcedureSignal<S, E> {
  name: string;
  toEvents(state: S, payload: unknown): E[];
}

export function onSignal<S, E, A>(
  def: SignalDefinition<[A]>,
  toEvents: (state: S, payload: A) => E[],
): ProcedureSignal<S, E> {
  return { name: def.name, toEvents: (state, payload) => toEvents(state, payload as A) };
}
