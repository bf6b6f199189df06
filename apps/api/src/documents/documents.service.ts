import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProblemException } from '@safecase/common';
import { canSeeRecordOf, documentName, msg, type Actor } from '@safecase/domain';
import { DocumentFiles, type DocumentMeta } from '@safecase/persistence';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { currentLocale } from '@safecase/common';
import { iso } from '../cases/read-views';

/** How long a client waits before asking again for a file still being printed. */
export const RENDER_RETRY_AFTER_SECONDS = 2;

/** Numbered documents and their printed files, as the API shows them. */
@Injectable()
export class DocumentsService {
  private readonly files: DocumentFiles;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.files = new DocumentFiles(db);
  }

  private view(d: DocumentMeta) {
    return {
      id: d.id,
      number: d.number,
      type: d.type,
      name: documentName(d.type, currentLocale()),
      recordId: d.recordId,
      key: d.key,
      issuedAt: iso(d.issuedAt),
      status: d.render ? 'rendered' : d.hasFacts ? 'rendering' : 'no_file',
      pdf: d.render
        ? {
            sha256: d.render.sha256,
            size: d.render.size,
            pages: d.render.pages,
            renderedAt: iso(d.render.renderedAt),
            href: `/documents/${d.id}/pdf`,
          }
        : null,
    };
  }

  private async visible(actor: Actor, id: string): Promise<DocumentMeta> {
    const d = await this.files.meta(id);
    if (!d || !canSeeRecordOf(actor, { agencyId: d.agencyId, regionCode: d.regionCode })) {
      throw new ProblemException('document.not_found', msg('api.document_not_found', { id }));
    }
    return d;
  }

  async meta(actor: Actor, id: string) {
    return this.view(await this.visible(actor, id));
  }

  /** A case's (or procedure's) documents, with those of the procedures opened from it. */
  async ofRecord(actor: Actor, recordId: string) {
    const [owner] = await this.db.query<{ agency_id: string; region_code: string }[]>(
      `SELECT agency_id, region_code FROM enforcement_case WHERE id = $1
       UNION ALL SELECT agency_id, region_code FROM procedure WHERE id = $1`,
      [recordId],
    );
    if (!owner || !canSeeRecordOf(actor, { agencyId: owner.agency_id, regionCode: owner.region_code })) {
      throw new ProblemException('case.not_found', msg('api.case_not_found', { id: recordId }));
    }
    return { items: (await this.files.ofRecord(recordId)).map((d) => this.view(d)) };
  }

  /** The stored bytes, exactly as first rendered; 409 with Retry-After while the printer is at it. */
  async pdf(actor: Actor, id: string, res: Response): Promise<StreamableFile> {
    const d = await this.visible(actor, id);
    if (!d.render) {
      if (!d.hasFacts) {
        throw new ProblemException(
          'resource.not_found',
          msg('api.document_no_file', { number: d.number ?? documentName(d.type, currentLocale()) }),
        );
      }
      res.setHeader('Retry-After', String(RENDER_RETRY_AFTER_SECONDS));
      throw new ProblemException(
        'document.rendering',
        msg('api.document_rendering', {
          number: d.number ?? documentName(d.type, currentLocale()),
          seconds: RENDER_RETRY_AFTER_SECONDS,
        }),
      );
    }
    const pdf = await this.files.pdf(id);
    if (!pdf) throw new ProblemException('document.not_found', msg('api.document_not_found', { id }));
    res.setHeader('ETag', `"${d.render.sha256}"`);
    res.setHeader('Digest', `sha-256=${Buffer.from(d.render.sha256, 'hex').toString('base64')}`);
    res.setHeader(
      'Content-Disposition',
      `inline; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(`${d.number ?? documentName(d.type, 'zh')}.pdf`)}`,
    );
    res.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
    return new StreamableFile(pdf, { type: 'application/pdf', length: pdf.length });
  }
}
