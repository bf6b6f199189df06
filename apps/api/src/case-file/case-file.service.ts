import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
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
  AuditCheckpoints,
  DocumentFiles,
  EvidenceFiles,
  fromRow,
  RulebookStore,
  type AuditEntry,
  type AuditRow,
  type SignedCheckpoint,
} from '@safecase/persistence';
import type { Response } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CASE_FILE_FORMAT,
  contentsHtml,
  contentsText,
  coverJson,
  README_TEXT,
  safeFileName,
  tableOfContents,
  type CoverFacts,
  type DocumentItem,
  type EvidenceItem,
} from './case-file-contents';
import { VERIFY_SCRIPT } from './verify-script';
import { ZipWriter } from './zip-writer';

/** The rulebook rule the 案卷首页's retention period comes from. */
export const RETENTION_RULE = 'archive.case_file_retention';

/**
 * At most this many entries of other cases link a case's last entry of a chain to a checkpoint's head
 * in the export: beyond it the link is left out and the verify script says it cannot prove coverage.
 */
export const MAX_CHAIN_LINKS = 10_000;

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

/** A chain's entries after the case's last one in it, up to the checkpoint's head (no payloads). */
interface ChainLinks {
  chain: string;
  /** The case's last entry in this chain, which the first link names as its predecessor. */
  afterEntry: number;
  /** The checkpoint's head of the chain; null when it names none. */
  headId: number | null;
  /** Null when there were more than MAX_CHAIN_LINKS (left out). */
  entries: Omit<AuditEntry, 'payload'>[] | null;
  count: number;
}

interface Plan {
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
 * The case file (案卷) of an enforcement case as one zip, streamed: every document PDF and evidence
 * file byte for byte, the case's audit entries, the signed checkpoint that covers them and an offline
 * verify script. Everything but the files' bytes is read first, in one snapshot, so the cover, the
 * contents, the entries and the checkpoint agree; the bytes are immutable once stored.
 */
@Injectable()
export class CaseFileService {
  private readonly logger = new Logger(CaseFileService.name);
  private readonly documents: DocumentFiles;
  private readonly rulebooks: RulebookStore;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly evidenceFiles: EvidenceFiles,
    private readonly checkpoints: AuditCheckpoints,
  ) {
    this.documents = new DocumentFiles(db);
    this.rulebooks = new RulebookStore(db);
  }

