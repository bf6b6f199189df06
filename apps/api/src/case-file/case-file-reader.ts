import { currentLocale, ProblemException } from '@safecase/common';
import {
  canSeeRecordOf,
  documentName,
  msg,
  RULEBOOK_2026_V1,
  ruleOf,
  type Actor,
  type CaseState,
  type ClockRule,
} from '@safecase/domain';
import {
  AUDIT_COLUMNS,
  DocumentFiles,
  fromRow,
  RulebookStore,
  type AuditEntry,
  type AuditRow,
  type SignedCheckpoint,
} from '@safecase/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { safeFileName, type CoverFacts, type DocumentItem, type EvidenceItem } from './case-file-contents';
import { chainLinks, checkpointsFor, type ChainLinks } from './case-file-proof';

/** The rulebook rule the 案卷首页's retention period comes from. */
export const RETENTION_RULE = 'archive.case_file_retention';

interface CaseRow {
  id: string;
  agency_id: string;
  region_code: string;
  enterprise_name: string;
  credit_code: string;
  summary: string;
  rulebook_version: string;
  opened_at: Date;
  closed_at: Date | null;
  state: CaseState;
  agency_name: string;
}

interface EvidenceRow {
  id: string;
  case_id: string;
  sha256: string;
  size: string;
  media_type: string;
  file_name: string;
  uploaded_by: string;
  uploaded_at: Date;
  blob_id: string;
  chunks: number;
}

/** Everything the zip says, read before its first byte; only the files' bytes are read later. */
export interface CaseFilePlan {
  caseId: string;
  recordIds: string[];
  cover: CoverFacts;
  docs: DocumentItem[];
  evidence: (EvidenceItem & { blobId: string; chunks: number })[];
  entries: AuditEntry[];
  checkpoint: SignedCheckpoint | null;
  latestCheckpoint: SignedCheckpoint | null;
  links: ChainLinks[];
}

const pad = (n: number) => String(n).padStart(3, '0');

/** Retention as the 案卷首页 prints it, from the rule of the rulebook version the case pinned. */
function retentionOf(rule: ClockRule, version: string) {
  const unit = rule.unit === 'years' ? '年' : rule.unit === 'months' ? '个月' : ` ${rule.unit}`;
  return {
    text: `${rule.amount}${unit}`,
    rule: RETENTION_RULE,
    rulebookVersion: version,
    source: rule.source,
    status: rule.status,
  };
}

/**
 * Reads what a case file holds: the case and its procedures, its documents and evidence files (not
 * their bytes), its audit entries and the checkpoint that proves them, checking first that the actor
 * may see the case at all.
 */
export class CaseFileReader {
  private readonly documents: DocumentFiles;
  private readonly rulebooks: RulebookStore;

  /** `keyId`: this system's checkpoint key, the one a covering checkpoint must be signed with. */
  constructor(
    db: DataSource,
    private readonly keyId: string,
  ) {
    this.documents = new DocumentFiles(db);
    this.rulebooks = new RulebookStore(db);
  }

