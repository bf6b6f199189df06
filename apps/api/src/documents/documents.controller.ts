import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import type { Response } from 'express';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor';
import { Answers } from '../contract/answers';
import { DocumentsService } from './documents.service';

const READERS = ['officer', 'supervisor', 'head', 'legal_reviewer', 'auditor'] as const;

/** Numbered documents as files: rendered once when issued, the same bytes served forever. */
@ApiTags('documents')
@Controller()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get('documents/:id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'A numbered document: its number, type, issue instant and its PDF’s digest' })
  @ApiProblems('document.not_found')
  @Answers(200, 'DocumentFile')
  meta(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor) {
    return this.documents.meta(actor, id);
  }

  @Get('documents/:id/pdf')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'The document’s PDF, exactly as rendered when it was issued (409 document.rendering + Retry-After until then)',
  })
  @ApiProblems('document.not_found', 'document.rendering', 'resource.not_found')
  @ApiResponse({
    status: 200,
    description: 'The PDF (A4); its SHA-256 is in the ETag and in the audit entry `document.rendered`',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  pdf(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.documents.pdf(actor, id, res);
  }

  @Get('cases/:caseId/documents')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'The documents of a case (or sub-procedure) and of the procedures opened from it, in issue order',
  })
  @ApiProblems('case.not_found')
  @Answers(200, 'DocumentFileList')
  list(@Param('caseId', ParseUUIDPipe) caseId: string, @CurrentActor() actor: Actor) {
    return this.documents.ofRecord(actor, caseId);
  }
}
