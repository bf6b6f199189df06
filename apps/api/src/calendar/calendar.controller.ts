import { Body, Controller, Get, Param, Put, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES, type Actor } from '@safecase/domain';
import type { Request } from 'express';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { Command } from '../auth/command.decorator';
import { CurrentActor } from '../auth/current-actor';
import { DeadlineQuery, DeadlineView, YearArrangementDto } from './calendar.dto';
import { CalendarService } from './calendar.service';
import { Answers } from '../contract/answers';
import { CalendarYearPipe } from './year.pipe';

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('deadline')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'The last day of a period in working or calendar days (docs/domain.md §2)' })
  @ApiProblems('calendar.year_missing', 'validation.failed')
  @Answers(200, 'Deadline')
  deadline(@Query() q: DeadlineQuery): Promise<DeadlineView> {
    return this.calendar.deadline(q.from, q.amount, q.unit);
  }

  @Get('years')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'The years whose working-day arrangement is loaded, with their source' })
  @Answers(200, 'CalendarYearList')
  years() {
    return this.calendar.years();
  }

  @Get('years/:year')
  @Roles(...ROLES)
  @ApiOperation({ summary: "One year's holidays and make-up working days" })
  @ApiProblems('calendar.year_missing', 'validation.failed')
  @Answers(200, 'CalendarYear')
  year(@Param('year', CalendarYearPipe) year: number) {
    return this.calendar.year(year);
  }

  @Get('years/:year/replan')
  @Roles('supervisor', 'auditor', 'admin')
  @ApiOperation({
    summary: 'How far the re-plan of every open procedure after the year’s load has got',
  })
  @ApiProblems('calendar.year_missing', 'validation.failed')
  @Answers(200, 'CalendarReplan')
  replan(@Param('year', CalendarYearPipe) year: number) {
    return this.calendar.replan(year);
  }

  @Put('years/:year')
  @Roles('admin')
  @Command('calendar.year.load')
  @ApiOperation({
    summary:
      "Load or correct a year's official arrangement (admin); every open procedure re-plans in a workflow of its own",
  })
  @ApiProblems('calendar.invalid_arrangement', 'validation.failed', 'idempotency.key_reused')
  @Answers(200, 'CalendarYearLoaded')
  load(
    @Param('year', CalendarYearPipe) year: number,
    @Body() body: YearArrangementDto,
    @CurrentActor() actor: Actor,
    @Req() req: Request,
  ) {
    return this.calendar.load(year, body, actor, req);
  }
}
