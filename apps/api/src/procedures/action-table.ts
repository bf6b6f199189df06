import { Body, Controller, Inject, Param, type Type } from '@nestjs/common';
import { ApiBody, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Actor, ProcedureDefinition, Role } from '@safecase/domain';
import { CurrentActor } from '../auth/current-actor';
import { RequestKey } from '../cases/request-key';
import { CaseId, ProcedureId, RecordAction } from './procedure-action.decorator';
import { ProcedureCommandsService, type ActionContext } from './procedure-commands.service';
import type { ProcedureCommands, ProcedureKind } from './procedure-kind';

/** An action without a body: `{}` only (unknown fields are refused like everywhere else). */
export class EmptyBodyDto {}

const EMPTY_BODY = { type: 'object' as const, additionalProperties: false, maxProperties: 0 };

/** One action of a procedure: its route, who may call it, its audited name and its command. */
export interface ActionSpec<K extends ProcedureKind> {
  path: string;
  roles: Role[];
  command: string;
  summary: string;
  body?: Type<object>;
  build(body: never, ctx: ActionContext): ProcedureCommands[K] | Promise<ProcedureCommands[K]>;
}

type Command<K extends ProcedureKind, T> = Extract<ProcedureCommands[K], { type: T }>;

/**
 * The actions of a procedure (libs/domain …procedure.ts, the enforcement case's included): path,
 * roles and audit name come from its definition, so a role changes in one line there; the table adds
 * the request's shape. `build` must yield the command the definition names.
 */
export function definedActions<K extends ProcedureKind>(
  definition: ProcedureDefinition<string, ProcedureCommands[K]['type'], never>,
) {
  return <T extends ProcedureCommands[K]['type'], D extends object = object>(
    type: T,
    spec: {
      summary: string;
      body?: Type<D>;
      // NoInfer: the command type is the one named first, never widened by what `build` returns.
      build(body: D, ctx: ActionContext): NoInfer<Command<K, T> | Promise<Command<K, T>>>;
    },
  ): ActionSpec<K> => {
    const command = definition.commands[type];
    // `build` yields one of the kind's commands (the one named first): ActionSpec only widens it.
    const build = ((body: D, ctx: ActionContext) =>
      spec.build(body, ctx)) as unknown as ActionSpec<K>['build'];
    return { ...spec, build, path: command.action, roles: [...command.roles], command: command.audit };
  };
}

/** How a procedure's table-built controller is named and what its paths declare beyond the id. */
export interface TableOptions {
  /** The controller's name, the first half of its routes' operationIds: `<Route>Actions` unless given. */
  name?: string;
  /**
   * Path parameters beyond the record's id declared on the route itself, after the id (a case's
   * `:measureId`); any other is declared by contract/openapi.ts, before it. Either way the written
   * document keeps the parameter order the console's generated client was built on.
   */
  declaredParams?: string[];
}

interface TableRequest {
  id: string;
  body: object;
  actor: Actor;
  params: Record<string, string>;
  key?: string;
}

/**
 * The controller of a procedure's actions, whose every route is one action of a record: POST
 * `/<route>/:id/<path>` (`:caseId` for the case), the body validated against its DTO, the action sent
 * through ProcedureCommandsService as one Workflow Update. Each route carries the same decorators a
 * hand-written method would (roles, command, problems, OpenAPI), so the access matrix and the docs
 * see no difference; the table keeps sixty near-identical methods out of the code.
 */
export function actionsController<K extends ProcedureKind>(
  route: string,
  kind: K,
  actions: Record<string, ActionSpec<K>>,
  options: TableOptions = {},
): Type<object> {
  const idParam = kind === 'enforcement_case' ? 'caseId' : 'id';
  const id = kind === 'enforcement_case' ? CaseId : ProcedureId;
  const handle = async (
    commands: ProcedureCommandsService,
    spec: ActionSpec<K>,
    { id, body, actor, params, key }: TableRequest,
  ) => {
    const command = await spec.build(body as never, commands.actionContext(params, key));
    return commands.send(actor, kind, id, command, key);
  };
  @ApiTags(route)
  @Controller(route)
  class ActionsController {
    constructor(@Inject(ProcedureCommandsService) readonly commands: ProcedureCommandsService) {}
  }
  const prototype = ActionsController.prototype as unknown as Record<string, unknown>;
  for (const [name, spec] of Object.entries(actions)) {
    const handler = function (
      this: ActionsController,
      id: string,
      body: object,
      actor: Actor,
      params: Record<string, string>,
      key?: string,
    ) {
      return handle(this.commands, spec, { id, body, actor, params, key });
    };
    // The method's name is its OpenAPI operationId's second half.
    Object.defineProperty(handler, 'name', { value: name });
    prototype[name] = handler;
    Reflect.defineMetadata(
      'design:paramtypes',
      [String, spec.body ?? EmptyBodyDto, Object, Object, String],
      prototype,
      name,
    );
    id()(prototype, name, 0);
    Body()(prototype, name, 1);
    CurrentActor()(prototype, name, 2);
    Param()(prototype, name, 3);
    RequestKey()(prototype, name, 4);
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
    for (const param of options.declaredParams ?? [])
      if (spec.path.includes(`:${param}`))
        ApiParam({ name: param, required: true, type: String })(prototype, name, descriptor);
    RecordAction(
      `:${idParam}/${spec.path}`,
      spec.roles,
      spec.command,
      spec.summary,
    )(prototype, name, descriptor);
    (spec.body
      ? ApiBody({ type: spec.body })
      : ApiBody({ required: false, schema: EMPTY_BODY, description: 'no fields: `{}` or nothing' }))(
      prototype,
      name,
      descriptor,
    );
  }
  const defaultName = `${route.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}Actions`;
  Object.defineProperty(ActionsController, 'name', { value: options.name ?? defaultName });
  return ActionsController;
}
