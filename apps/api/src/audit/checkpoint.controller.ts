import { Body, Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import type { Request } from 'express';
import { ApiProblems, Public, Roles } from '../auth/access.decorator';
import { Command } from '../auth/command.decorator';
import { Answers } from '../contract/answers';
import { CurrentActor } from '../auth/current-actor';
import { PageQuery } from '../cases/cases.dto';
import { SignedCheckpointDto } from './checkpoint.dto';
import { CheckpointService } from './checkpoint.service';

/**
 * Signed checkpoints of the audit chains' heads: they make a deletion of the newest entries evident,
 * which the chain alone cannot (its tail has no successor to break).
 */
@ApiTags('audit')
@Controller('audit')
export class CheckpointController {
  constructor(private readonly checkpoints: CheckpointService) {}

  @Post('checkpoints')
  @Roles('admin', 'auditor')
  @Command('audit.checkpoint.take')
  @ApiOperation({ summary: "Sign every audit chain's head now (besides the worker's schedule)" })
  @ApiProblems('idempotency.key_reused')
  @Answers(201, 'StoredCheckpoint')
  @ApiBody({ required: false, schema: { type: 'object', additionalProperties: false, maxProperties: 0 } })
  take(@CurrentActor() actor: Actor, @Req() req: Request) {
    return this.checkpoints.take(actor, req);
  }

  @Get('checkpoints')
  @Roles('admin', 'auditor')
  @ApiOperation({
    summary:
      'Every checkpoint, newest first, a page at a time: {items: [{id, origin, requestedBy, checkpoint}], nextCursor}',
  })
  @ApiProblems('validation.failed')
  @Answers(200, 'CheckpointPage')
  list(@Query() q: PageQuery) {
    return this.checkpoints.list(q);
  }

  @Get('checkpoints/latest')
  @Roles('admin', 'auditor')
  @ApiOperation({ summary: 'The newest checkpoint' })
  @ApiProblems('audit.checkpoint_not_found')
  @Answers(200, 'StoredCheckpoint')
  latest() {
    return this.checkpoints.latest();
  }

  // Public: a public key is meant to be known, and an outside verifier (a court) may hold no account.
  @Get('checkpoints/public-key')
  @Public()
  @ApiOperation({ summary: 'The Ed25519 public key that signs checkpoints (PEM and JWK) with its keyId' })
  @Answers(200, 'CheckpointKey')
  publicKey() {
    return this.checkpoints.publicKey();
  }

  // A POST for the body's sake; it changes nothing, but as a @Command a malformed checkpoint is audited.
  @Post('verify')
  @HttpCode(200)
  @Roles('auditor')
  @Command('audit.verify')
  @ApiOperation({
    summary:
      'Recompute the chain and check a checkpoint you kept: its signature, and whether each head it names is still there (a deletion is named by entry id)',
  })
  @ApiProblems('validation.failed')
  @Answers(200, 'CheckpointVerification')
  verify(@Body() checkpoint: SignedCheckpointDto) {
    return this.checkpoints.verify(checkpoint);
  }
}
