import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@safecase/domain';
import type { Request } from 'express';

export type AuthenticatedRequest = Request & { actor?: Actor };

/** The signed-in actor (set by AuthGuard); only on endpoints declared with `Roles(...)`. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on an endpoint without a Roles(...) rule');
  return actor;
});
