import type { DocumentFacts } from '@safecase/persistence';
import { chineseInstant, documentView } from './content';
import { documentHtml } from './template';

const officers = [
  { displayName: '张伟', username: 'nc.officer1', certificateNo: '36010020001' },
  { displayName: '李娜', username: 'nc.officer2', certificateNo: '36010020002' },
];
const parentCase = {
  enterprise: { name: '南昌某某化工有限公司', creditCode: '91360100MA35XXXX1X', address: '南昌' },
  officers,
};

function decision(issuedOn: string, textsVersion: string): DocumentFacts {
  return {
    format: 1,
    documentType: 'penalty_decision',
    number: '洪应急罚〔2026〕3号',
    key: 'penalty_decision',
    issuedAt: Date.parse(`${issuedOn}T10:00:00+08:00`),
    textsVersion,
    agency: { id: 'a', name: '南昌市应急管理局', docPrefix: '洪应急', regionCode: '360100' },
    recordKind: 'penalty',
    recordId: 'p',
    event: {
      type: 'penalty_decided',
      decidedOn: issuedOn,
      sanctions: ['warning', 'fine'],
      fineFen: 2_000_000,
      facts: '未设置报警装置。',
      legalBasis: '《中华人民共和国安全生产法》第九十九条',
    },
    record: { party: 'unit', partyName: '南昌某某化工有限公司', creditCode: '91360100MA35XXXX1X' },
    parentCase,
  };
}

const text = (f: DocumentFacts) =>
  documentView(f)
    .sections.flatMap((s) => s.paragraphs)
    .join('');

describe('document content from frozen facts', () => {
  it('a decision of 2026 names the people’s government at the agency’s level for 复议 (复议法 2023 第24条)', () => {
    const t = text(decision('2026-12-07', 'texts-2024.1'));
    expect(t).toContain('六十日内依法向南昌市人民政府申请行政复议');
    expect(t).not.toContain('上一级');
    expect(t).toContain('罚款人民币20000.00元');
    expect(t).toContain('十五日内');
  });

  it('a decision issued under the older texts keeps their route (复议 also to the department one level up)', () => {
    const t = text(decision('2023-06-01', 'texts-2021.1'));
    expect(t).toContain('南昌市人民政府或者上一级应急管理部门申请行政复议');
  });

  it('prints the officers with their certificates, the agency, the date and the seal box', () => {
    const html = documentHtml(documentView(decision('2026-12-07', 'texts-2024.1')));
    for (const s of [
      '安全生产行政执法文书',
      '行政处罚决定书',
      '洪应急罚〔2026〕3号',
      '张伟',
      '36010020002',
      '（印章）',
    ]) {
      expect(html).toContain(s);
    }
    expect(html).toContain('2026年12月7日');
  });

  it('shows instants in 北京时间', () => {
    expect(chineseInstant(Date.parse('2026-12-01T16:05:00Z'))).toBe('2026年12月2日 0时05分（北京时间）');
  });

  it('prints any other type with its title and its facts in Chinese', () => {
    const f = {
      ...decision('2026-12-07', 'texts-2024.1'),
      documentType: 'decision_extension',
      number: '洪应急延审〔2026〕1号',
    };
    f.event = { type: 'decision_extension_decided', servedOn: '2026-12-20', note: '逾期未缴' };
    const v = documentView(f);
    expect(v.title).toBe('延长办案期限审批表');
    expect(v.sections[0]!.paragraphs).toEqual(['送达日期：2026年12月20日', '意见：逾期未缴']);
  });
});
