import type { InvestigatingLevel } from '../accident/accident-grade';
import type { AccidentStage } from '../accident/accident-types';
import type { ItemStage } from '../accident/item-types';
import type { CaseStage, HiddenDanger, Measure, MeasureKind } from '../enforcement/case-types';
import type { Role } from '../identity/roles';
import type { Sanction } from '../penalty/penalty-rules';
import type { PenaltyStage } from '../penalty/penalty-types';
import type { TransferStage } from '../transfer/transfer-types';
import type { Text } from './locale';

type Stage = CaseStage | PenaltyStage | TransferStage | AccidentStage | ItemStage;

/** Every stage of every procedure (a stage added without a name here does not compile). */
const STAGES: Record<Stage, Text> = {
  opened: { zh: '已立案', en: 'opened' },
  inspected: { zh: '已检查', en: 'inspected' },
  rectifying: { zh: '整改中', en: 'rectifying' },
  escalated: { zh: '逾期未整改', en: 'escalated' },
  closed: { zh: '已结案', en: 'closed' },
  proposed: { zh: '已提出', en: 'proposed' },
  not_filed: { zh: '不予立案', en: 'not_filed' },
  investigating: { zh: '调查中', en: 'investigating' },
  notified: { zh: '已告知', en: 'notified' },
  in_review: { zh: '法制审核中', en: 'in_review' },
  deciding: { zh: '待决定', en: 'deciding' },
  decided: { zh: '已决定', en: 'decided' },
  served: { zh: '已送达', en: 'served' },
  closing: { zh: '结案审批中', en: 'closing' },
  reported: { zh: '已报告', en: 'reported' },
  approved: { zh: '已批准', en: 'approved' },
  sent: { zh: '已移送', en: 'sent' },
  police_filed: { zh: '公安机关已立案', en: 'police_filed' },
  police_refused: { zh: '公安机关不予立案', en: 'police_refused' },
  reconsideration_requested: { zh: '已提请复议', en: 'reconsideration_requested' },
  reconsideration_refused: { zh: '复议维持不予立案', en: 'reconsideration_refused' },
  procuratorate_requested: { zh: '已提请检察院立案监督', en: 'procuratorate_requested' },
  report_submitted: { zh: '调查报告已提交', en: 'report_submitted' },
  published: { zh: '已公布', en: 'published' },
  evaluated: { zh: '已评估', en: 'evaluated' },
  open: { zh: '进行中', en: 'open' },
  awaiting_verification: { zh: '待核查', en: 'awaiting_verification' },
};

const ROLE_NAMES: Record<Role, Text> = {
  officer: { zh: '执法人员', en: 'officer' },
  supervisor: { zh: '负责人', en: 'supervisor' },
  head: { zh: '主要负责人', en: 'head' },
  legal_reviewer: { zh: '法制审核人员', en: 'legal_reviewer' },
  auditor: { zh: '审计人员', en: 'auditor' },
  admin: { zh: '系统管理员', en: 'admin' },
};

type Status = HiddenDanger['status'] | Measure['status'];
const STATUSES: Record<Exclude<Status, keyof typeof STAGES>, Text> = {
  corrected_on_site: { zh: '当场整改', en: 'corrected_on_site' },
  closed_out: { zh: '销号', en: 'closed_out' },
  noticed: { zh: '已通知', en: 'noticed' },
  in_force: { zh: '生效中', en: 'in_force' },
  rejected: { zh: '未批准', en: 'rejected' },
  lifted: { zh: '已解除', en: 'lifted' },
};

export const MEASURE_KIND_NAMES: Record<MeasureKind, Text> = {
  suspend_production: { zh: '责令暂时停产停业', en: 'suspend_production' },
  stop_construction: { zh: '责令停止建设施工', en: 'stop_construction' },
  stop_equipment: { zh: '责令停止使用相关设施设备', en: 'stop_equipment' },
  seal_seize: { zh: '查封扣押', en: 'seal_seize' },
  power_cutoff: { zh: '停止供电', en: 'power_cutoff' },
  explosives_cutoff: { zh: '停止供应民用爆炸物品', en: 'explosives_cutoff' },
};

