import { msg, term } from '@safecase/domain';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ProblemException } from '@safecase/common';
import { ACCESS_RULE, type AccessRule } from './access.decorator';
import { COMMAND_ACTION } from './command-action';
import type { AuthenticatedRequest } from './current-actor';
import { IdentityService } from './identity.service';
import { RejectionAudit } from './rejection-audit';
import { TokenService } from './token.service';

interface RouteRule {
  rule: AccessRule | undefined;
  action: string | undefined;
}

/** Applies each endpoint's access rule. Fails closed: an endpoint without a rule is refused. */
@Injectable()
export class AuthGuard implements CanActivate {
  /** Each route's rule and command, read from its decorators once (they are fixed at startup). */
  private readonly routes = new WeakMap<object, WeakMap<object, RouteRule>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly identity: IdentityService,
    private readonly rejections: RejectionAudit,
  ) {}

  private routeRule(ctx: ExecutionContext): RouteRule {
    const handler = ctx.getHandler();
    const controller = ctx.getClass();
    let ofClass = this.routes.get(controller);
    if (!ofClass) this.routes.set(controller, (ofClass = new WeakMap()));
    let found = ofClass.get(handler);
    if (!found) {
      found = {
        rule: this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [handler, controller]),
        action: this.reflector.get<string | undefined>(COMMAND_ACTION, handler),
      };
      ofClass.set(handler, found);
    }
    return found;
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const { rule, action } = this.routeRule(ctx);
    if (!rule) throw new ProblemException('auth.forbidden', msg('api.no_access_rule'));
    if (rule.kind === 'public') return true;

    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) throw new ProblemException('auth.unauthenticated', msg('api.send_token'));
    const username = await this.tokens.verify(token);
    const actor = await this.identity.currentActor(username);
    if (!actor) throw new ProblemException('auth.unauthenticated', msg('api.token_no_active_user'));
    req.actor = actor;

    if (!actor.roles.some((role) => rule.roles.includes(role))) {
      const problem = new ProblemException(
        'auth.forbidden',
        msg('api.only_roles', { roles: { allOf: rule.roles.map(term) } }),
      );
      if (action) await this.rejections.record(req, action, problem);
      throw problem;
    }
    return true;
  }
}
