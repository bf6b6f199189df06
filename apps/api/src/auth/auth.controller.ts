import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemException, requestIdFor } from '@safecase/common';
import { ROLES, type Actor, msg } from '@safecase/domain';
import { AuditLog } from '@safecase/persistence';
import type { Request } from 'express';
import { ApiProblems, Public, Roles } from './access.decorator';
import { ActorView, LoginDto, TokenView } from './auth.dto';
import { CurrentActor } from './current-actor';
import { IdentityService } from './identity.service';
import { TokenService } from './token.service';
import { Answers } from '../contract/answers';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly identity: IdentityService,
    private readonly tokens: TokenService,
    private readonly audit: AuditLog,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Exchange username and password for a bearer token (embedded mode)' })
  @ApiProblems('auth.invalid_credentials', 'request.rejected')
  @Answers(200, 'LoginAnswer')
  async login(@Body() dto: LoginDto, @Req() req: Request): Promise<TokenView> {
    if (this.tokens.mode !== 'embedded') {
      throw new ProblemException('request.rejected', msg('api.use_identity_provider_oidc'));
    }
    const actor = await this.identity.checkPassword(dto.username, dto.password);
    // Sign-ins are part of the record; the password never is.
    await this.audit.append({
      actorId: actor?.userId,
      actorUsername: dto.username,
      actorRole: actor?.roles.join(','),
      agencyId: actor?.agencyId,
      requestId: requestIdFor(req),
      action: 'auth.login',
      outcome: actor ? 'accepted' : 'rejected',
      reason: actor ? null : 'auth.invalid_credentials',
      payload: { username: dto.username },
    });
    if (!actor) throw new ProblemException('auth.invalid_credentials');
    const { accessToken, expiresIn } = await this.tokens.issue({
      id: actor.userId,
      username: actor.username,
    });
    return { accessToken, tokenType: 'Bearer', expiresIn };
  }

  @Get('me')
  @Answers(200, 'Me')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Who the bearer token speaks for: roles, agency, region' })
  me(@CurrentActor() actor: Actor): ActorView {
    return { ...actor, roles: [...actor.roles] };
  }
}