/** Other codes that appear in messages: procedure kinds, remedy kinds, the accident's clocks. */
const OTHER_CODES = {
  case: { zh: '案件', en: 'case' },
  penalty: { zh: '处罚案件', en: 'penalty case' },
  transfer: { zh: '移送案件', en: 'transfer' },
  accident: { zh: '事故', en: 'accident' },
  rectification_item: { zh: '整改事项', en: 'rectification item' },
  reconsideration: { zh: '行政复议', en: 'reconsideration' },
  lawsuit: { zh: '行政诉讼', en: 'lawsuit' },
  report: { zh: '调查报告期限', en: 'report' },
  // 先行登记保存 (行政处罚法 第56条): where a preservation request stands.
  requested: { zh: '待审批', en: 'requested' },
  approved: { zh: '已批准', en: 'approved' },
  refused: { zh: '未批准', en: 'refused' },
  registered: { zh: '已登记保存', en: 'registered' },
  // 安全生产法 第113条 grounds.
  repeat_penalties: { zh: '存在重大事故隐患，多次受到行政处罚', en: 'repeat_penalties' },
  unsafe_after_suspension: { zh: '经停产停业整顿仍不具备安全生产条件', en: 'unsafe_after_suspension' },
  major_accident_unsafe: {
    zh: '不具备安全生产条件导致发生重大、特别重大生产安全事故',
    en: 'major_accident_unsafe',
  },
  refused_suspension: { zh: '拒不执行停产停业整顿决定', en: 'refused_suspension' },
  approval: { zh: '批复期限', en: 'approval' },
} satisfies Record<string, Text>;

/**
 * The actions a refusal names ("cannot {action} while …", "{action} needs the role …"). The rules
 * pass these phrases as they are; the key is the English text, so a phrase without its Chinese does
 * not compile (`ActionPhrase`).
 */
