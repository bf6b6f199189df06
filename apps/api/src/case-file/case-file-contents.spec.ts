import {
  contentsText,
  coverJson,
  safeFileName,
  tableOfContents,
  type CoverFacts,
  type DocumentItem,
} from './case-file-contents';
import { contentsHtml, contentsPageHtml, coverPageHtml } from './case-file-html';

const cover: CoverFacts = {
  caseId: 'c1',
  caseNumber: '洪应急检记〔2026〕1号',
  party: { name: '南昌某某化工有限公司', creditCode: '91110108551385082Q', address: null },
  cause: '危险化学品仓库检查',
  openedAt: new Date('2026-11-30T16:30:00Z'),
  closedAt: null,
  officers: [{ displayName: '张伟', username: 'nc.officer1', certificateNo: '36010020001' }],
  agency: { id: 'a1', name: '南昌市应急管理局' },
  retention: {
    text: '30年',
    rule: 'archive.case_file_retention',
    rulebookVersion: '2026.1',
    source: '国家档案局令第8号',
    status: 'configurable',
  },
  exportedAt: new Date('2026-12-01T02:00:00Z'),
  exportedBy: 'nc.supervisor',
};

const doc = (over: Partial<DocumentItem>): DocumentItem => ({
  id: 'd1',
  number: '洪应急检记〔2026〕1号',
  type: 'inspection_record',
  name: '现场检查记录',
  record: { id: 'c1', kind: 'case' },
  issuedAt: new Date('2026-11-30T16:45:00Z'),
  pages: 2,
  sha256: 'a'.repeat(64),
  size: 1000,
  path: '文书/001-洪应急检记〔2026〕1号.pdf',
  missing: null,
  ...over,
});

describe('case file contents', () => {
  it('lists a document not yet printed as missing, with no path, instead of dropping it', () => {
    const docs = [
      doc({}),
      doc({
        id: 'd2',
        number: '洪应急责改〔2026〕1号',
        name: '责令限期整改指令书',
        pages: null,
        sha256: null,
        size: null,
        path: null,
        missing: 'rendering',
      }),
    ];
    const toc = tableOfContents(docs, []);
    expect(toc.documents.map((d) => [d.no, d.number, d.path, d.missing])).toEqual([
      [1, '洪应急检记〔2026〕1号', '文书/001-洪应急检记〔2026〕1号.pdf', null],
      [2, '洪应急责改〔2026〕1号', null, '文件尚未生成（印制中），未收入本案卷'],
    ]);
    const c = coverJson(cover, docs, []);
    // Dates in 北京时间: 16:30 UTC on 30 November is 1 December in China.
    expect(c).toMatchObject({
      openedOn: '2026-12-01',
      closedOn: null,
      documents: 2,
      pages: 2,
      evidenceFiles: 0,
    });
    expect(contentsText(c, toc)).toContain('缺：文件尚未生成（印制中），未收入本案卷');
    expect(contentsText(c, toc)).toContain('保管期限：30年');
    expect(contentsHtml(c, toc)).toContain('责令限期整改指令书（文件尚未生成（印制中），未收入本案卷）');
    // The pages printed to PDF: no links to files a printed sheet cannot open.
    expect(contentsHtml(c, toc)).toContain('<a href=');
    expect(contentsPageHtml(c, toc)).not.toContain('<a href=');
    expect(contentsPageHtml(c, toc)).toContain('洪应急责改〔2026〕1号');
  });

  it('prints the retention period and the agency on the 案卷首页, escaping what the record says', () => {
    const c = coverJson({ ...cover, cause: '<b>检查</b> & 复查' }, [doc({})], []);
    const html = coverPageHtml(c);
    expect(html).toContain('<td class="label">保管期限</td><td>30年（国家档案局令第8号）</td>');
    expect(html).toContain('<div class="agency">南昌市应急管理局</div>');
    expect(html).toContain('&lt;b&gt;检查&lt;/b&gt; &amp; 复查');
    expect(html).not.toContain('<b>检查');
  });

  it('makes uploaded file names safe as zip paths', () => {
    expect(safeFileName('../../etc/passwd')).toBe('__.._etc_passwd');
    expect(safeFileName('照片\u0000.jpg')).toBe('照片_.jpg');
    expect(safeFileName('')).toBe('file');
    expect(safeFileName('a'.repeat(300))).toHaveLength(120);
  });
});
