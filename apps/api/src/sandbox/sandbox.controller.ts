import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES, type Actor } from '@safecase/domain';
import type { Request } from 'express';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { Command } from '../auth/command.decorator';
import { CurrentActor } from '../auth/current-actor';
import { AdvanceClockDto, ClockView } from './sandbox.dto';
import { SandboxService } from './sandbox.service';
import { Answers } from '../contract/answers';

/** Training sandbox only (`SANDBOX_MODE`): the module is not imported otherwise, so these are 404 there. */
@ApiTags('sandbox')
@Controller('sandbox')
export class SandboxController {
  constructor(private readonly sandbox: SandboxService) {}

  @Get('clock')
  @Roles(...ROLES)
  @ApiOperation({ summary: "The sandbox's current time (the time-skipping test server's clock)" })
  @ApiProblems('service.unavailable')
  @Answers(200, 'SandboxClock')
  now(): Promise<ClockView> {
    return this.sandbox.now();
  }

  @Post('clock')
  @HttpCode(200)
  @Roles('supervisor', 'admin')
  @Command('sandbox.advance_clock')
  @ApiOperation({
    summary: 'Move the sandbox clock forward; every timer on the way fires (trainers: supervisor, admin)',
  })
  @ApiProblems(
    'validation.failed',
    'sandbox.clock_busy',
    'sandbox.clock_stalled',
    'idempotency.key_reused',
    'service.unavailable',
  )
  @Answers(200, 'SandboxClock')
  advance(
    @Body() body: AdvanceClockDto,
    @CurrentActor() actor: Actor,
    @Req() req: Request,
  ): Promise<ClockView> {
    return this.sandbox.advance(body.advance, actor, req);
  }
}
