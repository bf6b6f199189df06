import type { ACCIDENT_DOCUMENT_TYPES } from '../accident/accident-types';
import type { UNNUMBERED_DOCUMENT_TYPES } from '../documents';
import type { ITEM_DOCUMENT_TYPES } from '../accident/item-types';
import type { DOCUMENT_TYPES } from '../enforcement/case-types';
import type { PENALTY_DOCUMENT_TYPES } from '../penalty/penalty-types';
import type { TRANSFER_DOCUMENT_TYPES } from '../transfer/transfer-types';
import type { Locale, Text } from './locale';

type DocumentType =
  | keyof typeof DOCUMENT_TYPES
  | keyof typeof PENALTY_DOCUMENT_TYPES
  | keyof typeof TRANSFER_DOCUMENT_TYPES
  | keyof typeof ACCIDENT_DOCUMENT_TYPES
  | keyof typeof ITEM_DOCUMENT_TYPES
  | keyof typeof UNNUMBERED_DOCUMENT_TYPES;

/** The name of every numbered document type (a type added without its name here does not compile). */
export const DOCUMENT_NAMES: Record<DocumentType, Text> = {
  inspection_record: { zh: '现场检查记录', en: 'inspection record' },
  rectification_order: { zh: '责令限期整改指令书', en: 'order to rectify within a time limit' },
  reinspection_opinion: { zh: '整改复查意见书', en: 're-inspection opinion' },
  extension_approval: { zh: '延期整改审批表', en: 'approval of the extended deadline' },
  measure_decision: { zh: '行政强制措施决定书', en: 'decision on a compulsory measure' },
  emergency_measure_record: { zh: '当场采取行政强制措施记录', en: 'record of an emergency measure' },
  measure_lifting: { zh: '解除行政强制措施决定书', en: 'decision lifting a measure' },
  cutoff_notice: { zh: '停止供电（供应民用爆炸物品）通知书', en: 'notice of a supply cut-off' },
  seizure_decision: { zh: '查封扣押决定书', en: 'seizure decision' },
  seizure_inventory: { zh: '查封扣押场所、设施、财物清单', en: 'inventory of seized items' },
  penalty_proposal: { zh: '行政处罚建议书', en: 'penalty proposal' },
  summary_penalty_decision: { zh: '当场行政处罚决定书', en: 'on-the-spot penalty decision' },
  filing_approval: { zh: '立案审批表', en: 'filing (立案) approval' },
  evidence_preservation_notice: { zh: '先行登记保存证据通知书', en: 'notice of evidence preservation' },
  evidence_preservation_decision: {
    zh: '先行登记保存证据处理决定书',
    en: 'decision on preserved evidence',
  },
  penalty_notice: { zh: '行政处罚告知书', en: 'notice of the intended penalty' },
  hearing_right_notice: { zh: '听证告知书', en: 'notice of the right to a hearing' },
  hearing_notice: { zh: '听证通知书', en: 'hearing notice' },
  decision_extension: { zh: '延长办案期限审批表', en: 'approval of more time to decide' },
  penalty_decision: { zh: '行政处罚决定书', en: 'penalty decision' },
  continuing_fine_notice: { zh: '按日连续处罚告知书', en: 'notice of the continuing daily fine' },
  continuing_fine_decision: { zh: '按日连续处罚决定书', en: 'continuing daily fine decision' },
  payment_demand: { zh: '催告书', en: 'written demand to pay' },
  court_enforcement_application: { zh: '强制执行申请书', en: 'application for court enforcement' },
  closure_proposal: { zh: '提请关闭建议书', en: 'closure proposal' },
  closing_approval: { zh: '结案审批表', en: 'closing approval' },
  service_receipt: { zh: '送达回证', en: 'service receipt' },
  transfer_approval: { zh: '涉嫌犯罪案件移送审批表', en: 'transfer approval' },
  transfer_letter: { zh: '涉嫌犯罪案件移送书', en: 'transfer letter' },
  transfer_reconsideration_request: { zh: '提请复议书', en: 'request for reconsideration' },
  procuratorate_supervision_request: { zh: '提请立案监督书', en: 'request for procuratorate supervision' },
  handover_list: { zh: '涉案物品移交清单', en: 'handover list' },
  transfer_investigation_report: { zh: '涉嫌犯罪案件调查报告', en: 'investigation report of the transfer' },
  transfer_item_inventory: { zh: '涉案物品清单', en: 'inventory of the items involved' },
  transfer_appraisal: { zh: '检验报告或鉴定结论', en: 'test report or appraisal conclusion' },
  investigation_team: { zh: '事故调查组成立通知', en: 'investigation team notice' },
  report_extension: { zh: '延长事故调查期限审批表', en: 'report extension approval' },
  approval: { zh: '事故调查报告批复', en: 'approval (批复) of the report' },
  approval_extension: { zh: '延长批复期限审批表', en: 'approval extension' },
  rectification_notice: { zh: '事故整改通知书', en: 'rectification notice' },
  evaluation: { zh: '事故整改和防范措施落实情况评估报告', en: 'evaluation report' },
  circulated_notice: { zh: '通报', en: 'circulated notice' },
  summons: { zh: '约谈通知书', en: 'summons' },
  listed_supervision: { zh: '挂牌督办通知书', en: 'listed supervision notice' },
  accountability_referral: { zh: '问责移送函', en: 'accountability referral' },
  item_verification: { zh: '整改验收意见', en: 'verification of the rectification' },
  hearing_record: { zh: '听证笔录', en: 'hearing record' },
};

/** A document type's name in the locale; an unknown type shows as its code. */
export function documentName(type: string, locale: Locale): string {
  return Object.prototype.hasOwnProperty.call(DOCUMENT_NAMES, type)
    ? DOCUMENT_NAMES[type as DocumentType][locale]
    : type;
}
