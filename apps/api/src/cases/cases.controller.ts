import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { Command } from '../auth/command.decorator';
import { CurrentActor } from '../auth/current-actor';
import { CaseId } from '../procedures/procedure-action.decorator';
import { ProcedureCommandsService } from '../procedures/procedure-commands.service';
import { ProcedureReadService } from '../procedures/procedure-read.service';
import { ListCasesQuery, OpenCaseDto } from './cases.dto';
import { RequestKey } from './request-key';
import { Answers, AnswersOrPending } from '../contract/answers';

const READERS = ['officer', 'supervisor', 'head', 'legal_reviewer', 'auditor'] as const;

/** Enforcement cases (docs/domain.md §3): opening one, and reading them. The actions are in the other controllers. */
@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly commands: ProcedureCommandsService,
    private readonly read: ProcedureReadService,
  ) {}

  @Post()
  @Roles('officer')
  @Command('case.open')
  @ApiOperation({ summary: 'Open an enforcement case (honours Idempotency-Key)' })
  @ApiProblems('validation.failed', 'idempotency.key_reused')
  @AnswersOrPending(201, 'CaseDetail')
  open(@Body() dto: OpenCaseDto, @CurrentActor() actor: Actor, @RequestKey() key?: string) {
    return this.commands.openCase(dto, actor, key);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Cases in your jurisdiction, newest first, with filters and pagination' })
  @Answers(200, 'CasePage')
  list(@Query() q: ListCasesQuery, @CurrentActor() actor: Actor) {
    return this.read.list(actor, 'enforcement_case', q);
  }

  @Get(':caseId')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'A case: stage, hidden dangers, measures, tasks with due times, documents, timeline',
  })
  @ApiProblems('case.not_found')
  @Answers(200, 'CaseDetail')
  get(@CaseId() caseId: string, @CurrentActor() actor: Actor) {
    return this.read.detail(actor, 'enforcement_case', caseId);
  }
}
