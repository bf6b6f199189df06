import type { DocumentFiles, EvidenceFiles } from '@safecase/persistence';
import type { Writable } from 'node:stream';
import {
  CASE_FILE_FORMAT,
  contentsText,
  coverJson,
  README_TEXT,
  tableOfContents,
} from './case-file-contents';
import { contentsHtml } from './case-file-html';
import type { CaseFilePlan } from './case-file-reader';
import { VERIFY_SCRIPT } from './verify-script';
import { ZipWriter } from './zip-writer';

/** The 案卷首页 and 卷内目录 as the zip carries them, built from the plan alone. */
export function contentsOf(plan: CaseFilePlan) {
  return {
    cover: coverJson(plan.cover, plan.docs, plan.evidence),
    toc: tableOfContents(plan.docs, plan.evidence),
  };
}
export type CaseFileContents = ReturnType<typeof contentsOf>;

/** The cover and the table of contents printed to PDF before the zip began; null without a printer. */
export type CaseFilePrints = { cover: Buffer; contents: Buffer } | null;

/** What one written case file was: the digests its audit entry records. */
export interface WrittenCaseFile {
  /** SHA-256 of `manifest.json`, which lists every other file's SHA-256. */
  manifestSha256: string;
  /** SHA-256 of `卷内目录.json`. */
  contentsSha256: string;
  /** The archive as sent: what `sha256sum 案卷-<id>.zip` prints. */
  zip: { size: number; sha256: string };
  files: number;
}

/** A zip being written, and how far it got (what a broken-off download may have received). */
export class CaseFileWriter {
  private readonly zip: ZipWriter;

  constructor(
    private readonly plan: CaseFilePlan,
    out: Writable,
    private readonly documents: DocumentFiles,
    private readonly evidenceFiles: EvidenceFiles,
    private readonly publicKey: { pem: string },
  ) {
    this.zip = new ZipWriter(out, plan.cover.exportedAt);
  }

  get progress() {
    return { bytes: this.zip.bytesWritten, entries: this.zip.entryCount };
  }

  async write(contents: CaseFileContents, prints: CaseFilePrints): Promise<WrittenCaseFile> {
    const { plan, zip } = this;
    const root = `案卷-${plan.caseId}/`;
    const files: { path: string; sha256: string; size: number; kind: string; id?: string }[] = [];
    const add = async (path: string, kind: string, data: Buffer, id?: string) => {
      const r = await zip.addBuffer(root + path, data);
      files.push({ path, sha256: r.sha256, size: r.size, kind, ...(id ? { id } : {}) });
      return r;
    };
    const json = (v: unknown) => Buffer.from(`${JSON.stringify(v, null, 2)}\n`, 'utf8');

    const { cover, toc } = contents;
    await add('README.txt', 'readme', Buffer.from(README_TEXT, 'utf8'));
    await add('案卷首页.json', 'cover', json(cover));
    const contentsJson = await add('卷内目录.json', 'contents', json(toc));
    await add('卷内目录.txt', 'contents', Buffer.from(contentsText(cover, toc), 'utf8'));
    await add('案卷首页与卷内目录.html', 'contents', Buffer.from(contentsHtml(cover, toc), 'utf8'));
    if (prints) {
      await add('案卷首页.pdf', 'cover', prints.cover);
      await add('卷内目录.pdf', 'contents', prints.contents);
    }

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
    await add('审计/public-key.pem', 'key', Buffer.from(this.publicKey.pem, 'utf8'));
    await add('审计/public-key.json', 'key', json(this.publicKey));
    await add('verify.mjs', 'script', Buffer.from(VERIFY_SCRIPT, 'utf8'));

    // The manifest last: every digest in it was computed from the bytes as they went into the zip.
    const manifest = await zip.addBuffer(
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
    const archive = await zip.finish();
    return {
      manifestSha256: manifest.sha256,
      contentsSha256: contentsJson.sha256,
      zip: archive,
      files: files.length + 1,
    };
  }
}
