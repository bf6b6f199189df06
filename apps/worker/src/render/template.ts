import type { DocumentView, Section } from './forms/view';

/** Bumped whenever the layout changes; stored with each render so a file says how it was made. */
export const TEMPLATE_VERSION = 'a4-2026.2';

/** The serif CJK face of Debian's fonts-noto-cjk (NotoSerifCJK-Regular.ttc). */
const FONT = "'Noto Serif CJK SC', 'Noto Serif CJK', 'Source Han Serif SC', serif";

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "共 X 页 第 Y 页", printed by Chromium in the bottom margin of every page. */
export const FOOTER_TEMPLATE = `<div style="width:100%;font-family:${FONT};font-size:10pt;text-align:center;color:#000;">
共 <span class="totalPages"></span> 页 第 <span class="pageNumber"></span> 页</div>`;

const STYLE = `
  @page { size: A4; margin: 25mm 22mm 22mm 25mm; }
  * { box-sizing: border-box; }
  html, body { margin: 0; padding: 0; }
  body { font-family: ${FONT}; font-size: 12pt; line-height: 1.6; color: #000; }
  .header { text-align: center; font-size: 14pt; letter-spacing: 0.3em; margin-bottom: 4mm; }
  h1 { text-align: center; font-size: 20pt; font-weight: 700; letter-spacing: 0.15em; margin: 0 0 3mm; }
  .number { text-align: center; font-size: 12pt; margin-bottom: 2mm; }
  .basis { text-align: center; font-size: 10pt; margin-bottom: 5mm; }
  hr { border: 0; border-top: 1.5pt solid #000; margin: 0 0 5mm; }
  table.fields { width: 100%; border-collapse: collapse; margin-bottom: 5mm; }
  table.fields td { border: 0.75pt solid #000; padding: 1.5mm 2.5mm; vertical-align: top; }
  table.fields td.label { width: 34%; white-space: nowrap; }
  table.fields td { overflow-wrap: anywhere; }
  .addressee { margin: 0 0 2mm; }
  h2 { font-size: 12pt; font-weight: 700; margin: 4mm 0 1mm; }
  p { margin: 0 0 1.5mm; text-indent: 2em; text-align: justify; overflow-wrap: anywhere; }
  .signatures { margin-top: 4mm; display: flex; justify-content: space-between; align-items: flex-end;
                gap: 6mm; page-break-inside: avoid; break-inside: avoid; }
  .signers { flex: 1; }
  .signer { margin: 0 0 2.5mm; white-space: nowrap; }
  .line { display: inline-block; min-width: 26mm; border-bottom: 0.75pt solid #000; padding: 0 1mm;
          line-height: 1.3; }
  .line.wide { min-width: 34mm; }
  .refusal { margin: 1mm 0 0; text-indent: 0; font-size: 10.5pt; white-space: normal; }
  .issuer { position: relative; width: 46mm; height: 40mm; flex: none; }
  .seal { position: absolute; right: 3mm; top: 0; width: 38mm; height: 38mm; border: 1pt dashed #000;
          border-radius: 50%; display: flex; align-items: flex-start; justify-content: center;
          padding-top: 4mm; font-size: 9pt; }
  .issuer-text { position: absolute; right: 0; bottom: 4mm; width: 46mm; text-align: center; line-height: 1.6; }
  /* The signatures, seal and copies line stay together on one page. */
  .closing { page-break-inside: avoid; break-inside: avoid; }
  .copies { margin-top: 4mm; font-size: 10pt; text-indent: 0; }
  .after { margin-top: 8mm; padding-top: 4mm; border-top: 1pt dashed #000; page-break-inside: avoid;
           break-inside: avoid; }
  table.items { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; }
  table.items th, table.items td { border: 0.75pt solid #000; padding: 1.2mm 2mm; text-align: center; }
  table.items th { font-weight: 700; }
  table.items td.wide { text-align: left; }
  table.items tr { page-break-inside: avoid; break-inside: avoid; }
`;

function signerLines(view: DocumentView): string {
  const officers = view.signatures.officers.length
    ? view.signatures.officers
    : [
        { name: '', certificateNo: '' },
        { name: '', certificateNo: '' },
      ];
  const label = escape(view.signatures.officerLabel ?? '执法人员');
  const lines = officers.map(
    (o) =>
      `<div class="signer">${label}：<span class="line">${escape(o.name)}</span>&#x3000;执法证号：<span class="line wide">${escape(o.certificateNo)}</span></div>`,
  );
  const party = view.signatures.party;
  if (party) {
    lines.push(
      `<div class="signer">${escape(party.label)}：<span class="line wide"></span>&#x3000;日期：<span class="line"></span></div>`,
    );
    if (party.refusal) lines.push(`<p class="refusal">${escape(party.refusal)}</p>`);
  }
  for (const other of view.signatures.others ?? [])
    lines.push(
      `<div class="signer">${escape(other)}：<span class="line wide"></span>&#x3000;日期：<span class="line"></span></div>`,
    );
  return lines.join('');
}

/** A 清单: a ruled table, the name column left-aligned (it holds the longest text). */
function itemsTable(table: NonNullable<Section['table']>): string {
  const head = table.columns.map((c) => `<th>${escape(c)}</th>`).join('');
  const rows = table.rows
    .map(
      (r) => `<tr>${r.map((c, i) => `<td${i === 1 ? ' class="wide"' : ''}>${escape(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table class="items"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function sectionsHtml(sections: Section[]): string {
  return sections
    .map(
      (s) =>
        `${s.heading ? `<h2>${escape(s.heading)}</h2>` : ''}${s.paragraphs
          .map((p) => `<p>${escape(p)}</p>`)
          .join('')}${s.table ? itemsTable(s.table) : ''}`,
    )
    .join('');
}

/** The whole document as one HTML page, printed to A4 by Chromium. */
export function documentHtml(view: DocumentView): string {
  const fields = view.fields.length
    ? `<table class="fields">${view.fields
        .map((f) => `<tr><td class="label">${escape(f.label)}</td><td>${escape(f.value)}</td></tr>`)
        .join('')}</table>`
    : '';
  const sections = sectionsHtml(view.sections);
  const after = view.after?.length ? `<div class="after">${sectionsHtml(view.after)}</div>` : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(view.title)}${view.number ? ` ${escape(view.number)}` : ''}</title>
<style>${STYLE}</style></head>
<body>
  <div class="header">安全生产行政执法文书</div>
  <h1>${escape(view.title)}</h1>
  ${view.number ? `<div class="number">${escape(view.number)}</div>` : ''}
  ${view.basis ? `<div class="basis">${escape(view.basis)}</div>` : ''}
  <hr>
  ${view.addressee ? `<div class="addressee">${escape(view.addressee)}</div>` : ''}
  ${fields}
  ${sections}
  <div class="closing">
    <div class="signatures">
      <div class="signers">${signerLines(view)}</div>
      <div class="issuer">
        <div class="seal">（印章）</div>
        <div class="issuer-text">${escape(view.signatures.agency)}<br>${escape(view.signatures.date)}</div>
      </div>
    </div>
    <p class="copies">${escape(view.copies)}</p>
  </div>
  ${after}
</body></html>`;
}
