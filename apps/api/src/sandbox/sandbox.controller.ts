import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ROLES, type Actor } from '@safecase/domain';
import type { Request, Response } from 'express';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { Command } from '../auth/command.decorator';
import { CurrentActor } from '../auth/current-actor';
import { AdvanceAccepted, AdvanceClockDto, type AdvanceView, type ClockView } from './sandbox.dto';
import { SandboxService } from './sandbox.service';
import { Answers } from '../contract/answers';
import { ref } from '../contract/schema-dsl';

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
    description:
      'Answers 200 with the new time when the advance finishes within SANDBOX_ADVANCE_ANSWER_MS (default 5 s); ' +
      'otherwise (a deadline storm, a task holding the time) 202 with the advance, whose progress ' +
      '`GET /sandbox/clock/advances/{id}` (the Location) reports until it is done.',
  })
  @ApiProblems('validation.failed', 'sandbox.clock_busy', 'idempotency.key_reused', 'service.unavailable')
  @Answers(200, 'SandboxClock')
  @ApiResponse({
    status: 202,
    description: 'Accepted; the clock is still advancing: its progress is at the Location',
    headers: { Location: { description: '/sandbox/clock/advances/{id}', schema: { type: 'string' } } },
    content: { 'application/json': { schema: ref('SandboxClockAdvance') } },
  })
  async advance(
    @Body() body: AdvanceClockDto,
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ClockView | AdvanceView> {
    const answer = await this.sandbox.advance(body.advance, actor, req);
    if (!(answer instanceof AdvanceAccepted)) return answer;
    res.status(HttpStatus.ACCEPTED).location(`/sandbox/clock/advances/${answer.view.id}`);
    return answer.view;
  }

  @Get('clock/advances/:id')
  @Roles(...ROLES)
  @ApiOperation({
    summary: 'A clock advance: running, done or failed, and how many records have caught up with it',
  })
  @ApiProblems('validation.failed', 'resource.not_found')
  @Answers(200, 'SandboxClockAdvance')
  advanceProgress(@Param('id', new ParseUUIDPipe()) id: string): Promise<AdvanceView> {
    return this.sandbox.advanceView(id);
  }
}
