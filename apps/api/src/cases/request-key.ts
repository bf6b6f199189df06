import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { sha256Hex } from '@safecase/persistence';
import type { AuthenticatedRequest } from '../auth/current-actor';

/**
 * A stable id for this request when the client sent an `Idempotency-Key` (checked by the command
 * interceptor): the same user, route and key always give the same id. Used as the Workflow Update id
 * and to derive a new case's id, so a retry after a timeout or a crash is applied at most once by
 * Temporal itself, not only by the idempotency record.
 */
export const RequestKey = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  const key = req.headers['idempotency-key'];
  if (typeof key !== 'string' || !req.actor) return undefined;
  return sha256Hex(`${req.actor.userId}\n${req.method} ${req.route?.path ?? req.path}\n${req.path}\n${key}`);
});

/** A UUID in version-4 layout taken from a hex digest (pseudo-random bits): the same digest, the same case id. */
export function uuidFromDigest(hex: string): string {
  const h = hex.slice(0, 32).split('');
  h[12] = '4';
  h[16] = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}
