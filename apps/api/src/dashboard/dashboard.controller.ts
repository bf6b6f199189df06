import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import { Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor';
import { Answers } from '../contract/answers';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @Roles('supervisor', 'head', 'admin')
  @ApiOperation({
    summary:
      'The supervisor dashboard: overdue and due-soon open tasks by agency and stage, rectification ladder counts, open tasks per officer, cases opened and closed per week (12 weeks, 北京时间)',
  })
  @Answers(200, 'Dashboard')
  get(@CurrentActor() actor: Actor) {
    return this.dashboard.dashboard(actor);
  }
}