  /** Call inside one REPEATABLE READ transaction (`m`), so everything read agrees. */
  async read(m: EntityManager, actor: Actor, caseId: string): Promise<CaseFilePlan> {
    const [row] = await m.query<CaseRow[]>(
      `SELECT c.id, c.agency_id, c.region_code, c.enterprise_name, c.credit_code, c.summary, c.rulebook_version,
              c.opened_at, c.closed_at, c.state, a.name AS agency_name
       FROM enforcement_case c JOIN agency a ON a.id = c.agency_id WHERE c.id = $1`,
      [caseId],
    );
    // Exactly like GET /cases/:id: a case outside the actor's jurisdiction does not exist for them.
    if (!row || !canSeeRecordOf(actor, { agencyId: row.agency_id, regionCode: row.region_code })) {
      throw new ProblemException('case.not_found', msg('api.case_not_found', { id: caseId }));
    }
    const procedures = await m.query<{ id: string; kind: string; title: string }[]>(
      `WITH RECURSIVE p AS (
         SELECT id, kind, title, opened_at FROM procedure WHERE case_id = $1 OR parent_id = $1
         UNION SELECT c.id, c.kind, c.title, c.opened_at FROM procedure c JOIN p ON c.parent_id = p.id)
       SELECT id, kind, title FROM p ORDER BY opened_at, id`,
      [caseId],
    );
    const kindOf = new Map<string, string>([
      [caseId, 'case'],
      ...procedures.map((p) => [p.id, p.kind] as const),
    ]);
    const recordIds = [...kindOf.keys()];
    const locale = currentLocale();

    const metas = await this.documents.ofRecord(caseId);
    const docs: DocumentItem[] = metas.map((d, i) => ({
      id: d.id,
      // A 听证笔录 carries no number (DOMAIN §3.6): the contents say so.
      number: d.number ?? '无文号',
      type: d.type,
      name: documentName(d.type, locale),
      record: { id: d.recordId, kind: kindOf.get(d.recordId) ?? 'procedure' },
      issuedAt: d.issuedAt,
      pages: d.render?.pages ?? null,
      sha256: d.render?.sha256 ?? null,
      size: d.render?.size ?? null,
      path: d.render
        ? `文书/${pad(i + 1)}-${safeFileName(d.number ?? documentName(d.type, 'zh'))}.pdf`
        : null,
      missing: d.render ? null : d.hasFacts ? 'rendering' : 'no_file',
    }));

    const evidenceRows = await m.query<EvidenceRow[]>(
      `SELECT f.id, f.case_id, f.sha256, f.size, f.media_type, f.file_name, f.uploaded_by, f.uploaded_at,
              b.id AS blob_id, b.chunks
       FROM evidence_file f JOIN evidence_blob b ON b.sha256 = f.sha256
       WHERE f.case_id = ANY($1::uuid[]) ORDER BY f.uploaded_at, f.id`,
      [recordIds],
    );
    const evidence = evidenceRows.map((e, i) => ({
      id: e.id,
      fileName: e.file_name,
      mediaType: e.media_type,
      sha256: e.sha256,
      size: Number(e.size),
      recordId: e.case_id,
      uploadedAt: e.uploaded_at,
      uploadedBy: e.uploaded_by,
      path: `证据/${pad(i + 1)}-${e.sha256.slice(0, 12)}-${safeFileName(e.file_name)}`,
      blobId: e.blob_id,
      chunks: e.chunks,
    }));

    const entries = (
      await m.query<AuditRow[]>(
        `SELECT ${AUDIT_COLUMNS} FROM audit_entry WHERE case_id = ANY($1::text[]) ORDER BY id`,
        [recordIds],
      )
    ).map(fromRow);
    const { checkpoint, latest } = await checkpointsFor(m, entries, this.keyId);
    const links = checkpoint ? await chainLinks(m, entries, checkpoint) : [];

    const filing = docs.find((d) => d.type === 'filing_approval');
    const state = row.state;
    return {
      caseId,
      recordIds,
      cover: {
        caseId,
        caseNumber: filing?.number ?? docs[0]?.number ?? null,
        party: {
          name: state.enterprise?.name ?? row.enterprise_name,
          creditCode: state.enterprise?.creditCode ?? row.credit_code,
          address: state.enterprise?.address ?? null,
        },
        cause: [row.summary, ...procedures.map((p) => p.title)].filter(Boolean).join('；'),
        openedAt: row.opened_at,
        closedAt: row.closed_at,
        officers: (state.officers ?? []).map((o) => ({
          displayName: o.displayName,
          username: o.username,
          certificateNo: o.certificateNo,
        })),
        agency: { id: row.agency_id, name: row.agency_name },
        retention: await this.retention(row.rulebook_version),
        exportedAt: new Date(),
        exportedBy: actor.username,
      },
      docs,
      evidence,
      entries,
      checkpoint,
      latestCheckpoint: latest,
      links,
    };
  }

  private async retention(version: string) {
    const pinned = await this.rulebooks.byVersion(version);
    try {
      if (pinned) return retentionOf(ruleOf(pinned, RETENTION_RULE), pinned.version);
    } catch {
      // A version published without the rule (before it existed): the shipped default, said so.
    }
    return retentionOf(RULEBOOK_2026_V1.rules[RETENTION_RULE]!, RULEBOOK_2026_V1.version);
  }
}
