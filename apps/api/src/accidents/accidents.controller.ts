import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { Command } from '../auth/command.decorator';
import { CurrentActor } from '../auth/current-actor';
import { RequestKey } from '../cases/request-key';
import { ProcedureId } from '../procedures/procedure-action.decorator';
import { ProcedureCommandsService } from '../procedures/procedure-commands.service';
import { ProcedureReadService } from '../procedures/procedure-read.service';
import { ListAccidentsQuery, OpenAccidentDto } from './accidents.dto';
import { Answers, AnswersOrPending } from '../contract/answers';

const READERS = ['officer', 'supervisor', 'head', 'legal_reviewer', 'auditor'] as const;

/** Accidents (docs/domain.md §4): intake, reading them and their rectification items. */
@ApiTags('accidents')
@Controller()
export class AccidentsController {
  constructor(
    private readonly commands: ProcedureCommandsService,
    private readonly read: ProcedureReadService,
  ) {}

  @Post('accidents')
  @Roles('officer')
  @Command('accident.report')
  @ApiOperation({
    summary: 'Record an accident report: graded, late report flagged (a penalty case follows)',
  })
  @ApiProblems('validation.failed', 'case.invalid', 'idempotency.key_reused')
  @AnswersOrPending(201, 'ProcedureDetail')
  open(@Body() dto: OpenAccidentDto, @CurrentActor() actor: Actor, @RequestKey() key?: string) {
    return this.commands.openAccident(dto, actor, key);
  }

  @Get('accidents')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Accidents in your jurisdiction, newest first' })
  @Answers(200, 'ProcedurePage')
  list(@Query() q: ListAccidentsQuery, @CurrentActor() actor: Actor) {
    return this.read.list(actor, 'accident', q);
  }

  @Get('accidents/:id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'An accident: grade, level, clocks, rectification items, documents, timeline' })
  @ApiProblems('case.not_found')
  @Answers(200, 'ProcedureDetail')
  accident(@ProcedureId() id: string, @CurrentActor() actor: Actor) {
    return this.read.detail(actor, 'accident', id);
  }

  @Get('rectification-items/:id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'A rectification item: deadline, ladder rungs reached, completion, verification' })
  @ApiProblems('case.not_found')
  @Answers(200, 'ProcedureDetail')
  item(@ProcedureId() id: string, @CurrentActor() actor: Actor) {
    return this.read.detail(actor, 'rectification_item', id);
  }
}
