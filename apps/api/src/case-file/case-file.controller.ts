import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import type { Response } from 'express';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor';
import { CaseId } from '../procedures/procedure-action.decorator';
import { CaseFileService } from './case-file.service';

/** The case file (案卷) of an enforcement case: one zip an auditor can check offline. */
@ApiTags('cases')
@Controller('cases')
export class CaseFileController {
  constructor(private readonly caseFiles: CaseFileService) {}

  // Auditors of the region, and the supervisors and head of the case's agency (not the officers who
  // handle it): a case outside the caller's jurisdiction is a 404, as on GET /cases/:caseId.
  @Get(':caseId/case-file')
  @Roles('supervisor', 'head', 'auditor')
  @ApiOperation({
    summary:
      'The case file (案卷) as one zip, streamed: cover and table of contents, every document PDF, the evidence files, the audit entries, the signed checkpoint and an offline verify script; each export is audited (case_file.export)',
  })
  @ApiProblems('case.not_found', 'service.unavailable')
  @ApiResponse({
    status: 200,
    description:
      'A ZIP (STORE, UTF-8 names, ZIP64 when large) of the folder 案卷-{caseId}/; run `node verify.mjs` in it (docs/case-file.md)',
    content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
  })
  caseFile(@CaseId() caseId: string, @CurrentActor() actor: Actor, @Res() res: Response) {
    return this.caseFiles.export(actor, caseId, res);
  }
}
