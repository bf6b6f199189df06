import { Body, Controller, Inject, Param, type Type } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type {
  AccidentCommand,
  Actor,
  ItemCommand,
  PenaltyCommand,
  ProcedureDefinition,
  Role,
  TransferCommand,
} from '@safecase/domain';
import { CurrentActor } from '../auth/current-actor';
import { RequestKey } from '../cases/request-key';
import { ProcedureAction, ProcedureId } from './procedure-action.decorator';
import { ProcedureCommandsService, type ActionContext } from './procedure-commands.service';
import type { ProcedureKind } from './procedure-read.service';

/** An action without a body: `{}` only (unknown fields are refused like everywhere else). */
export class EmptyBodyDto {}

const EMPTY_BODY = { type: 'object' as const, additionalProperties: false, maxProperties: 0 };

interface Commands {
  penalty: PenaltyCommand;
  transfer: TransferCommand;
  accident: AccidentCommand;
  rectification_item: ItemCommand;
}

/** One action of a sub-procedure: its route, who may call it, its audited name and its command. */
export interface ActionSpec<K extends ProcedureKind> {
  path: string;
  roles: Role[];
  command: string;
  summary: string;
  body?: Type<object>;
  build(body: never, ctx: ActionContext): Commands[K] | Promise<Commands[K]>;
}

type Command<K extends ProcedureKind, T> = Extract<Commands[K], { type: T }>;

/**
 * The actions of a procedure that has a definition (libs/domain …procedure.ts): path, roles and
 * audit name come from it, so a role changes in one line there; the table adds the request's shape.
 * `build` must yield the command the definition names.
 */
export function definedActions<K extends ProcedureKind>(
  definition: ProcedureDefinition<string, Commands[K]['type'], never>,
) {
  return <T extends Commands[K]['type'], D extends object = object>(
    type: T,
    spec: {
      summary: string;
      body?: Type<D>;
      // NoInfer: the command type is the one named first, never widened by what `build` returns.
      build(body: D, ctx: ActionContext): NoInfer<Command<K, T> | Promise<Command<K, T>>>;
    },
  ): ActionSpec<K> => {
    const command = definition.commands[type];
    return { ...spec, path: command.action, roles: [...command.roles], command: command.audit };
  };
}

/** Declares an action; `body`'s class both validates the request and types `build`'s argument. */
export function action<K extends ProcedureKind, D extends object = object>(spec: {
  path: string;
  roles: Role[];
  command: string;
  summary: string;
  body?: Type<D>;
  build(body: D, ctx: ActionContext): Commands[K] | Promise<Commands[K]>;
}): ActionSpec<K> {
  return spec;
}

/** What a table-built controller needs of the record it acts on. */
export interface TableOptions<S, Spec extends TableSpec> {
  route: string;
  /** The controller's name: the first half of its routes' operationIds. */
  name: string;
  /** The service the controller gets injected and sends through. */
  service: Type<S>;
  /** The record id's path parameter (`:id`, `:caseId`). */
  id: () => ParameterDecorator;
  /** Path parameters beyond the id, declared before the route's own parameters (headers). */
  params?(spec: Spec): MethodDecorator;
  /** The route's decorators: path, roles, audit name, problems, answers. */
  decorate(spec: Spec): MethodDecorator;
  /** The route's OpenAPI body, when the DTO's inferred one is not enough; else nothing. */
  body?(spec: Spec): MethodDecorator;
  handle(service: S, spec: Spec, request: TableRequest): Promise<unknown>;
}

export interface TableSpec {
  body?: Type<object>;
}

export interface TableRequest {
  id: string;
  body: object;
  actor: Actor;
  params: Record<string, string>;
  key?: string;
}

/**
 * A controller whose every route is one action of a record: POST `/<route>/:id/<path>`, the body
 * validated against its DTO, the action sent as one Workflow Update. Each route carries the same
 * decorators a hand-written method would (roles, command, problems, OpenAPI), so the access matrix
 * and the docs see no difference; the table keeps sixty near-identical methods out of the code.
 */
export function tableController<S, Spec extends TableSpec>(
  options: TableOptions<S, Spec>,
  actions: Record<string, Spec>,
): Type<object> {
  @ApiTags(options.route)
  @Controller(options.route)
  class ActionsController {
    constructor(@Inject(options.service) readonly commands: S) {}
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
      return options.handle(this.commands, spec, { id, body, actor, params, key });
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
    options.id()(prototype, name, 0);
    Body()(prototype, name, 1);
    CurrentActor()(prototype, name, 2);
    Param()(prototype, name, 3);
    RequestKey()(prototype, name, 4);
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
    options.params?.(spec)(prototype, name, descriptor);
    options.decorate(spec)(prototype, name, descriptor);
    options.body?.(spec)(prototype, name, descriptor);
  }
  Object.defineProperty(ActionsController, 'name', { value: options.name });
  return ActionsController;
}

/** The table-built controller of a sub-procedure's actions, under `/<route>/:id/…`. */
export function actionsController<K extends ProcedureKind>(
  route: string,
  kind: K,
  actions: Record<string, ActionSpec<K>>,
): Type<object> {
  return tableController<ProcedureCommandsService, ActionSpec<K>>(
    {
      route,
      name: `${route.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}Actions`,
      service: ProcedureCommandsService,
      id: ProcedureId,
      decorate: (spec) => ProcedureAction(spec.path, spec.roles, spec.command, spec.summary),
      body: (spec) =>
        spec.body
          ? ApiBody({ type: spec.body })
          : ApiBody({ required: false, schema: EMPTY_BODY, description: 'no fields: `{}` or nothing' }),
      async handle(commands, spec, { id, body, actor, params, key }) {
        const command = await spec.build(body as never, commands.actionContext(params, key));
        return commands.send(actor, kind, id, command, key);
      },
    },
    actions,
  );
}