export const ACTIONS = {
  'add a rectification item': { zh: '添加整改事项', en: 'add a rectification item' },
  'adding a rectification item': { zh: '添加整改事项', en: 'adding a rectification item' },
  'apply to the court': { zh: '申请法院强制执行', en: 'apply to the court' },
  'approve closing': { zh: '批准结案', en: 'approve closing' },
  'approving the extension': { zh: '批准延期', en: 'approving the extension' },
  'close the accident': { zh: '事故结案', en: 'close the accident' },
  'close the case': { zh: '结案', en: 'close the case' },
  'close the transfer': { zh: '结束移送', en: 'close the transfer' },
  'record the service of a document': { zh: '记录文书送达', en: 'record the service of a document' },
  'record the measure’s on-site record': {
    zh: '记录强制措施现场笔录',
    en: 'record the measure’s on-site record',
  },
  'start a transfer from the penalty case': {
    zh: '从行政处罚案件中移送涉嫌犯罪案件',
    en: 'start a transfer from the penalty case',
  },
  'closing approval': { zh: '结案审批', en: 'closing approval' },
  'closing the accident': { zh: '事故结案', en: 'closing the accident' },
  'decide on filing': { zh: '决定是否立案', en: 'decide on filing' },
  'decide on the extension': { zh: '审批延期申请', en: 'decide on the extension' },
  'decide on the measure': { zh: '审批措施', en: 'decide on the measure' },
  'decide on the transfer': { zh: '决定是否移送', en: 'decide on the transfer' },
  decide: { zh: '作出处罚决定', en: 'decide' },
  'deciding on preserved evidence': {
    zh: '对登记保存的证据作出处理决定',
    en: 'deciding on preserved evidence',
  },
  'extend the seizure': { zh: '延长查封扣押期限', en: 'extend the seizure' },
  'form the investigation team': { zh: '成立事故调查组', en: 'form the investigation team' },
  'forming the investigation team': { zh: '成立事故调查组', en: 'forming the investigation team' },
  'handing the investigation up': { zh: '移交上级调查', en: 'handing the investigation up' },
  'impose a continuing daily fine': { zh: '按日连续处罚', en: 'impose a continuing daily fine' },
  'impose a penalty on the spot': { zh: '当场处罚', en: 'impose a penalty on the spot' },
  'issue the order to rectify': { zh: '下达责令限期整改指令', en: 'issue the order to rectify' },
  'legal review': { zh: '法制审核', en: 'legal review' },
  'lift a measure': { zh: '解除措施', en: 'lift a measure' },
  'pause the decision clock': { zh: '中止决定期限', en: 'pause the decision clock' },
  'pausing the decision clock for an appraisal': {
    zh: '因鉴定中止决定期限',
    en: 'pausing the decision clock for an appraisal',
  },
  'propose a compulsory measure': { zh: '提出行政强制措施', en: 'propose a compulsory measure' },
  'propose a penalty': { zh: '提出行政处罚建议', en: 'propose a penalty' },
  'propose closing': { zh: '提请结案', en: 'propose closing' },
  'proposing closing': { zh: '提请结案', en: 'proposing closing' },
  'publish the evaluation': { zh: '公布评估报告', en: 'publish the evaluation' },
  'record a hearing request': { zh: '记录听证申请', en: 'record a hearing request' },
  'record a reconsideration or lawsuit': {
    zh: '记录行政复议或行政诉讼',
    en: 'record a reconsideration or lawsuit',
  },
  'record payment': { zh: '记录缴款', en: 'record payment' },
  'record sending': { zh: '记录移送送达', en: 'record sending' },
  'record service': { zh: '记录送达', en: 'record service' },
  'record testing of seized items': { zh: '记录查封扣押物品的检测', en: 'record testing of seized items' },
  'record the approval (批复)': { zh: '记录批复', en: 'record the approval (批复)' },
  'record the collective deliberation': { zh: '记录集体讨论', en: 'record the collective deliberation' },
  'record the evaluation': { zh: '记录评估', en: 'record the evaluation' },
  'record the handover': { zh: '记录移交', en: 'record the handover' },
  'record the hearing': { zh: '记录听证', en: 'record the hearing' },
  'record the inspection': { zh: '记录现场检查', en: 'record the inspection' },
  'record the police decision': { zh: '记录公安机关的决定', en: 'record the police decision' },
  'record the publication': { zh: '记录公示', en: 'record the publication' },
  'record the re-inspection': { zh: '记录复查', en: 'record the re-inspection' },
  'record the reconsideration answer': { zh: '记录复议答复', en: 'record the reconsideration answer' },
  'record the rectification report': { zh: '记录整改报告', en: 'record the rectification report' },
  'record the supervision outcome': { zh: '记录立案监督结果', en: 'record the supervision outcome' },
  'record the unit’s refusal': { zh: '记录单位拒不执行', en: 'record the unit’s refusal' },
  'recording a hearing request': { zh: '记录听证申请', en: 'recording a hearing request' },
  'recording a remedy': { zh: '记录救济途径', en: 'recording a remedy' },
  'recording casualties': { zh: '记录伤亡情况', en: 'recording casualties' },
  'recording payment': { zh: '记录缴款', en: 'recording payment' },
  'recording sending': { zh: '记录移送送达', en: 'recording sending' },
  'recording service': { zh: '记录送达', en: 'recording service' },
  'recording the answer': { zh: '记录答复', en: 'recording the answer' },
  'recording the collective deliberation (第57条)': {
    zh: '记录集体讨论（第57条）',
    en: 'recording the collective deliberation (第57条)',
  },
  'recording the evaluation': { zh: '记录评估', en: 'recording the evaluation' },
  'recording the handover': { zh: '记录移交', en: 'recording the handover' },
  'recording the outcome': { zh: '记录结果', en: 'recording the outcome' },
  'recording the police decision': { zh: '记录公安机关的决定', en: 'recording the police decision' },
  'recording the publication': { zh: '记录公示', en: 'recording the publication' },
  'recording the report passed up': { zh: '记录事故报告上报', en: 'recording the report passed up' },
  'recording the supervision outcome': { zh: '记录立案监督结果', en: 'recording the supervision outcome' },
  'recording the withdrawal': { zh: '记录撤回公示', en: 'recording the withdrawal' },
  'recording the 批复': { zh: '记录批复', en: 'recording the 批复' },
  'register evidence for preservation': { zh: '登记保存证据', en: 'register evidence for preservation' },
  'registering evidence': { zh: '登记保存证据', en: 'registering evidence' },
  'approving evidence preservation': { zh: '审批先行登记保存', en: 'approving evidence preservation' },
  'recording the statement and defence': {
    zh: '记录陈述申辩',
    en: 'recording the statement and defence',
  },
  'reviewing the statement and defence': { zh: '复核陈述申辩', en: 'reviewing the statement and defence' },
  'recording the refusal to correct': { zh: '记录拒不改正', en: 'recording the refusal to correct' },
  'recording a ground for closure': { zh: '记录提请关闭的情形', en: 'recording a ground for closure' },
  'report a transfer': { zh: '报告涉嫌犯罪移送', en: 'report a transfer' },
  'request an extension': { zh: '申请延期', en: 'request an extension' },
  'request more time for the approval': { zh: '申请延长批复期限', en: 'request more time for the approval' },
  'request more time for the report': { zh: '申请延长调查报告期限', en: 'request more time for the report' },
  'request more time to decide': { zh: '申请延长决定期限', en: 'request more time to decide' },
  'request procuratorate supervision': {
    zh: '提请检察院立案监督',
    en: 'request procuratorate supervision',
  },
  'request reconsideration': { zh: '提请复议', en: 'request reconsideration' },
  'requesting an extension': { zh: '申请延期', en: 'requesting an extension' },
  'requesting more time to decide': { zh: '申请延长决定期限', en: 'requesting more time to decide' },
  'requesting reconsideration': { zh: '提请复议', en: 'requesting reconsideration' },
  'requesting supervision': { zh: '提请立案监督', en: 'requesting supervision' },
  'resuming the decision clock': { zh: '恢复计算决定期限', en: 'resuming the decision clock' },
  review: { zh: '法制审核', en: 'review' },
  'schedule the hearing': { zh: '安排听证', en: 'schedule the hearing' },
  'scheduling the hearing': { zh: '安排听证', en: 'scheduling the hearing' },
  'serve the notice of the intended penalty': {
    zh: '送达行政处罚告知书',
    en: 'serve the notice of the intended penalty',
  },
  'serve the written demand': { zh: '送达催告书', en: 'serve the written demand' },
  'serving the notice': { zh: '送达告知书', en: 'serving the notice' },
  'serving the written demand': { zh: '送达催告书', en: 'serving the written demand' },
  'submit for decision': { zh: '提交决定', en: 'submit for decision' },
  'submit the investigation report': { zh: '提交事故调查报告', en: 'submit the investigation report' },
  'submitting for decision': { zh: '提交决定', en: 'submitting for decision' },
  'submitting the report': { zh: '提交调查报告', en: 'submitting the report' },
  'take an emergency measure': { zh: '采取紧急措施', en: 'take an emergency measure' },
  'take up the penalty proposal': { zh: '受理行政处罚建议', en: 'take up the penalty proposal' },
  'the application for court enforcement': {
    zh: '申请法院强制执行',
    en: 'the application for court enforcement',
  },
  'the closure proposal to the local government (安全生产法 第113条)': {
    zh: '提请地方人民政府予以关闭（安全生产法 第113条）',
    en: 'the closure proposal to the local government (安全生产法 第113条)',
  },
  'the continuing daily fine (安全生产法 第112条)': {
    zh: '按日连续处罚（安全生产法 第112条）',
    en: 'the continuing daily fine (安全生产法 第112条)',
  },
  'the penalty decision': { zh: '作出处罚决定', en: 'the penalty decision' },
  '立案 approval': { zh: '立案审批', en: '立案 approval' },
} satisfies Record<string, Text>;
export type ActionPhrase = keyof typeof ACTIONS;

