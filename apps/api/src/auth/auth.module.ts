import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { IdempotencyStore } from './idempotency.store';
import { IdentityService } from './identity.service';
import { RejectionAudit } from './rejection-audit';
import { TokenService } from './token.service';

/**
 * Identity, access rules, idempotency and rejection auditing: the guard on every endpoint, the
 * CommandInterceptor on each `@Command` one. Global, so the interceptor can be built in the module of
 * any controller with what it needs (the store and the rejection audit, one of each).
 */
@Global()
@Module({
  controllers: [AuthController],
  providers: [
    TokenService,
    IdentityService,
    RejectionAudit,
    IdempotencyStore,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [IdentityService, RejectionAudit, IdempotencyStore],
})
export class AuthModule {}
