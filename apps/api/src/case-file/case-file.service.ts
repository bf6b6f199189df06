import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@safecase/domain';
import { AuditCheckpoints, DocumentFiles, EvidenceFiles } from '@safecase/persistence';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { CaseFileAudit } from './case-file-audit';
import { CaseFilePrinter } from './case-file-printer';
import { CaseFileReader } from './case-file-reader';
import { CaseFileWriter, contentsOf } from './case-file-writer';

/**
 * The case file (案卷) of an enforcement case as one zip, streamed: every document PDF and evidence
 * file byte for byte, the case's audit entries, the signed checkpoint that covers them and an offline
 * verify script. Everything but the files' bytes is read first, in one snapshot (CaseFileReader), so
 * the cover, the contents, the entries and the checkpoint agree; the bytes are immutable once stored.
 * The cover and contents are printed next, then the zip is written (CaseFileWriter), then the export
 * is audited (CaseFileAudit).
 */
@Injectable()
export class CaseFileService {
  private readonly logger = new Logger(CaseFileService.name);
  private readonly reader: CaseFileReader;
  private readonly documents: DocumentFiles;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly evidenceFiles: EvidenceFiles,
    private readonly checkpoints: AuditCheckpoints,
    private readonly printer: CaseFilePrinter,
    private readonly audit: CaseFileAudit,
  ) {
    this.reader = new CaseFileReader(db, checkpoints.keyId);
    this.documents = new DocumentFiles(db);
  }

  async export(actor: Actor, caseId: string, res: Response): Promise<void> {
    const plan = await this.db.transaction('REPEATABLE READ', (m) => this.reader.read(m, actor, caseId));
    const contents = contentsOf(plan);
    // Before the first byte: a printer failure is still an answer of its own (503), not a broken zip.
    const prints = await this.printer.print(contents);
    const writer = new CaseFileWriter(
      plan,
      res,
      this.documents,
      this.evidenceFiles,
      this.checkpoints.publicKey(),
    );
    res.status(200);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="case-file.zip"; filename*=UTF-8''${encodeURIComponent(`案卷-${caseId}.zip`)}`,
    );
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    let written;
    try {
      written = await writer.write(contents, prints);
    } catch (error) {
      // Headers are gone: the only honest signal left is a broken-off download (the zip has no end).
      this.logger.warn({ caseId, error: (error as Error).message }, 'case file export broken off');
      res.destroy(error as Error);
      await this.audit.brokenOff(actor, res.req, plan, writer.progress, error as Error);
      return;
    }
    // Recorded before the response ends, so a client that has the whole zip finds its export in the
    // case's history; if this append fails the download is cut short instead of going unrecorded.
    try {
      await this.audit.completed(actor, res.req, plan, written);
    } catch (error) {
      this.logger.error({ caseId, err: error }, 'could not audit a case file export; download cut short');
      res.destroy(error as Error);
      return;
    }
    res.end();
  }
}
