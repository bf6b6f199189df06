import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { CommandInterceptor } from './command.interceptor';
import { IdempotencyStore } from './idempotency.store';
import { IdentityService } from './identity.service';
import { RejectionAudit } from './rejection-audit';
import { TokenService } from './token.service';

/** Identity, access rules, idempotency and rejection auditing, applied to every endpoint. */
@Module({
  controllers: [AuthController],
  providers: [
    TokenService,
    IdentityService,
    RejectionAudit,
    IdempotencyStore,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_INTERCEPTOR, useClass: CommandInterceptor },
  ],
  exports: [IdentityService, RejectionAudit],
})
export class AuthModule {}
