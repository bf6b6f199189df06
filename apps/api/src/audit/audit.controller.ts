import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor';
import { AuditService } from './audit.service';
import { Command } from '../auth/command.decorator';
import { AuditVerifications } from './verification.service';
import { Answers } from '../contract/answers';

/** Read-only: auditors trace and verify the whole-process record; nobody changes it. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly verifications: AuditVerifications,
  ) {}

  @Get('verify')
  @Roles('auditor')
  @ApiOperation({ summary: 'Recompute the hash chain: {ok, checked, firstBrokenEntry}' })
  @Answers(200, 'ChainVerification')
  verify() {
    return this.audit.verify();
  }

  @Post('verifications')
  @HttpCode(202)
  @Roles('auditor')
  @Command('audit.verification.start')
  @ApiOperation({
    summary:
      'Start recomputing every chain in the background; GET /audit/verifications/{id} reports its progress and result',
  })
  @ApiProblems('idempotency.key_reused')
  @Answers(202, 'AuditVerificationJob')
  @ApiBody({ required: false, schema: { type: 'object', additionalProperties: false, maxProperties: 0 } })
  startVerification(@CurrentActor() actor: Actor) {
    return this.verifications.start(actor);
  }

  @Get('verifications/:id')
  @Roles('auditor')
  @ApiOperation({ summary: 'A verification job: running with entries checked of total, then its result' })
  @ApiProblems('resource.not_found')
  @Answers(200, 'AuditVerificationJob')
  verification(@Param('id') id: string) {
    return this.verifications.get(id);
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
