import {
  chinaDateOf,
  documentName,
  documentTextsByVersion,
  documentTextsOn,
  fillText,
  remedyBodies,
  termText,
  yuanOfFen,
  type DocumentTexts,
} from '@safecase/domain';
import type { DocumentFacts } from '@safecase/persistence';

/**
 * What a printed document says, built only from its frozen facts (nothing is retyped): the content its
 * statute requires for the four most used forms, the title and facts for every other type.
 */
export interface DocumentView {
  title: string;
  number: string;
  /** The statute the form rests on, printed under the number. */
  basis: string | null;
  /** 当事人 line: "××有限公司：" */
  addressee: string | null;
  fields: { label: string; value: string }[];
  sections: { heading: string | null; paragraphs: string[] }[];
  signatures: Signatures;
  copies: string;
}

export interface Signatures {
  officers: { name: string; certificateNo: string }[];
  /** The party's signature line, or the recorded refusal (安全生产法 第68条). */
  party: { label: string; refusal: string | null } | null;
  agency: string;
  date: string;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/** 2026年12月1日 (a statutory day, given as YYYY-MM-DD). */
export function chineseDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : day;
}

/** 2026年12月1日 9时30分（北京时间）: an instant, in China Standard Time. */
export function chineseInstant(ms: number): string {
  const t = new Date(ms + 8 * 3600_000).toISOString();
  return `${chineseDay(t.slice(0, 10))} ${Number(t.slice(11, 13))}时${t.slice(14, 16)}分（北京时间）`;
}

const SEVERITY: Record<string, string> = { ordinary: '一般事故隐患', major: '重大事故隐患' };

function sanctionsText(sanctions: unknown, fineFen: unknown): string {
  const names = (Array.isArray(sanctions) ? (sanctions as string[]) : []).map((s) =>
    s === 'fine' && typeof fineFen === 'number' ? `罚款人民币${yuanOfFen(fineFen)}元` : termText(s, 'zh'),
  );
  return names.join('、');
}

function officersOf(f: DocumentFacts): { name: string; certificateNo: string }[] {
  const source = list(obj(f.record).officers).length ? obj(f.record) : obj(f.parentCase);
  return list(source.officers).map((o) => ({
    name: str(o.displayName) || str(o.username),
    certificateNo: str(o.certificateNo),
  }));
}

interface Party {
  name: string;
  creditCode: string;
  address: string;
}

function partyOf(f: DocumentFacts): Party {
  const record = obj(f.record);
  const enterprise = obj(record.enterprise).name ? obj(record.enterprise) : obj(obj(f.parentCase).enterprise);
  return {
    name: str(record.partyName) || str(enterprise.name),
    creditCode: str(record.creditCode) || str(enterprise.creditCode),
    address: str(enterprise.address),
  };
}

function partyFields(p: Party): { label: string; value: string }[] {
  return [
    { label: '被检查单位（当事人）', value: p.name },
    ...(p.creditCode ? [{ label: '统一社会信用代码', value: p.creditCode }] : []),
    ...(p.address ? [{ label: '地址', value: p.address }] : []),
  ];
}

function textsOf(f: DocumentFacts): DocumentTexts {
  return documentTextsByVersion(f.textsVersion) ?? documentTextsOn(chinaDateOf(f.issuedAt));
}

function base(f: DocumentFacts, texts: DocumentTexts): DocumentView {
  return {
    title: documentName(f.documentType, 'zh'),
    number: f.number,
    basis: texts.basis[f.documentType] ? `依据：${texts.basis[f.documentType]}` : null,
    addressee: null,
    fields: [],
    sections: [],
    signatures: {
      officers: officersOf(f),
      party: { label: '当事人（签收）', refusal: null },
      agency: f.agency.name,
      date: chineseDay(chinaDateOf(f.issuedAt)),
    },
    copies: texts.copies,
  };
}

