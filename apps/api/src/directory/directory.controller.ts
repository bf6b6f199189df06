import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor';
import { Answers } from '../contract/answers';
import { DirectoryQuery } from './directory.dto';
import { DirectoryService } from './directory.service';

/** Everyone who reads records may look up who the people on them are. */
const READERS = ['officer', 'supervisor', 'head', 'legal_reviewer', 'auditor'] as const;

/** Names for the ids and usernames the records carry (承办人, the actors of a timeline). */
@ApiTags('directory')
@Controller('directory')
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get('users')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'People by id or username (comma-separated), or everyone, within the jurisdiction of the records the caller sees: name, roles, agency',
  })
  @ApiProblems('validation.failed')
  @Answers(200, 'DirectoryUserList')
  users(@Query() q: DirectoryQuery, @CurrentActor() actor: Actor) {
    return this.directory.users(actor, q);
  }
}
