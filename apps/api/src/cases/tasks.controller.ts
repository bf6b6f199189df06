import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor';
import { ProcedureReadService } from '../procedures/procedure-read.service';
import { Answers } from '../contract/answers';
import { TasksQuery } from './cases.dto';

@ApiTags('cases')
@Controller('tasks')
export class TasksController {
  constructor(private readonly read: ProcedureReadService) {}

  @Get()
  @Roles('officer', 'supervisor', 'head', 'legal_reviewer')
  @ApiOperation({
    summary:
      'Your inbox, a page at a time: clocked tasks soonest due first, then undated decisions; overdue and rungs flagged (scope=team: the whole agency, supervisors and heads)',
  })
  @ApiProblems('validation.failed', 'auth.forbidden')
  @Answers(200, 'TaskList')
  inbox(@CurrentActor() actor: Actor, @Query() q: TasksQuery) {
    return this.read.inbox(actor, q);
  }
}
