import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor';
import { AuditService } from './audit.service';
import { Answers } from '../contract/answers';

/** Read-only: auditors trace and verify the whole-process record; nobody changes it. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('verify')
  @Roles('auditor')
  @ApiOperation({ summary: 'Recompute the hash chain: {ok, checked, firstBrokenEntry}' })
  @Answers(200, 'ChainVerification')
  verify() {
    return this.audit.verify();
  }

  @Get('cases/:caseId')
  @Roles('auditor')
  @ApiOperation({ summary: "A case's full history, in order, human readable" })
  @ApiProblems('audit.case_not_found')
  @Answers(200, 'CaseHistory')
  history(@Param('caseId') caseId: string, @CurrentActor() actor: Actor) {
    return this.audit.history(actor, caseId);
  }

  @Get('cases/:caseId/export')
  @Roles('auditor')
  @ApiOperation({ summary: "Export a case's complete record as JSON" })
  @ApiProblems('audit.case_not_found')
  @Answers(200, 'CaseExport')
  export(@Param('caseId') caseId: string, @CurrentActor() actor: Actor) {
    return this.audit.export(actor, caseId);
  }
}