  async export(actor: Actor, caseId: string, res: Response): Promise<void> {
    const plan = await this.db.transaction('REPEATABLE READ', (m) => this.plan(m, actor, caseId));
    res.status(200);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="case-file.zip"; filename*=UTF-8''${encodeURIComponent(`案卷-${caseId}.zip`)}`,
    );
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    try {
      await this.write(plan, res);
      res.end();
    } catch (error) {
      // Headers are gone: the only honest signal left is a broken-off download (the zip has no end).
      this.logger.warn({ caseId, error: (error as Error).message }, 'case file export broken off');
      res.destroy(error as Error);
    }
  }

  private async plan(m: EntityManager, actor: Actor, caseId: string): Promise<Plan> {
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
      number: d.number,
      type: d.type,
      name: documentName(d.type, locale),
      record: { id: d.recordId, kind: kindOf.get(d.recordId) ?? 'procedure' },
      issuedAt: d.issuedAt,
      pages: d.render?.pages ?? null,
      sha256: d.render?.sha256 ?? null,
      size: d.render?.size ?? null,
      path: d.render ? `文书/${pad(i + 1)}-${safeFileName(d.number)}.pdf` : null,
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
    const { checkpoint, latest } = await this.checkpointsFor(m, entries);
    const links = checkpoint ? await this.chainLinks(m, entries, checkpoint) : [];

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

  /**
   * The checkpoint that proves the case's entries are all there: the earliest one, by this system's
   * key, whose head of every chain the case has entries in is at or after the case's last entry there
   * (the earliest keeps the links to it short); else the newest, which the script reports as not
   * covering. The newest is exported beside it.
   */
  private async checkpointsFor(m: EntityManager, entries: AuditEntry[]) {
    const last = new Map<string, number>();
    for (const e of entries) last.set(e.chain, e.id);
    const [newest] = await m.query<{ document: SignedCheckpoint }[]>(
      'SELECT document FROM audit_checkpoint ORDER BY id DESC LIMIT 1',
    );
    const latest = newest?.document ?? null;
    if (last.size === 0) return { checkpoint: latest, latest };
    const [covering] = await m.query<{ document: SignedCheckpoint }[]>(
      `SELECT c.document FROM audit_checkpoint c
       WHERE c.key_id = $3 AND NOT EXISTS (
         SELECT 1 FROM unnest($1::text[], $2::bigint[]) AS need(chain, id)
         WHERE NOT EXISTS (
           SELECT 1 FROM jsonb_array_elements(c.document->'chains') h
           WHERE h->>'chain' = need.chain AND (h->>'headId')::bigint >= need.id))
       ORDER BY c.id LIMIT 1`,
      [[...last.keys()], [...last.values()], this.checkpoints.keyId],
    );
    return { checkpoint: covering?.document ?? latest, latest };
  }

  /** For each chain: its entries after the case's last one there, up to the checkpoint's head. */
  private async chainLinks(
    m: EntityManager,
    entries: AuditEntry[],
    checkpoint: SignedCheckpoint,
  ): Promise<ChainLinks[]> {
    const last = new Map<string, number>();
    for (const e of entries) last.set(e.chain, e.id);
    const out: ChainLinks[] = [];
    for (const [chain, afterEntry] of last) {
      const head = checkpoint.chains.find((h) => h.chain === chain);
      // Recorded even without links, so a copy whose last entries were cut off says so.
      if (!head || head.headId <= afterEntry) {
        out.push({ chain, afterEntry, headId: head?.headId ?? null, entries: [], count: 0 });
        continue;
      }
      const counted = await m.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM audit_entry WHERE chain = $1 AND id > $2 AND id <= $3',
        [chain, afterEntry, head.headId],
      );
      const n = counted[0]?.n ?? 0;
      if (n > MAX_CHAIN_LINKS) {
        out.push({ chain, afterEntry, headId: head.headId, entries: null, count: n });
        continue;
      }
      const rows = await m.query<AuditRow[]>(
        `SELECT ${AUDIT_COLUMNS} FROM audit_entry WHERE chain = $1 AND id > $2 AND id <= $3 ORDER BY chain_seq`,
        [chain, afterEntry, head.headId],
      );
      out.push({
        chain,
        afterEntry,
        headId: head.headId,
        // Another case's payload is none of this file's business: its digest is all the hash needs.
        entries: rows.map((r) => {
          const { payload: _omitted, ...rest } = fromRow(r);
          void _omitted;
          return rest;
        }),
        count: rows.length,
      });
    }
    return out;
  }

  private async write(plan: Plan, res: Response): Promise<void> {
    const zip = new ZipWriter(res, plan.cover.exportedAt);
    const root = `案卷-${plan.caseId}/`;
    const files: { path: string; sha256: string; size: number; kind: string; id?: string }[] = [];
    const add = async (path: string, kind: string, data: Buffer, id?: string) => {
      const r = await zip.addBuffer(root + path, data);
      files.push({ path, sha256: r.sha256, size: r.size, kind, ...(id ? { id } : {}) });
    };
    const json = (v: unknown) => Buffer.from(`${JSON.stringify(v, null, 2)}\n`, 'utf8');

    const cover = coverJson(plan.cover, plan.docs, plan.evidence);
    const toc = tableOfContents(plan.docs, plan.evidence);
    await add('README.txt', 'readme', Buffer.from(README_TEXT, 'utf8'));
    await add('案卷首页.json', 'cover', json(cover));
    await add('卷内目录.json', 'contents', json(toc));
    await add('卷内目录.txt', 'contents', Buffer.from(contentsText(cover, toc), 'utf8'));
    await add('案卷首页与卷内目录.html', 'contents', Buffer.from(contentsHtml(cover, toc), 'utf8'));

    for (const d of plan.docs) {
      if (!d.path) continue;
      const pdf = await this.documents.pdf(d.id);
      if (!pdf) throw new Error(`document ${d.id} lost its file`);
      await add(d.path, 'document', pdf, d.id);
    }
    for (const e of plan.evidence) {
      const r = await zip.addStream(root + e.path, e.size, this.evidenceFiles.content(e.blobId, e.chunks));
      if (r.sha256 !== e.sha256) throw new Error(`evidence ${e.id} does not hash to its digest`);
      files.push({ path: e.path, sha256: r.sha256, size: r.size, kind: 'evidence', id: e.id });
    }

    await add(
      '审计/entries.json',
      'audit',
      json({
        format: CASE_FILE_FORMAT,
        caseId: plan.caseId,
        recordIds: plan.recordIds,
        hash: 'entryHash = sha256(prevHash + "\\n" + canonical JSON of the entry without payload and entryHash; the closed chain "global" without chain, chainSeq, casePrevHash); payloadDigest = sha256(canonical JSON of payload)',
        entries: plan.entries,
      }),
    );
    await add('审计/chain-links.json', 'audit', json({ format: CASE_FILE_FORMAT, chains: plan.links }));
    await add('审计/checkpoint.json', 'checkpoint', json(plan.checkpoint));
    await add('审计/latest-checkpoint.json', 'checkpoint', json(plan.latestCheckpoint));
    const key = this.checkpoints.publicKey();
    await add('审计/public-key.pem', 'key', Buffer.from(key.pem, 'utf8'));
    await add('审计/public-key.json', 'key', json(key));
    await add('verify.mjs', 'script', Buffer.from(VERIFY_SCRIPT, 'utf8'));

    // The manifest last: every digest in it was computed from the bytes as they went into the zip.
    await zip.addBuffer(
      `${root}manifest.json`,
      json({
        format: CASE_FILE_FORMAT,
        caseId: plan.caseId,
        recordIds: plan.recordIds,
        exportedAt: cover.exportedAt,
        exportedBy: cover.exportedBy,
        files,
      }),
    );
    await zip.finish();
  }
}
