import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from './access.decorator';
import { COMMAND_ACTION } from './command.decorator';

export interface RouteInfo {
  method: string;
  path: string;
  access: AccessRule | undefined;
  command: string | undefined;
}

function join(...parts: (string | string[] | undefined)[]): string {
  const segments = parts
    .flatMap((p) => (Array.isArray(p) ? (p[0] ?? '') : (p ?? '')))
    .filter((p) => p && p !== '/');
  return `/${segments.map((s) => s.replace(/^\/+|\/+$/g, '')).join('/')}`;
}

/** Every controller route with its access rule and command action, read from the decorators. */
export function routeInventory(app: INestApplication): RouteInfo[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const prefix = reflector.get<string | string[] | undefined>(PATH_METADATA, metatype);
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as object;
      const path = reflector.get<string | string[] | undefined>(PATH_METADATA, handler as never);
      if (path === undefined) continue;
      const method = reflector.get<RequestMethod>(METHOD_METADATA, handler as never);
      routes.push({
        method: RequestMethod[method] ?? String(method),
        path: join(prefix, path),
        access: reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
          handler as never,
          metatype,
        ]),
        command: reflector.get<string | undefined>(COMMAND_ACTION, handler as never),
      });
    }
  }
  return routes;
}

/**
 * Refuses to serve an API in which some route has no access rule, or changes state without being a
 * command (and so without idempotency and rejection auditing).
 */
export function assertRoutesDeclared(app: INestApplication): void {
  const problems = routeInventory(app).flatMap((r) => {
    const where = `${r.method} ${r.path}`;
    if (!r.access) return [`${where} declares no access rule (Public() or Roles(...))`];
    const mutating = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method);
    if (mutating && r.access.kind === 'roles' && !r.command)
      return [`${where} changes state but is not a @Command`];
    return [];
  });
  if (problems.length) throw new Error(`Undeclared routes:\n  ${problems.join('\n  ')}`);
}