/** Reasons the rules give as phrases inside a refusal (four-eyes, what blocks a closing). */
const REASONS = {
  'you made this proposal': { zh: '不能审批本人提出的事项', en: 'you made this proposal' },
  'you handle this case': { zh: '不能审批本人承办的案件', en: 'you handle this case' },
  'a reconsideration or lawsuit is pending': {
    zh: '行政复议或行政诉讼尚在进行中',
    en: 'a reconsideration or lawsuit is pending',
  },
  'the fine is neither paid nor handed to the court': {
    zh: '罚款既未缴纳，也未申请法院强制执行',
    en: 'the fine is neither paid nor handed to the court',
  },
  'the decision is not yet published (安全生产法 第78条)': {
    zh: '处罚决定尚未公示（安全生产法 第78条）',
    en: 'the decision is not yet published (安全生产法 第78条)',
  },
  'the publication is not yet withdrawn': { zh: '公示尚未撤回', en: 'the publication is not yet withdrawn' },
  'preserved evidence is still undecided': {
    zh: '登记保存的证据尚未作出处理决定',
    en: 'preserved evidence is still undecided',
  },
  'a transfer report is written by two or more officers': {
    zh: '移送报告须由两名以上执法人员提出',
    en: 'a transfer report is written by two or more officers',
  },
  'state the facts and the suspected offence': {
    zh: '请写明案件事实和涉嫌的罪名',
    en: 'state the facts and the suspected offence',
  },
  'the fine is higher than the intended fine': {
    zh: '罚款高于告知的拟罚款金额',
    en: 'the fine is higher than the intended fine',
  },
} satisfies Record<string, Text>;

