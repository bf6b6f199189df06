import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, ProblemException, type AppConfig } from '@safecase/common';
import { canSeeRecordOf, msg, type Actor } from '@safecase/domain';
import {
  EvidenceDigestMismatchError,
  EvidenceFiles,
  EvidenceTooLargeError,
  type StoredEvidence,
} from '@safecase/persistence';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import { DataSource } from 'typeorm';

/**
 * The media types evidence is served as (photos, audio, video, scans); anything else is served as
 * application/octet-stream, so a stored file can never be served as a page that runs in the browser.
 */
export const EVIDENCE_MEDIA_TYPES = [
  'image/jpeg',
  'image/png',
  'image/heic',
  'image/webp',
  'image/tiff',
  'video/mp4',
  'video/quicktime',
  'audio/mpeg',
  'audio/mp4',
  'audio/wav',
  'application/pdf',
  'application/octet-stream',
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHA256 = /^[0-9a-fA-F]{64}$/;
/** Who may add evidence to a case: the people who work it. */
const UPLOADERS = new Set(['officer', 'supervisor', 'head']);

function servedType(mediaType: string): string {
  return (EVIDENCE_MEDIA_TYPES as readonly string[]).includes(mediaType)
    ? mediaType
    : 'application/octet-stream';
}

function formProblem(): ProblemException {
  return new ProblemException('validation.failed', msg('api.evidence_form'), [
    { field: 'body', messages: [msg('api.evidence_form')] },
  ]);
}

/** Evidence files: streamed in (never held whole), stored content-addressed, streamed out. */
@Injectable()
export class EvidenceService {
  private readonly files: EvidenceFiles;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    files: EvidenceFiles,
  ) {
    this.files = files;
  }

  private view(e: StoredEvidence) {
    return {
      id: e.id,
      caseId: e.caseId,
      sha256: e.sha256,
      size: e.size,
      mediaType: e.mediaType,
      fileName: e.fileName,
      href: `/evidence/${e.id}/content`,
    };
  }

  /** The agency owning a case or sub-procedure the actor may add evidence to; 404 otherwise. */
  private async owner(actor: Actor, caseId: string) {
    if (!UUID.test(caseId)) throw formProblem();
    const [row] = await this.db.query<{ agency_id: string; region_code: string }[]>(
      `SELECT agency_id, region_code FROM enforcement_case WHERE id = $1
       UNION ALL SELECT agency_id, region_code FROM procedure WHERE id = $1`,
      [caseId],
    );
    if (!row || !canSeeRecordOf(actor, { agencyId: row.agency_id, regionCode: row.region_code })) {
      throw new ProblemException('case.not_found', msg('api.case_not_found', { id: caseId }));
    }
    if (!actor.roles.some((r) => UPLOADERS.has(r)) || actor.agencyId !== row.agency_id) {
      throw new ProblemException('auth.forbidden');
    }
    return row;
  }

  /**
   * Reads the multipart body as it arrives: `caseId` (and optionally `sha256`) first, then `file`,
   * whose bytes go straight to the store. The request is never buffered; a broken-off upload, a file
   * over the limit or a wrong digest stores nothing.
   */
  upload(actor: Actor, req: Request): Promise<ReturnType<EvidenceService['view']>> {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'multipart/form-data') {
      return Promise.reject(new ProblemException('request.unsupported_media_type', msg('api.evidence_form')));
    }
    const maxBytes = this.config.files.evidenceMaxBytes;
    return new Promise((resolve, reject) => {
      let settled = false;
      let sawFile = false;
      let current: PassThrough | undefined;
      const fields: Record<string, string> = {};
      const fail = (error: Error) => {
        current?.destroy(error);
        if (settled) return;
        settled = true;
        req.unpipe();
        req.resume();
        reject(error);
      };
      let parser: busboy.Busboy;
      try {
        parser = busboy({
          headers: req.headers,
          // Officers name their photos in Chinese (仓库照片.jpg); busboy reads names as latin1 otherwise.
          defParamCharset: 'utf8',
          limits: { files: 1, fields: 4, fieldSize: 1024, fileSize: maxBytes + 1 },
        });
      } catch {
        fail(formProblem());
        return;
      }
      parser.on('field', (name, value) => {
        fields[name] = value;
      });
      parser.on('file', (name, stream: Readable, info) => {
        if (name !== 'file' || sawFile) {
          stream.resume();
          return;
        }
        sawFile = true;
        // The store reads from `current`; busboy's stream is paused whenever the store is behind.
        current = new PassThrough({ highWaterMark: 256 * 1024 });
        // The store sees a failure through its reads; one before it reads must not go unhandled.
        current.on('error', () => undefined);
        stream.on('limit', () => current?.destroy(new EvidenceTooLargeError(maxBytes)));
        stream.on('error', (e: Error) => current?.destroy(e));
        stream.pipe(current);
        const content = current;
        const expected = fields.sha256;
        this.owner(actor, fields.caseId ?? '')
          .then((owner) => {
            if (expected !== undefined && !SHA256.test(expected)) throw formProblem();
            return this.files.store({
              caseId: fields.caseId!,
              agencyId: owner.agency_id,
              fileName: (info.filename || 'file').slice(0, 255),
              mediaType: (info.mimeType || 'application/octet-stream').slice(0, 127),
              uploadedBy: { userId: actor.userId, username: actor.username, role: actor.roles[0] ?? null },
              content,
              maxBytes,
              expectedSha256: expected,
            });
          })
          .then((stored) => {
            if (settled) return;
            settled = true;
            resolve(this.view(stored));
          })
          .catch((error: unknown) => fail(this.problemOf(error)));
      });
      parser.on('error', (error) => fail(sawFile ? new Error(String(error)) : formProblem()));
      parser.on('close', () => {
        if (!sawFile) fail(formProblem());
      });
      req.on('close', () => {
        if (!req.complete) fail(new ProblemException('request.malformed', msg('api.evidence_broken_off')));
      });
      req.pipe(parser);
    });
  }

  private problemOf(error: unknown): Error {
    if (error instanceof EvidenceTooLargeError) {
      return new ProblemException('request.too_large', msg('api.evidence_too_large', { limit: error.limit }));
    }
    if (error instanceof EvidenceDigestMismatchError) {
      return new ProblemException(
        'evidence.digest_mismatch',
        msg('api.evidence_digest_mismatch', { expected: error.expected, actual: error.actual }),
      );
    }
    return error instanceof Error ? error : new Error(String(error));
  }

  private async visible(actor: Actor, id: string) {
    const e = UUID.test(id) ? await this.files.find(id) : undefined;
    if (e) {
      const [agency] = await this.db.query<{ region_code: string }[]>(
        'SELECT region_code FROM agency WHERE id = $1',
        [e.agencyId],
      );
      if (agency && canSeeRecordOf(actor, { agencyId: e.agencyId, regionCode: agency.region_code })) return e;
    }
    throw new ProblemException('evidence.not_found', msg('api.evidence_not_found', { id }));
  }

  /** The files of a case or sub-procedure the actor may see, oldest first. */
  async ofCase(actor: Actor, caseId: string) {
    const [record] = await this.db.query<{ agency_id: string; region_code: string }[]>(
      `SELECT agency_id, region_code FROM enforcement_case WHERE id = $1
       UNION ALL SELECT agency_id, region_code FROM procedure WHERE id = $1`,
      [caseId],
    );
    if (!record || !canSeeRecordOf(actor, { agencyId: record.agency_id, regionCode: record.region_code })) {
      throw new ProblemException('case.not_found', msg('api.case_not_found', { id: caseId }));
    }
    const rows = await this.db.query<
      { id: string; case_id: string; sha256: string; size: string; media_type: string; file_name: string }[]
    >(
      `SELECT id, case_id, sha256, size, media_type, file_name FROM evidence_file
       WHERE case_id = $1 ORDER BY uploaded_at, id`,
      [caseId],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        caseId: r.case_id,
        sha256: r.sha256,
        size: Number(r.size),
        mediaType: r.media_type,
        fileName: r.file_name,
        href: `/evidence/${r.id}/content`,
      })),
    };
  }

  /** The same bytes, a chunk at a time, each written before the next is read. */
  async content(actor: Actor, id: string, res: Response): Promise<void> {
    const e = await this.visible(actor, id);
    res.status(200);
    res.setHeader('Content-Type', servedType(e.mediaType));
    res.setHeader('Content-Length', String(e.size));
    res.setHeader('ETag', `"${e.sha256}"`);
    res.setHeader('Digest', `sha-256=${Buffer.from(e.sha256, 'hex').toString('base64')}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="evidence"; filename*=UTF-8''${encodeURIComponent(e.fileName)}`,
    );
    for await (const chunk of this.files.content(e.blobId, e.chunks)) {
      if (res.destroyed) return;
      if (!res.write(chunk)) await once(res, 'drain');
    }
    res.end();
  }
}
