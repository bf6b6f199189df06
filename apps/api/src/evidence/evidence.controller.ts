import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import type { Request, Response } from 'express';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { Command } from '../auth/command.decorator';
import { CurrentActor } from '../auth/current-actor';
import { Answers } from '../contract/answers';
import { EVIDENCE_MEDIA_TYPES, EvidenceService } from './evidence.service';

/** Photos, audio, video and scans of a case: stored once by content, served byte for byte. */
@ApiTags('evidence')
@Controller('evidence')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post()
  @HttpCode(201)
  @Roles('officer', 'supervisor', 'head')
  @Command('evidence.upload')
  @ApiOperation({
    summary:
      'Upload an evidence file (multipart: caseId, optional sha256, then file); streamed, its SHA-256 computed on the way',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['caseId', 'file'],
      properties: {
        caseId: {
          type: 'string',
          format: 'uuid',
          description: 'the case or sub-procedure; send it before the file',
        },
        sha256: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{64}$',
          description: 'the digest the client computed: checked, and the file refused if it differs',
        },
        file: { type: 'string', format: 'binary', description: 'at most EVIDENCE_MAX_BYTES (default 2 GiB)' },
      },
    },
  })
  @ApiProblems('case.not_found', 'evidence.digest_mismatch', 'auth.forbidden')
  @Answers(201, 'EvidenceFile', 'Stored (or already stored: the same content is kept once)')
  upload(@CurrentActor() actor: Actor, @Req() req: Request) {
    return this.evidence.upload(actor, req);
  }

  // The console's evidence tab lists a case's files to offer their download.
  @Get()
  @Roles('officer', 'supervisor', 'head', 'legal_reviewer', 'auditor')
  @ApiOperation({ summary: 'The evidence files of a case or sub-procedure, in upload order' })
  @ApiQuery({ name: 'caseId', required: true, schema: { type: 'string', format: 'uuid' } })
  @ApiProblems('case.not_found')
  @Answers(200, 'EvidenceFileList')
  list(@Query('caseId', ParseUUIDPipe) caseId: string, @CurrentActor() actor: Actor) {
    return this.evidence.ofCase(actor, caseId);
  }

  @Get(':id/content')
  @Roles('officer', 'supervisor', 'head', 'legal_reviewer', 'auditor')
  @ApiOperation({ summary: 'The stored bytes of an evidence file, streamed; the ETag is its SHA-256' })
  @ApiProblems('evidence.not_found')
  @ApiResponse({
    status: 200,
    description: 'The file as uploaded',
    content: Object.fromEntries(
      EVIDENCE_MEDIA_TYPES.map((t) => [t, { schema: { type: 'string', format: 'binary' } }]),
    ),
  })
  content(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor, @Res() res: Response) {
    return this.evidence.content(actor, id, res);
  }
}
