import type { coverJson, tableOfContents } from './case-file-contents';

/**
 * The 案卷首页 and 卷内目录 as HTML: one page with links to the files beside it (案卷首页与卷内目录.html),
 * and each as a page of its own that the API's Chromium prints to A4 PDF (案卷首页.pdf, 卷内目录.pdf)
 * in the serif CJK face the documents are printed in. Pure: no database, no clock.
 */

type Cover = ReturnType<typeof coverJson>;
type Toc = ReturnType<typeof tableOfContents>;

/** The serif CJK face of Debian's fonts-noto-cjk, as the documents use it. */
const FONT = "'Noto Serif CJK SC', 'Noto Serif CJK', 'Source Han Serif SC', serif";

/** "共 X 页 第 Y 页" in the bottom margin of every printed page (Chromium's footer template). */
export const PAGE_FOOTER = `<div style="width:100%;font-family:${FONT};font-size:10pt;text-align:center;color:#000;">
共 <span class="totalPages"></span> 页 第 <span class="pageNumber"></span> 页</div>`;

const STYLE = `@page{size:A4;margin:20mm 18mm 22mm 22mm}body{font-family:${FONT};font-size:11pt;color:#000}
h1{text-align:center;letter-spacing:.5em}.agency{text-align:center;font-size:13pt;margin-bottom:4mm}
table{border-collapse:collapse;width:100%;margin-bottom:2em}
td,th{border:1px solid #000;padding:4px 6px;vertical-align:top;word-break:break-all}
td.label{width:28%;white-space:nowrap}.digest{font-size:7.5pt}h1.toc{page-break-before:always}
table.toc{table-layout:fixed;font-size:10pt}table.toc td.nowrap{white-space:nowrap;word-break:normal}
tr{page-break-inside:avoid;break-inside:avoid}`;

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A table row; the cells at `whole` (文号, date) are kept on one line. */
const row = (cells: string[], whole: number[] = []) =>
  `<tr>${cells.map((c, i) => `<td${whole.includes(i) ? ' class="nowrap"' : ''}>${c}</td>`).join('')}</tr>`;

const page = (title: string, body: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>${STYLE}</style></head><body>
${body}
</body></html>
`;

function officersOf(cover: Cover): string {
  return cover.officers
    .map((o) => `${o.displayName}${o.certificateNo ? `（执法证 ${o.certificateNo}）` : ''}`)
    .join('、');
}

function coverTable(cover: Cover): string {
  const rows = [
    ['案卷编号', cover.caseId],
    ['案号', cover.caseNumber ?? '（未立案编号）'],
    ['当事人', `${cover.party.name}${cover.party.creditCode ? `（${cover.party.creditCode}）` : ''}`],
    ['案由', cover.cause],
    ['立案（启动）日期', cover.openedOn ?? ''],
    ['结案日期', cover.closedOn ?? '未结案'],
    ['承办人', officersOf(cover)],
    ['执法机关', cover.agency.name],
    ['保管期限', `${cover.retention.text}（${cover.retention.source}）`],
    ['卷内', `文书 ${cover.documents} 份、共 ${cover.pages} 页；证据文件 ${cover.evidenceFiles} 件`],
    ['导出', `${cover.exportedAt}，${cover.exportedBy}`],
  ];
  return `<table>${rows.map(([k, v]) => `<tr><td class="label">${esc(k!)}</td><td>${esc(v!)}</td></tr>`).join('')}</table>`;
}

/** The 卷内目录's table; `links`: each name links to its file in the folder (the HTML beside them). */
function tocTable(toc: Toc, links: boolean): string {
  const link = (path: string | null, text: string) =>
    links && path ? `<a href="${esc(encodeURI(path))}">${esc(text)}</a>` : esc(text);
  const digest = (s: string) => `<span class="digest">${esc(s)}</span>`;
  // A 文号 and a date are read whole: they never wrap; the digest, in small type, takes what is left.
  const cols = [9, 50, 36, 24, 10].map((mm) => `<col style="width:${mm}mm">`).join('') + '<col>';
  return `<table class="toc"><colgroup>${cols}</colgroup>
<tr><th>序号</th><th>文书编号</th><th>文书名称</th><th>日期</th><th>页数</th><th>SHA-256</th></tr>
${toc.documents
  .map((d) =>
    row(
      [
        String(d.no),
        esc(d.number),
        link(d.path, d.name) + (d.missing ? `（${esc(d.missing)}）` : ''),
        esc(d.issuedOn ?? ''),
        d.pages === null ? '—' : String(d.pages),
        digest(d.sha256 ?? '—'),
      ],
      [1, 3],
    ),
  )
  .join('\n')}
${toc.evidence
  .map((e) =>
    row(
      [
        String(e.no),
        '证据',
        link(e.path, e.name),
        esc(e.uploadedAt.slice(0, 10)),
        '—',
        `${digest(e.sha256)}（${e.size} 字节）`,
      ],
      [3],
    ),
  )
  .join('\n')}
${toc.record.map((r) => row([String(r.no), '', link(r.path, r.name), '', '', ''])).join('\n')}
</table>`;
}

/** The cover and the table of contents as one printable page (A4), links to the files beside it. */
export function contentsHtml(cover: Cover, toc: Toc): string {
  return page(
    '案卷首页与卷内目录',
    `<h1>案卷首页</h1>\n${coverTable(cover)}\n<h1 class="toc">卷内目录</h1>\n${tocTable(toc, true)}`,
  );
}

/** The 案卷首页 alone, to print: the agency above the title, the retention period among its lines. */
export function coverPageHtml(cover: Cover): string {
  return page(
    '案卷首页',
    `<div class="agency">${esc(cover.agency.name)}</div>\n<h1>案卷首页</h1>\n${coverTable(cover)}`,
  );
}

/** The 卷内目录 alone, to print: which case it is the contents of, then the table. */
export function contentsPageHtml(cover: Cover, toc: Toc): string {
  const of = `<p>案号：${esc(cover.caseNumber ?? '（未立案编号）')}&#x3000;当事人：${esc(cover.party.name)}</p>`;
  return page('卷内目录', `<h1>卷内目录</h1>\n${of}\n${tocTable(toc, false)}`);
}
