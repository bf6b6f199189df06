import { Controller, Get, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@safecase/domain';
import type { Response } from 'express';
import { ApiProblems, Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor';
import { DocumentPagesService, PAGE_DPI } from './document-pages.service';
import { PageNumberPipe } from './page-number.pipe';

const READERS = ['officer', 'supervisor', 'head', 'legal_reviewer', 'auditor'] as const;

/** A document's pages as images: the preview for browsers and tablets without a PDF viewer. */
@ApiTags('documents')
@Controller()
export class DocumentPagesController {
  constructor(private readonly pages: DocumentPagesService) {}

  @Get('documents/:id/pages/:n')
  @Roles(...READERS)
  @ApiOperation({
    summary: `Page n (from 1) of the document’s PDF as a PNG image (${PAGE_DPI} dpi), drawn from the stored bytes (409 document.rendering + Retry-After until they exist)`,
  })
  @ApiParam({ name: 'n', schema: { type: 'integer', minimum: 1 }, description: 'the page, from 1' })
  @ApiProblems(
    'document.not_found',
    'document.rendering',
    'resource.not_found',
    'service.unavailable',
    'validation.failed',
  )
  @ApiResponse({
    status: 200,
    description:
      'The page as PNG; `X-Page-Count` says how many pages the document has, the ETag names the PDF’s SHA-256 and the page',
    content: { 'image/png': { schema: { type: 'string', format: 'binary' } } },
  })
  async page(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('n', PageNumberPipe) n: number,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const image = await this.pages.page(actor, id, n, (s) => res.setHeader('Retry-After', String(s)));
    res.setHeader('ETag', `"${image.sha256}-${n}"`);
    res.setHeader('X-Page-Count', String(image.pages));
    res.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
    return new StreamableFile(image.png, { type: 'image/png', length: image.png.length });
  }
}