/** 现场检查记录 (安全生产法 第68条): officers and certificates, times, place, findings and handling. */
function inspectionRecord(f: DocumentFacts, v: DocumentView, texts: DocumentTexts): DocumentView {
  const e = obj(f.event);
  const party = partyOf(f);
  const findings = list(e.findings);
  const refused = e.unitRefusedToSign === true;
  const officers = list(e.officers).map((o) => `${str(o.displayName)}（执法证号 ${str(o.certificateNo)}）`);
  return {
    ...v,
    fields: [
      ...partyFields(party),
      { label: '检查场所', value: str(e.place) },
      { label: '检查开始时间', value: chineseInstant(Number(e.inspectedAt)) },
      { label: '检查结束时间', value: chineseInstant(f.issuedAt) },
      { label: '执法人员', value: officers.join('、') },
    ],
    sections: [
      {
        heading: '检查情况',
        paragraphs: [
          `我局执法人员出示执法证件，表明身份，告知当事人依法享有的权利后，依据${texts.basis.inspection_record ?? '有关法律'}对${party.name}进行现场检查。`,
        ],
      },
      {
        heading: '发现的问题及处理情况',
        paragraphs: findings.length
          ? findings.map((d, i) => {
              const evidence = list(d.evidence)
                .map((x) => `${str(x.name)}（SHA-256 ${str(x.sha256).slice(0, 16)}…）`)
                .join('；');
              return (
                `${i + 1}. ${str(d.description)}（${SEVERITY[str(d.severity)] ?? str(d.severity)}；依据：${str(d.legalBasis)}）` +
                (evidence ? `。证据：${evidence}` : '')
              );
            })
          : ['未发现事故隐患。'],
      },
    ],
    signatures: {
      ...v.signatures,
      party: {
        label: '被检查单位负责人（签字）',
        refusal: refused
          ? `${texts.refusalLine}${str(e.refusalNote) ? `说明：${str(e.refusalNote)}` : ''}`
          : null,
      },
    },
  };
}

/** 责令限期整改指令书 (安全生产法 第65条): the hidden dangers, the deadline, the instructions. */
function rectificationOrder(f: DocumentFacts, v: DocumentView, texts: DocumentTexts): DocumentView {
  const e = obj(f.event);
  const record = obj(f.record);
  const party = partyOf(f);
  const corrected = new Set((Array.isArray(e.correctedOnSite) ? e.correctedOnSite : []) as string[]);
  const dangers = list(record.dangers).filter((d) => !corrected.has(str(d.id)));
  const { government } = remedyBodies(f.agency.name);
  return {
    ...v,
    addressee: `${party.name}：`,
    sections: [
      {
        heading: null,
        paragraphs: [
          `经查，你单位存在下列事故隐患（问题）：`,
          ...dangers.map((d, i) => `${i + 1}. ${str(d.description)}（依据：${str(d.legalBasis)}）`),
          `依据${texts.basis.rectification_order ?? '《中华人民共和国安全生产法》'}的规定，现责令你单位于${chineseDay(str(e.deadline))}前整改完毕，达到有关法律法规规章和标准规定的要求。${str(e.instructions)}`,
          '整改期间，你单位应当采取措施，确保安全。整改完毕后，请于期限届满前向本机关书面报告整改情况，本机关将依法进行复查。',
          fillText(texts.measureRemedy, {
            government,
            agency: f.agency.name,
            superior: '上一级应急管理部门',
          }),
        ],
      },
    ],
  };
}

function penaltyParty(f: DocumentFacts): { label: string; value: string }[] {
  const party = partyOf(f);
  const individual = obj(f.record).party === 'individual';
  return [
    { label: individual ? '当事人（个人）' : '当事人（单位）', value: party.name },
    ...(party.creditCode ? [{ label: '统一社会信用代码', value: party.creditCode }] : []),
    ...(party.address ? [{ label: '地址', value: party.address }] : []),
  ];
}

/** 行政处罚告知书 (行政处罚法 第44条): facts, reasons, basis, the intended penalty and the rights. */
function penaltyNotice(f: DocumentFacts, v: DocumentView, texts: DocumentTexts): DocumentView {
  const e = obj(f.event);
  const party = partyOf(f);
  const defence = str(e.defenceEnds);
  const paragraphs = [
    `经查，${str(e.facts)}`,
    `以上事实违反了有关安全生产法律法规的规定，依据${str(e.legalBasis)}，本机关拟对你（单位）作出${sanctionsText(e.sanctions, e.fineFen)}的行政处罚。`,
    fillText(texts.noticeRights, { defenceDays: '三日' }) +
      (defence ? `陈述、申辩期限至${chineseDay(defence)}。` : ''),
  ];
  if (e.hearingRight === true) {
    paragraphs.push(
      texts.noticeHearingRight +
        (str(e.hearingRequestEnds) ? `听证申请期限至${chineseDay(str(e.hearingRequestEnds))}。` : ''),
    );
  }
  return {
    ...v,
    addressee: `${party.name}：`,
    fields: penaltyParty(f),
    sections: [{ heading: null, paragraphs }],
  };
}

/**
 * 行政处罚决定书 (行政处罚法 第59条): the party, facts and evidence, the kind and basis, the manner and
 * deadline of performance, the routes and periods for 复议 and 诉讼, the agency and date.
 */
