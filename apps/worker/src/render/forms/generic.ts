import { termText, yuanOfFen } from '@safecase/domain';
import { chineseDay, obj, penaltyParty } from './facts';
import type { Form } from './view';

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

/** Any other type: its title, the party and the issuing event's facts as they were recorded. */
export const generic: Form = (f, v) => {
  const e = obj(f.event);
  const lines = Object.entries(e)
    .filter(([k, value]) => !SKIP.has(k) && value !== null && value !== undefined && value !== '')
    .map(([k, value]) => `${FACT_LABELS[k] ?? termText(k, 'zh')}：${factText(k, value)}`);
  return {
    ...v,
    fields: penaltyParty(f),
    sections: [{ heading: '事项', paragraphs: lines.length ? lines : ['（无其他事项）'] }],
  };
};
