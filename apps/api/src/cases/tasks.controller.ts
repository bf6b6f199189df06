import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import { Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor';
import { CaseReadService } from './case-read.service';
import { Answers } from '../contract/answers';

@ApiTags('cases')
@Controller('tasks')
export class TasksController {
  constructor(private readonly read: CaseReadService) {}

  @Get()
  @Roles('officer', 'supervisor', 'head', 'legal_reviewer')
  @ApiOperation({
    summary: 'Your inbox: pending steps for you, soonest due first, overdue and escalations flagged',
  })
  @Answers(200, 'TaskList')
  inbox(@CurrentActor() actor: Actor) {
    return this.read.inbox(actor);
  }
}
