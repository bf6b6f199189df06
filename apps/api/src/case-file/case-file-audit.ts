import { Injectable, Logger } from '@nestjs/common';
import { requestIdFor } from '@safecase/common';
import type { Actor } from '@safecase/domain';
import { AuditLog } from '@safecase/persistence';
import type { IncomingMessage } from 'node:http';
import { CASE_FILE_FORMAT } from './case-file-contents';
import type { CaseFilePlan } from './case-file-reader';
import type { WrittenCaseFile } from './case-file-writer';

/**
 * Each export of a case file goes on the case's own record, after its last byte was handed to the
 * connection: who, when (北京时间 in the history line), and the digests of what left. The zip is
 * streamed, so it cannot carry its own digest; the entry holds the SHA-256 of `manifest.json`, which
 * lists every file's SHA-256 and so pins the whole folder, of `卷内目录.json`, and of the archive as
 * sent. An export that breaks off after its first byte is recorded too, as `case_file.export_broken_off`
 * with how far it got: part of the file may have left, and that is exactly what an auditor asks about.
 * One refused before its first byte (no access, no printer) sent nothing and is not recorded here.
 */
@Injectable()
export class CaseFileAudit {
  private readonly logger = new Logger(CaseFileAudit.name);

  constructor(private readonly audit: AuditLog) {}

  private base(actor: Actor, req: IncomingMessage, plan: CaseFilePlan) {
    return {
      actorId: actor.userId,
      actorUsername: actor.username,
      actorRole: actor.roles.join(','),
      agencyId: actor.agencyId,
      requestId: requestIdFor(req),
      caseId: plan.caseId,
      outcome: 'accepted' as const,
      documentNumber: plan.cover.caseNumber,
    };
  }

  /** The common facts of both entries: which record, as of which entry and checkpoint. */
  private exported(plan: CaseFilePlan) {
    return {
      format: CASE_FILE_FORMAT,
      exportedAt: plan.cover.exportedAt.toISOString(),
      recordIds: plan.recordIds,
      documents: plan.docs.filter((d) => d.path).length,
      evidenceFiles: plan.evidence.length,
      // The export holds the case's entries up to this one; this entry itself is in the next export.
      lastEntryId: plan.entries.at(-1)?.id ?? null,
      checkpointIssuedAt: plan.checkpoint?.issuedAt ?? null,
    };
  }

  async completed(actor: Actor, req: IncomingMessage, plan: CaseFilePlan, w: WrittenCaseFile) {
    await this.audit.append({
      ...this.base(actor, req, plan),
      action: 'case_file.export',
      reason: `manifest.json SHA-256 ${w.manifestSha256}；压缩包 ${w.zip.size} 字节，SHA-256 ${w.zip.sha256}`,
      payload: {
        ...this.exported(plan),
        manifestSha256: w.manifestSha256,
        contentsSha256: w.contentsSha256,
        zipSha256: w.zip.sha256,
        zipSize: w.zip.size,
        files: w.files,
      },
    });
  }

  /** Never throws: the download is already broken; the log keeps a failure to record it. */
  async brokenOff(
    actor: Actor,
    req: IncomingMessage,
    plan: CaseFilePlan,
    progress: { bytes: number; entries: number },
    error: Error,
  ) {
    try {
      await this.audit.append({
        ...this.base(actor, req, plan),
        action: 'case_file.export_broken_off',
        reason: `已发送 ${progress.bytes} 字节（${progress.entries} 个文件）后中断：${error.message.slice(0, 300)}`,
        payload: {
          ...this.exported(plan),
          bytesSent: progress.bytes,
          filesSent: progress.entries,
          error: error.message.slice(0, 1000),
        },
      });
    } catch (failure) {
      this.logger.error(
        { err: failure, caseId: plan.caseId },
        'could not audit a broken-off case file export',
      );
    }
  }
}
