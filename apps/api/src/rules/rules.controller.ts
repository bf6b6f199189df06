import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiExtraModels, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES, type Actor } from '@safecase/domain';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { Command } from '../auth/command.decorator';
import { CurrentActor } from '../auth/current-actor';
import { ClockPreviewQuery, ClockRuleDto, PublishRulebookDto, RulesQuery } from './rules.dto';
import { RulesService } from './rules.service';
import { Answers } from '../contract/answers';

@ApiTags('rules')
@ApiExtraModels(ClockRuleDto)
@Controller('rules')
export class RulesController {
  constructor(private readonly rules: RulesService) {}

  @Get()
  @Roles(...ROLES)
  @ApiOperation({ summary: 'The statutory clocks in force (today or ?on=), each with its legal source' })
  @ApiProblems('rulebook.not_found', 'validation.failed')
  @Answers(200, 'Rulebook')
  inForce(@Query() q: RulesQuery) {
    return this.rules.inForce(q.on);
  }

  @Get('versions')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Every published rulebook version with its effective day' })
  @Answers(200, 'RulebookVersions')
  versions() {
    return this.rules.versions();
  }

  @Get(':ruleId/deadline')
  @Roles(...ROLES)
  @ApiOperation({
    summary:
      'Preview a clock of the rulebook in force from a start with no pauses: due, actBy, rolledEnd, unit, actor, end rule and citation (docs/domain.md §2.4)',
  })
  @ApiProblems('resource.not_found', 'calendar.year_missing', 'rulebook.not_found', 'validation.failed')
  @Answers(200, 'ClockPreview')
  deadline(@Param('ruleId') ruleId: string, @Query() q: ClockPreviewQuery) {
    return this.rules.deadline(ruleId, q.from);
  }

  @Post('versions')
  @Roles('admin')
  @Command('rulebook.publish')
  @ApiOperation({ summary: 'Publish a new version for cases opened from its (future) effective day (admin)' })
  @ApiProblems('rulebook.invalid', 'rulebook.version_exists', 'validation.failed', 'idempotency.key_reused')
  @Answers(201, 'Rulebook')
  publish(@Body() dto: PublishRulebookDto, @CurrentActor() actor: Actor) {
    return this.rules.publish(dto, actor);
  }
}
