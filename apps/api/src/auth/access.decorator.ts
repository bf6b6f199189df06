import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiResponse } from '@nestjs/swagger';
import { describeError, type ErrorCode } from '@safecase/common';
import type { Role } from '@safecase/domain';

/** Who may call an endpoint. Every route declares one; the app refuses to start otherwise. */
export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

export const ACCESS_RULE = 'safecase:access';

function declare(rule: AccessRule, extra: MethodDecorator[] = []) {
  return applyDecorators(
    SetMetadata(ACCESS_RULE, rule),
    ApiExtension('x-access', rule.kind === 'public' ? 'public' : rule.roles),
    ...extra,
  );
}

/** Anyone, without a token (login, health). */
export const Public = () => declare({ kind: 'public' });

/** Signed-in users holding at least one of these roles. */
export const Roles = (...roles: Role[]) =>
  declare({ kind: 'roles', roles }, [
    ApiBearerAuth(),
    ApiResponse({
      status: 401,
      description: 'missing, invalid or expired token; code: auth.unauthenticated',
    }),
    ApiResponse({ status: 403, description: `only ${roles.join(', ')}; code: auth.forbidden` }),
  ]);

/** Documents the error codes an endpoint may answer with (besides auth and validation). */
export const ApiProblems = (...codes: ErrorCode[]) => {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const { status } = describeError(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return applyDecorators(
    ...[...byStatus].map(([status, list]) =>
      ApiResponse({ status, description: `application/problem+json; code: ${list.join(' | ')}` }),
    ),
  );
};