function penaltyDecision(f: DocumentFacts, v: DocumentView, texts: DocumentTexts): DocumentView {
  const e = obj(f.event);
  const record = obj(f.record);
  const { government, superior } = remedyBodies(f.agency.name);
  const evidence = list(record.evidence).map((x) => str(x.description));
  const parentDangers = list(obj(f.parentCase).dangers);
  const evidenceFiles = parentDangers.flatMap((d) => list(d.evidence).map((x) => str(x.name)));
  const notice = obj(record.notice);
  const paragraphs = [
    `违法事实：${str(e.facts)}`,
    `证据：${[...evidence, ...evidenceFiles, notice.servedOn ? `${chineseDay(str(notice.servedOn))}送达的行政处罚告知书及当事人陈述、申辩材料` : ''].filter(Boolean).join('；') || '现场检查记录等案卷材料'}。`,
    `以上事实违反了有关安全生产法律法规的规定。依据${str(e.legalBasis)}，本机关决定对你（单位）给予${sanctionsText(e.sanctions, e.fineFen)}的行政处罚。`,
  ];
  const sanctions = Array.isArray(e.sanctions) ? (e.sanctions as string[]) : [];
  if (sanctions.includes('fine')) paragraphs.push(texts.payment);
  paragraphs.push(fillText(texts.decisionRemedy, { government, superior, agency: f.agency.name }));
  paragraphs.push(texts.noSuspension);
  return {
    ...v,
    addressee: null,
    fields: penaltyParty(f),
    sections: [{ heading: null, paragraphs }],
    signatures: { ...v.signatures, date: chineseDay(str(e.decidedOn) || chinaDateOf(f.issuedAt)) },
  };
}

const SKIP = new Set(['type', 'at', 'by', 'documents', 'seq', 'rulebook', 'rulebookVersion']);

/** The Chinese label of a fact an event records (an unknown one shows through the term catalog). */
const FACT_LABELS: Record<string, string> = {
  note: '意见',
  approve: '是否批准',
  approved: '是否批准',
  complex: '案情复杂',
  majorPublicInterest: '涉及重大公共利益',
  on: '日期',
  date: '日期',
  servedOn: '送达日期',
  decidedOn: '决定日期',
  receivedOn: '收到日期',
  requestedOn: '申请日期',
  registeredOn: '登记日期',
  publishedOn: '公示日期',
  paidOn: '缴纳日期',
  asOf: '截至日期',
  deadline: '期限',
  newDeadline: '延长后的期限',
  reason: '理由',
  summary: '摘要',
  facts: '事实',
  legalBasis: '依据',
  description: '描述',
  dangerIds: '事故隐患编号',
  measureId: '措施编号',
  kind: '种类',
  items: '物品',
  days: '天数',
  method: '方式',
  chair: '主持人',
  outcome: '结果',
  suspectedOffence: '涉嫌罪名',
  team: '承办人员',
  sanctions: '处罚种类',
  fineFen: '罚款金额',
  amountFen: '金额',
  surchargeFen: '加处罚款',
  totalFen: '合计金额',
  filed: '是否立案',
  emergency: '是否当场实施',
  instructions: '要求',
  penaltyId: '处罚案件编号',
};

/** Any other type: its title, the party and the issuing event's facts as they were recorded. */
function generic(f: DocumentFacts, v: DocumentView): DocumentView {
  const e = obj(f.event);
  const lines = Object.entries(e)
    .filter(([k, value]) => !SKIP.has(k) && value !== null && value !== undefined && value !== '')
    .map(([k, value]) => `${FACT_LABELS[k] ?? termText(k, 'zh')}：${factText(k, value)}`);
  return {
    ...v,
    fields: penaltyParty(f),
    sections: [{ heading: '事项', paragraphs: lines.length ? lines : ['（无其他事项）'] }],
  };
}

function factText(key: string, value: unknown): string {
  if (typeof value === 'number' && key.endsWith('Fen')) return `人民币${yuanOfFen(value)}元`;
  if (typeof value === 'string')
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? chineseDay(value) : termText(value, 'zh');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value) && value.every((x) => typeof x === 'string'))
    return value.map((x) => termText(x, 'zh')).join('、');
  return JSON.stringify(value);
}

export function documentView(f: DocumentFacts): DocumentView {
  const texts = textsOf(f);
  const v = base(f, texts);
  switch (f.documentType) {
    case 'inspection_record':
      return inspectionRecord(f, v, texts);
    case 'rectification_order':
      return rectificationOrder(f, v, texts);
    case 'penalty_notice':
      return penaltyNotice(f, v, texts);
    case 'penalty_decision':
      return penaltyDecision(f, v, texts);
    default:
      return generic(f, v);
  }
}
