import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { Command } from '../auth/command.decorator';
import { CurrentActor } from '../auth/current-actor';
import { RequestKey } from '../cases/request-key';
import { ProcedureId } from './procedure-action.decorator';
import { ProcedureCommandsService } from './procedure-commands.service';
import { ProcedureReadService } from './procedure-read.service';
import { ListPenaltiesQuery, ListTransfersQuery, OpenPenaltyDto } from './procedures.dto';
import { Answers, AnswersOrPending } from '../contract/answers';

const READERS = ['officer', 'supervisor', 'head', 'legal_reviewer', 'auditor'] as const;

/** Penalty cases (行政处罚一般程序) and transfers: opening a penalty on its own, and reading both. */
@ApiTags('penalties')
@Controller()
export class ProceduresController {
  constructor(
    private readonly commands: ProcedureCommandsService,
    private readonly read: ProcedureReadService,
  ) {}

  @Post('penalties')
  @Roles('officer')
  @Command('penalty.open')
  @ApiOperation({
    summary: 'Propose a penalty case outside an enforcement case (e.g. a late accident report)',
  })
  @ApiProblems('validation.failed', 'case.invalid', 'idempotency.key_reused')
  @AnswersOrPending(201, 'ProcedureDetail')
  openPenalty(@Body() dto: OpenPenaltyDto, @CurrentActor() actor: Actor, @RequestKey() key?: string) {
    return this.commands.openPenalty(dto, actor, key);
  }

  @Get('penalties')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Penalty cases in your jurisdiction, newest first' })
  @Answers(200, 'ProcedurePage')
  listPenalties(@Query() q: ListPenaltiesQuery, @CurrentActor() actor: Actor) {
    return this.read.list(actor, 'penalty', q);
  }

  @Get('penalties/:id')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'A penalty case: stage, notice, hearing, review, decision, payment, tasks, documents, timeline',
  })
  @ApiProblems('case.not_found')
  @Answers(200, 'ProcedureDetail')
  penalty(@ProcedureId() id: string, @CurrentActor() actor: Actor) {
    return this.read.detail(actor, 'penalty', id);
  }

  @Get('transfers')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Transfers to public security in your jurisdiction, newest first' })
  @Answers(200, 'ProcedurePage')
  listTransfers(@Query() q: ListTransfersQuery, @CurrentActor() actor: Actor) {
    return this.read.list(actor, 'transfer', q);
  }

  @Get('transfers/:id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'A transfer: stage, head decision, police answers, handover, tasks, documents' })
  @ApiProblems('case.not_found')
  @Answers(200, 'ProcedureDetail')
  transfer(@ProcedureId() id: string, @CurrentActor() actor: Actor) {
    return this.read.detail(actor, 'transfer', id);
  }
}
