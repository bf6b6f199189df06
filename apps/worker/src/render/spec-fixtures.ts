// Frozen facts as the issuing transaction stores them, for the form specs. The pieces are typed with
// the domain's own types, so a renamed field breaks these fixtures at compile time instead of
// silently printing a blank.
import type {
  AmountOwed,
  CaseOfficer,
  Enterprise,
  HiddenDanger,
  Measure,
  ServiceRecord,
  TransferPackage,
} from '@safecase/domain';
import type { DocumentFacts } from '@safecase/persistence';
import { documentView } from './content';
import { documentHtml } from './template';

export const AGENCY = { id: 'a', name: '南昌市应急管理局', docPrefix: '洪应急', regionCode: '360100' };
export const PARTY = '南昌某某化工有限公司';
export const ENTERPRISE: Enterprise = {
  name: PARTY,
  creditCode: '91110108551385082Q',
  address: '江西省南昌市青山湖区某某路88号',
};
export const OFFICERS: CaseOfficer[] = [
  {
    userId: 'u1',
    username: 'nc.officer1',
    displayName: '张伟',
    agencyId: 'a',
    roles: ['officer'],
    certificateNo: '36010020001',
  },
  {
    userId: 'u2',
    username: 'nc.officer2',
    displayName: '李娜',
    agencyId: 'a',
    roles: ['officer'],
    certificateNo: '36010020002',
  },
];
export const DANGER: HiddenDanger = {
  id: 'D1',
  description: '液化气钢瓶存放于地下室',
  severity: 'major',
  legalBasis: '《城镇燃气管理条例》第二十八条',
  evidence: [],
  status: 'open',
};

export const at = (instant: string) => Date.parse(instant);

export function facts(over: Partial<DocumentFacts> & Pick<DocumentFacts, 'documentType'>): DocumentFacts {
  return {
    format: 1,
    number: '洪应急X〔2026〕1号',
    key: over.documentType,
    issuedAt: at('2026-12-01T10:00:00+08:00'),
    textsVersion: 'texts-2024.1',
    agency: AGENCY,
    recordKind: 'case',
    recordId: 'c1',
    event: {},
    record: { enterprise: ENTERPRISE, officers: OFFICERS, dangers: [DANGER] },
    parentCase: null,
    ...over,
  };
}

export function seizure(emergency: boolean): Measure {
  return {
    id: 'M1',
    kind: 'seal_seize',
    dangerIds: ['D1'],
    reason: '气瓶泄漏，存在爆炸危险',
    emergency,
    status: 'in_force',
    proposedBy: 'u1',
    proposedAt: at('2026-12-01T09:00:00+08:00'),
    decidedBy: emergency ? null : 'u9',
    decidedAt: emergency ? null : at('2026-12-01T10:00:00+08:00'),
    effectiveAt: at('2026-12-01T09:05:00+08:00'),
    unitRefused: false,
    noticeUntil: null,
    liftedAt: null,
    liftReason: null,
    seizure: { servedOn: '2026-12-01', extensionDays: null, testing: [] },
    inventory: [
      { item: '液化气钢瓶（50公斤）', quantity: '12 个' },
      { item: '地下室仓库', quantity: '1 处' },
    ],
  };
}

export const SERVICE: ServiceRecord = {
  method: 'left',
  receiver: '王五（安全主管）',
  servedAt: at('2026-12-02T00:05:00+08:00'),
  witness: '赵六（社区网格员）',
  photoSha256: 'ab'.repeat(32),
  entrustedTo: null,
  receiptDate: null,
  consent: null,
  effectiveAt: at('2026-12-02T00:05:00+08:00'),
  effectiveOn: '2026-12-02',
};

export const OWED: AmountOwed = {
  asOf: '2027-02-10',
  fineFen: 2_000_000,
  surchargeFen: 1_860_000,
  surchargeDays: 31,
  surchargeCapped: false,
  continuingFinesFen: 0,
  totalFen: 3_860_000,
};

export const PACKAGE: TransferPackage = {
  investigationReport: '经调查，该单位在停产停业期间擅自恢复生产。\n有关负责人对上述事实供认不讳。',
  items: [{ item: '生产记录台账', quantity: '3 册' }],
  appraisals: [{ title: '压力容器检验报告', conclusion: '该储罐不符合安全技术规范，禁止使用。' }],
};

/** A penalty's record at the demand or the court application: decided, served, unpaid. */
export function penaltyRecord(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    party: 'unit',
    partyName: PARTY,
    creditCode: ENTERPRISE.creditCode,
    facts: '危险化学品仓库未设置可燃气体报警装置',
    filing: { on: '2026-11-20', approvedBy: 'u9', complex: false, majorPublicInterest: false },
    decision: {
      sanctions: ['warning', 'fine'],
      fineFen: 2_000_000,
      facts: '你单位危险化学品仓库未设置可燃气体报警装置。',
      legalBasis: '《中华人民共和国安全生产法》第九十九条',
      decidedOn: '2026-12-07',
      decidedBy: 'u9',
    },
    decisionStatus: 'in_force',
    service: { servedOn: '2026-12-08', method: 'direct', effectiveOn: '2026-12-08' },
    remedies: [],
    continuingFines: [],
    statements: [],
    surchargeCappedOn: null,
    payment: null,
    demand: null,
    courtApplication: null,
    ...extra,
  };
}

/** Every paragraph, field and table cell of a document's view, as one string. */
export function viewText(f: DocumentFacts): string {
  const v = documentView(f);
  return [
    v.title,
    v.number,
    v.basis ?? '',
    v.addressee ?? '',
    ...v.fields.map((x) => `${x.label}：${x.value}`),
    ...[...v.sections, ...(v.after ?? [])].flatMap((s) => [
      s.heading ?? '',
      ...s.paragraphs,
      ...(s.table?.rows.flat() ?? []),
    ]),
    v.copies,
  ].join('\n');
}

export const html = (f: DocumentFacts) => documentHtml(documentView(f));