const SANCTIONS: Record<Sanction, Text> = {
  warning: { zh: '警告', en: 'warning' },
  fine: { zh: '罚款', en: 'fine' },
  confiscation: { zh: '没收违法所得、非法财物', en: 'confiscation' },
  licence_revocation: { zh: '暂扣或吊销许可证照', en: 'licence_revocation' },
  suspension: { zh: '责令停产停业', en: 'suspension' },
  closure: { zh: '责令关闭', en: 'closure' },
};

/** Phrases inside task titles: what a task is based on or follows. */
const TASK_PHRASES = {
  '主要负责人, 安全生产法 第70条': {
    zh: '主要负责人审批，安全生产法 第70条',
    en: '主要负责人, 安全生产法 第70条',
  },
  '负责人 approval, 行政强制法 第18条': {
    zh: '负责人审批，行政强制法 第18条',
    en: '负责人 approval, 行政强制法 第18条',
  },
  'the unit’s rectification report': { zh: '单位报告整改完成', en: 'the unit’s rectification report' },
  'the rectification deadline': { zh: '整改期限届满', en: 'the rectification deadline' },
  'refused a suspension order (安全生产法 第113条)': {
    zh: '拒不执行停产停业决定（安全生产法 第113条）',
    en: 'refused a suspension order (安全生产法 第113条)',
  },
  '3 penalties within 180 days with a major hidden danger (安全生产法 第113条)': {
    zh: '存在重大事故隐患，180 日内受到 3 次行政处罚（安全生产法 第113条）',
    en: '3 penalties within 180 days with a major hidden danger (安全生产法 第113条)',
  },
  '4 penalties within a year with a major hidden danger (安全生产法 第113条)': {
    zh: '存在重大事故隐患，一年内受到 4 次行政处罚（安全生产法 第113条）',
    en: '4 penalties within a year with a major hidden danger (安全生产法 第113条)',
  },
  'still without the required safety conditions after a suspension for rectification (安全生产法 第113条)': {
    zh: '经停产停业整顿，仍不具备安全生产条件（安全生产法 第113条）',
    en: 'still without the required safety conditions after a suspension for rectification (安全生产法 第113条)',
  },
  'a major or especially major accident caused without the required safety conditions (安全生产法 第113条)': {
    zh: '不具备安全生产条件，导致发生重大、特别重大生产安全事故（安全生产法 第113条）',
    en: 'a major or especially major accident caused without the required safety conditions (安全生产法 第113条)',
  },
} satisfies Record<string, Text>;

const LEVELS: Record<InvestigatingLevel, Text> = {
  state_council: { zh: '国务院', en: 'state_council' },
  province: { zh: '省级', en: 'province' },
  city: { zh: '设区的市级', en: 'city' },
  county: { zh: '县级', en: 'county' },
};

/** Every code or phrase a message may show by name, in both locales. */
export const TERMS = {
  ...STAGES,
  ...ROLE_NAMES,
  ...STATUSES,
  ...MEASURE_KIND_NAMES,
  ...OTHER_CODES,
  ...ACTIONS,
  ...REASONS,
  ...SANCTIONS,
  ...TASK_PHRASES,
  ...LEVELS,
};
