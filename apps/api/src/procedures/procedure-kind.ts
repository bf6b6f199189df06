import {
  msg,
  term,
  type AccidentCommand,
  type CaseCommand,
  type ItemCommand,
  type Message,
  type PenaltyCommand,
  type TransferCommand,
} from '@safecase/domain';

/**
 * Every procedure the API acts on: the enforcement case and the sub-procedures. One command service
 * and one read service take all of them; the kind says which workflow and which table.
 */
export type ProcedureKind = 'enforcement_case' | SubProcedureKind;

/** The procedures kept in the `procedure` table (the enforcement case has a table of its own). */
export type SubProcedureKind = 'penalty' | 'transfer' | 'accident' | 'rectification_item';

/** The 409 `case.closed` text for an action on a closed record. */
export const closedMessage = (kind: ProcedureKind, id: string): Message =>
  kind === 'enforcement_case'
    ? msg('api.case_closed', { id })
    : msg('api.record_closed', { kind: term(kind), id });

/** The 404 `case.not_found` text, the same for a record that does not exist and one out of reach. */
export const notFoundMessage = (kind: ProcedureKind, id: string): Message =>
  kind === 'enforcement_case'
    ? msg('api.case_not_found', { id })
    : msg('api.record_not_found', { kind: term(kind), id });

/** Each procedure's commands, as its workflow's command Update takes them. */
export interface ProcedureCommands {
  enforcement_case: CaseCommand;
  penalty: PenaltyCommand;
  transfer: TransferCommand;
  accident: AccidentCommand;
  rectification_item: ItemCommand;
}

export type AnyProcedureCommand = ProcedureCommands[ProcedureKind];
