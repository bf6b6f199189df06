import { chinaDateOf, chinaInstant } from '@safecase/domain';

/**
 * What the case file (案卷) says about itself: its cover (案卷首页) and its table of contents (卷内目录),
 * as JSON, plain text and HTML, built from what the service read. Pure: no database, no clock.
 */

export const CASE_FILE_FORMAT = 'safecase-case-file/1';

export interface CoverFacts {
  caseId: string;
  /** 案号: the 立案审批表's number when the case was filed, else its first document's. */
  caseNumber: string | null;
  party: { name: string; creditCode: string | null; address: string | null };
  /** 案由. */
  cause: string;
  openedAt: Date;
  closedAt: Date | null;
  officers: { displayName: string; username: string; certificateNo: string | null }[];
  agency: { id: string; name: string };
  retention: { text: string; rule: string; rulebookVersion: string; source: string; status: string };
  exportedAt: Date;
  exportedBy: string;
}

export interface DocumentItem {
  id: string;
  number: string;
  type: string;
  name: string;
  /** The case itself, or the penalty / transfer procedure it belongs to. */
  record: { id: string; kind: string };
  issuedAt: Date;
  pages: number | null;
  sha256: string | null;
  size: number | null;
  /** Where its PDF is in the zip; null when it is not there (`missing` says why). */
  path: string | null;
  missing: 'rendering' | 'no_file' | null;
}

export interface EvidenceItem {
  id: string;
  fileName: string;
  mediaType: string;
  sha256: string;
  size: number;
  recordId: string;
  uploadedAt: Date;
  uploadedBy: string;
  path: string;
}

const date = (d: Date | null) => (d ? chinaDateOf(d.getTime()) : null);
const instant = (d: Date) => chinaInstant(d.getTime());

const MISSING_TEXT = {
  rendering: '文件尚未生成（印制中），未收入本案卷',
  no_file: '该文书签发于文书成为文件之前，没有文件',
} as const;

/** A file name safe inside the zip on every system: no separators, no control characters, bounded. */
export function safeFileName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/^\.+/, '_')
    .trim();
  return (cleaned || 'file').slice(0, 120);
}

export function coverJson(c: CoverFacts, docs: DocumentItem[], evidence: EvidenceItem[]) {
  return {
    format: CASE_FILE_FORMAT,
    title: '案卷首页',
    caseId: c.caseId,
    caseNumber: c.caseNumber,
    party: c.party,
    cause: c.cause,
    openedOn: date(c.openedAt),
    closedOn: date(c.closedAt),
    officers: c.officers,
    agency: c.agency,
    retention: c.retention,
    documents: docs.length,
    pages: docs.reduce((n, d) => n + (d.pages ?? 0), 0),
    evidenceFiles: evidence.length,
    exportedAt: instant(c.exportedAt),
    exportedBy: c.exportedBy,
  };
}

/** The 卷内目录: the cover, then the documents in issue order, then the evidence, then the record. */
export function tableOfContents(docs: DocumentItem[], evidence: EvidenceItem[]) {
  let n = 0;
  return {
    format: CASE_FILE_FORMAT,
    title: '卷内目录',
    documents: docs.map((d) => ({
      no: ++n,
      id: d.id,
      number: d.number,
      type: d.type,
      name: d.name,
      record: d.record,
      issuedOn: date(d.issuedAt),
      issuedAt: instant(d.issuedAt),
      pages: d.pages,
      sha256: d.sha256,
      size: d.size,
      path: d.path,
      missing: d.missing ? MISSING_TEXT[d.missing] : null,
    })),
    evidence: evidence.map((e) => ({
      no: ++n,
      id: e.id,
      name: e.fileName,
      mediaType: e.mediaType,
      sha256: e.sha256,
      size: e.size,
      recordId: e.recordId,
      uploadedAt: instant(e.uploadedAt),
      uploadedBy: e.uploadedBy,
      path: e.path,
    })),
    record: [
      { no: ++n, name: '审计记录（全过程记录，行政处罚法 第47条）', path: '审计/entries.json' },
      { no: ++n, name: '审计链衔接条目（至签名检查点）', path: '审计/chain-links.json' },
      { no: ++n, name: '签名检查点（Ed25519）', path: '审计/checkpoint.json' },
      { no: ++n, name: '检查点公钥', path: '审计/public-key.pem' },
      { no: ++n, name: '核验脚本（node verify.mjs）', path: 'verify.mjs' },
    ],
  };
}

/** The full-width space the columns of the text 卷内目录 are separated by. */
const COLUMN = '\u3000';
const columns = (...cells: (string | number)[]) => cells.join(COLUMN);

export function contentsText(
  cover: ReturnType<typeof coverJson>,
  toc: ReturnType<typeof tableOfContents>,
): string {
  const officers = cover.officers
    .map((o) => `${o.displayName}${o.certificateNo ? `（执法证 ${o.certificateNo}）` : ''}`)
    .join('、');
  const lines = [
    '案卷首页',
    `案卷编号：${cover.caseId}`,
    `案号：${cover.caseNumber ?? '（未立案编号）'}`,
    `当事人：${cover.party.name}${cover.party.creditCode ? `（统一社会信用代码 ${cover.party.creditCode}）` : ''}`,
    `案由：${cover.cause}`,
    columns(`立案（启动）日期：${cover.openedOn}`, `结案日期：${cover.closedOn ?? '未结案'}`),
    `承办人：${officers || '—'}`,
    `执法机关：${cover.agency.name}`,
    `保管期限：${cover.retention.text}（${cover.retention.source}；规则 ${cover.retention.rule}，规则库 ${cover.retention.rulebookVersion}）`,
    `本卷文书 ${cover.documents} 份、共 ${cover.pages} 页，证据文件 ${cover.evidenceFiles} 件`,
    `导出：${cover.exportedAt}，${cover.exportedBy}`,
    '',
    '卷内目录',
    columns('序号', '文书编号', '文书名称', '日期', '页数', 'SHA-256', '卷内位置'),
  ];
  for (const d of toc.documents)
    lines.push(
      columns(
        d.no,
        d.number,
        d.name,
        d.issuedOn ?? '',
        d.pages ?? '—',
        d.sha256 ?? '—',
        d.path ?? `缺：${d.missing}`,
      ),
    );
  for (const e of toc.evidence)
    lines.push(
      columns(e.no, '证据', e.name, e.uploadedAt.slice(0, 10), '—', e.sha256, `${e.path}（${e.size} 字节）`),
    );
  for (const r of toc.record) lines.push(columns(r.no, r.name, r.path));
  return `${lines.join('\n')}\n`;
}

export const README_TEXT = `案卷（safecase-case-file/1）

本文件夹是一个执法案件的案卷导出：案卷首页与卷内目录（卷内目录.json / 卷内目录.txt / 案卷首页与卷内目录.html，
以及打印用的 案卷首页.pdf 与 卷内目录.pdf）、
全部文书的 PDF（文书/，与 GET /documents/{id}/pdf 提供的字节完全相同）、证据文件（证据/，原样字节）、
案件的全部审计条目（审计/entries.json）、签名检查点及其公钥（审计/）和清单（manifest.json）。

离线核验：在本文件夹中运行

    node verify.mjs
    node verify.mjs --public-key 另行取得的公钥.pem   （推荐：公钥不取自案卷本身）

它只使用 Node.js 自带的模块（Node 18 及以上），重新计算每个文件的 SHA-256、每个审计条目的哈希与按案件串联的链，
核对检查点签名及其是否覆盖本案最后一个条目，并逐项打印已证明和未能证明的内容；任何不符都以非零状态退出，并指出文件或条目编号。
`;
