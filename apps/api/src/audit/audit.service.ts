import { instantOf } from '../contract/display';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentLocale, ProblemException } from '@safecase/common';
import {
  auditActionText,
  canSeeRecordOf,
  chinaClockText,
  msg,
  termText,
  type Actor,
  type Locale,
} from '@safecase/domain';
import { AuditCheckpoints, AuditLog, type AuditEntry, type VerifyResult } from '@safecase/persistence';
import { DataSource } from 'typeorm';

export interface HistoryLine {
  id: number;
  at: string;
  who: string;
  role: string | null;
  action: string;
  outcome: string;
  documentNumber: string | null;
  reason: string | null;
  requestId: string | null;
  /** One sentence an auditor can read: who did what when, under which document number. */
  text: string;
}

/**
 * The line in the reader's language, written from the stable codes when read (the hashed entry keeps
 * its code; its reason is shown as recorded).
 */
function describe(e: AuditEntry, locale: Locale): string {
  const act = auditActionText(e.action, locale);
  const role = e.actorRole ? termText(e.actorRole, locale) : null;
  const why = e.reason ? ` — ${e.reason}` : '';
  // The hashed entry keeps its UTC instant; the line a person reads gives 北京时间.
  const when = chinaClockText(Date.parse(e.occurredAt));
  if (locale === 'zh') {
    const who = e.actorUsername ? `${e.actorUsername}${role ? `（${role}）` : ''}` : '系统';
    const doc = e.documentNumber ? `，文书编号 ${e.documentNumber}` : '';
    const outcome = e.outcome === 'rejected' ? '：被拒绝' : '';
    return `${when}（北京时间） ${who}${act}${outcome}${doc}${why}`;
  }
  const who = e.actorUsername ? `${e.actorUsername}${role ? ` (${role})` : ''}` : 'the system';
  const verb = e.outcome === 'rejected' ? ' was refused' : '';
  const doc = e.documentNumber ? ` under ${e.documentNumber}` : '';
  return `${when} (Beijing time) ${who}${verb}: ${act}${doc}${why}`;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly log: AuditLog,
    private readonly checkpoints: AuditCheckpoints,
  ) {}

  /**
   * A case's entries, if the actor may see the case. The case belongs to the agency its entries name;
   * a case outside the actor's jurisdiction is reported exactly like one that does not exist.
   */
  private async visibleEntries(actor: Actor, caseId: string): Promise<AuditEntry[]> {
    const entries = await this.log.forCase(caseId);
    const agencyId = entries.find((e) => e.agencyId)?.agencyId;
    const owner: { region_code: string }[] = agencyId
      ? await this.db.query('SELECT region_code FROM agency WHERE id = $1', [agencyId])
      : [];
    const regionCode = owner[0]?.region_code;
    if (!agencyId || !regionCode || !canSeeRecordOf(actor, { agencyId, regionCode })) {
      throw new ProblemException('audit.case_not_found', msg('api.audit_not_found', { id: caseId }));
    }
    return entries;
  }

  async history(actor: Actor, caseId: string): Promise<{ caseId: string; entries: HistoryLine[] }> {
    const entries = await this.visibleEntries(actor, caseId);
    const locale = currentLocale();
    return {
      caseId,
      entries: entries.map((e) => ({
        id: e.id,
        at: instantOf(new Date(e.occurredAt))!,
        who: e.actorUsername ?? 'system',
        role: e.actorRole,
        action: e.action,
        outcome: e.outcome,
        documentNumber: e.documentNumber,
        reason: e.reason,
        requestId: e.requestId,
        text: describe(e, locale),
      })),
    };
  }

  /** The complete record of a case, every field of every entry, with the chain's state at export. */
  async export(actor: Actor, caseId: string) {
    const entries = await this.visibleEntries(actor, caseId);
    return {
      caseId,
      exportedAt: instantOf(new Date()),
      exportedBy: actor.username,
      hashAlgorithm: 'sha256 over prev_hash + "\\n" + canonical JSON of the entry (sorted keys)',
      chain: await this.log.verify(),
      // The newest signed checkpoint: it covers the case's entries up to its head (POST /audit/verify).
      checkpoint: (await this.checkpoints.latest())?.checkpoint ?? null,
      entries,
    };
  }

  verify(): Promise<VerifyResult> {
    return this.log.verify();
  }
}
