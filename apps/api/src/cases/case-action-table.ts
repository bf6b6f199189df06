import type { Type } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import {
  ENFORCEMENT_PROCEDURE,
  type CaseCommand,
  type CaseCommandType,
  type CaseOfficer,
} from '@safecase/domain';
import { tableController } from '../procedures/action-table';
import { CaseAction, CaseId } from './case-action.decorator';
import { CaseCommandsService } from './case-commands.service';

/** What building a case's command may need beside its body. */
export interface CaseActionContext {
  params: Record<string, string>;
  /** A new record's id (a penalty's, a transfer's), from the request's Idempotency-Key when it has one. */
  newId(kind: string): string;
  /** The officers named in the body, with their certificates: 422 when one is unknown. */
  officers(usernames: string[]): Promise<CaseOfficer[]>;
}

/** One action of the enforcement case: its command type (path, roles, audit name) and request shape. */
export interface CaseActionSpec {
  type: CaseCommandType;
  summary: string;
  body: Type<object>;
  build: (body: never, ctx: CaseActionContext) => CaseCommand | Promise<CaseCommand>;
}

/**
 * Declares an action of the case: path, roles and audit name come from ENFORCEMENT_PROCEDURE, so a
 * role changes in one line there; `build` must yield the command named first.
 */
export function caseStep<T extends CaseCommandType, D extends object>(
  type: T,
  spec: {
    summary: string;
    body: Type<D>;
    // NoInfer: the command type is the one named first, never widened by what `build` returns.
    build: (body: D, ctx: CaseActionContext) => NoInfer<Built<T>> | Promise<NoInfer<Built<T>>>;
  },
): CaseActionSpec {
  return { type, ...spec };
}

type Built<T extends CaseCommandType> = Extract<CaseCommand, { type: T }>;

/**
 * The table-built controller of case actions under `/cases/:caseId/…`, named as its hand-written
 * predecessor was (its routes' operationIds begin with the name).
 */
export function caseActionsController(name: string, actions: Record<string, CaseActionSpec>): Type<object> {
  return tableController<CaseCommandsService, CaseActionSpec>(
    {
      route: 'cases',
      name,
      service: CaseCommandsService,
      id: CaseId,
      decorate: (spec) => CaseAction(spec.type, spec.summary),
      // A measure's actions name it in the path, declared after the case's id as a method's would be.
      params: (spec) =>
        ENFORCEMENT_PROCEDURE.commands[spec.type].action.includes(':measureId')
          ? ApiParam({ name: 'measureId', required: true, type: String })
          : () => undefined,
      async handle(commands, spec, { id, body, actor, params, key }) {
        const ctx: CaseActionContext = {
          params,
          newId: (kind) => commands.newId(kind, key),
          officers: (usernames) => commands.officers(usernames),
        };
        return commands.send(actor, id, await spec.build(body as never, ctx), key);
      },
    },
    actions,
  );
}
