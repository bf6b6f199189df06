import type { IsoDate } from '../calendar/iso-date';

/**
 * The number abbreviations of the 安全生产 form set as local 应急 systems use them (docs/domain.md §5;
 * not confirmed as a current national standard). Types that exist only here (extensions, emergency
 * measures, cut-off notices, accident documents) take the nearest form's name. Each type keeps its own
 * abbreviation, since counters run per type: two types sharing one would collide on a number. An agency
 * may publish its own (agency_document_abbreviation); it applies to numbers allocated afterwards only.
 */
export const DEFAULT_DOCUMENT_ABBREVIATIONS: Record<string, string> = {
  inspection_record: '检记',
  rectification_order: '责改',
  reinspection_opinion: '复查',
  extension_approval: '延期',
  // 现场处理措施决定书 (安全生产法 第65条 measures, 查封扣押 among them).
  measure_decision: '现决',
  emergency_measure_record: '紧急',
  measure_lifting: '解除',
  cutoff_notice: '停供',
  // 查封扣押决定书 and its 清单 (行政强制法 第24条).
  seizure_decision: '查扣',
  seizure_inventory: '查扣清',
  penalty_proposal: '罚建',
  summary_penalty_decision: '罚当',
  filing_approval: '立',
  evidence_preservation_notice: '先保',
  evidence_preservation_decision: '先处',
  penalty_notice: '罚告',
  hearing_right_notice: '听告',
  hearing_notice: '听通',
  decision_extension: '延审',
  penalty_decision: '罚',
  continuing_fine_notice: '连告',
  continuing_fine_decision: '连罚',
  payment_demand: '催',
  court_enforcement_application: '强执',
  closure_proposal: '提关',
  closing_approval: '结',
  transfer_approval: '移审',
  transfer_letter: '移',
  transfer_reconsideration_request: '提复',
  procuratorate_supervision_request: '检督',
  handover_list: '移交',
  // 国务院令第310号 第6条: what the transfer letter encloses.
  transfer_investigation_report: '移调',
  transfer_item_inventory: '移清',
  transfer_appraisal: '移鉴',
  investigation_team: '调组',
  report_extension: '调延',
  approval: '批复',
  approval_extension: '批延',
  rectification_notice: '整改',
  evaluation: '评估',
  circulated_notice: '通报',
  summons: '约谈',
  listed_supervision: '挂牌',
  accountability_referral: '问责',
  item_verification: '验收',
  service_receipt: '回',
};

/** The abbreviation a new number of `type` takes by default; an unknown type shows as its code. */
export function defaultAbbreviation(type: string): string {
  return Object.prototype.hasOwnProperty.call(DEFAULT_DOCUMENT_ABBREVIATIONS, type)
    ? DEFAULT_DOCUMENT_ABBREVIATIONS[type]!
    : type;
}

/**
 * Statute citations and remedy sentences printed on the documents, as versioned data: a document uses
 * the version in force on the day it was issued, and records which (older printed forms cite the
 * pre-2021 行政处罚法 articles; since 2024-01-01 复议 against a county-level or higher department goes
 * to the people's government at the same level, 行政复议法 2023 第24条).
 *
 * Placeholders: {government} the people's government at the agency's level, {superior} the department
 * one level up, {agency} the issuing agency.
 */
export interface DocumentTexts {
  version: string;
  effectiveFrom: IsoDate;
  /** The legal basis printed under a form's title or in its opening line. */
  basis: Record<string, string>;
  /** 行政处罚决定书 (行政处罚法 第59条第一款第（五）项): routes and periods for 复议 and 诉讼. */
  decisionRemedy: string;
  /** 行政强制法 第24条: the same for a 查封扣押 or other compulsory-measure decision. */
  measureRemedy: string;
  /** 行政处罚告知书 (第44条, 第45条, 第63–64条). */
  noticeRights: string;
  noticeHearingRight: string;
  /** 行政处罚法 第67条, 第72条: how and by when to pay, and the surcharge. */
  payment: string;
  /** 行政处罚法 第73条. */
  noSuspension: string;
  /** 催告书 (行政强制法 第35条). */
  demandRights: string;
  /** 催告书 (第35条第（一）、（二）项): by when and how the party performs. */
  demandPerformance: string;
  /** 查封扣押决定书 (行政强制法 第24条第（二）项, 第25条): the term. */
  seizureTerm: string;
  /** 查封扣押决定书: taken on the spot (第19条); {takenAt} the instant. */
  seizureEmergency: string;
  /** 查封扣押决定书: the custody and the handling within the term (第26–28条). */
  seizureCustody: string;
  /** 强制执行申请书 (行政强制法 第53–55条): the request to the court. */
  courtRequest: string;
  /** 强制执行申请书 (第55条): the materials enclosed. */
  courtEnclosures: string;
  /** 涉嫌犯罪案件移送书 (国务院令第310号 第3条, 第6条, 第8条, 第9条): the transfer and what the police do. */
  transferRequest: string;
  /** 涉嫌犯罪案件移送书: measures stay, no penalty instead (第11条). */
  transferNoPenalty: string;
  /** 涉嫌犯罪案件移送书回执 (第8条): the police sign the receipt. */
  transferReceipt: string;
  /** 送达回证: the 留置送达 line (民事诉讼法 第89条). */
  serviceLeft: string;
  /** 现场检查记录 (安全生产法 第68条): the refusal line. */
  refusalLine: string;
  copies: string;
  /** 听证通知书 (行政处罚法 第64条第（三）至（七）项): how the hearing runs and the party's rights. */
  hearingNoticeRights: string;
  /** 听证通知书 (第64条第（六）项): absence is a waiver. */
  hearingNoticeAbsence: string;
  /** 整改复查意见书 (安全生产法 第65条): every hidden danger rectified, closed out (销号). */
  reinspectionRectified: string;
  /** 整改复查意见书: what follows for a hidden danger not rectified (第65条, 第70条, 第102条). */
  reinspectionUnrectified: string;
  /** 事故整改通知书 (安全生产法 第86条): report completion with evidence; the ladder for overdue items. */
  accidentItemDuty: string;
  /** 事故调查组成立通知 (国务院令第493号 第25条, 第26条): the team's duties and the report's term. */
  accidentTeamDuty: string;
  /** 事故调查报告批复 (国务院令第493号 第32–34条): what follows the approval. */
  accidentApprovalDuty: string;
  /** 听证笔录 (行政处罚法 第64条(八)): checked by the party, signed by the participants. */
  hearingRecordReview: string;
  /** 听证告知书 (行政处罚法 第63条, 第64条第（一）项, 第85条): the right and its five working days. */
  hearingRightNotice: string;
  /** 听证告知书: how to ask for the hearing and what follows the request (第64条第（二）至（四）项). */
  hearingRequestHow: string;
}

const BASIS_2021: Record<string, string> = {
  inspection_record: '《中华人民共和国安全生产法》第六十五条、第六十八条',
  rectification_order: '《中华人民共和国安全生产法》第六十五条第一款第（三）项',
  reinspection_opinion: '《中华人民共和国安全生产法》第六十五条',
  measure_decision:
    '《中华人民共和国安全生产法》第六十五条第一款第（三）、（四）项，《中华人民共和国行政强制法》第十八条、第二十四条',
  emergency_measure_record: '《中华人民共和国行政强制法》第十九条',
  cutoff_notice: '《中华人民共和国安全生产法》第七十条',
  filing_approval: '《中华人民共和国行政处罚法》第五十四条',
  evidence_preservation_notice: '《中华人民共和国行政处罚法》第五十六条',
  penalty_notice: '《中华人民共和国行政处罚法》第四十四条、第四十五条',
  hearing_right_notice: '《中华人民共和国行政处罚法》第四十四条、第六十三条、第六十四条',
  hearing_notice: '《中华人民共和国行政处罚法》第六十四条',
  penalty_decision: '《中华人民共和国行政处罚法》第五十九条',
  summary_penalty_decision: '《中华人民共和国行政处罚法》第五十一条、第五十二条',
  continuing_fine_decision: '《中华人民共和国安全生产法》第一百一十二条',
  payment_demand: '《中华人民共和国行政强制法》第三十五条、第五十四条',
  court_enforcement_application: '《中华人民共和国行政强制法》第五十三条、第五十五条',
  transfer_letter: '《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第六条',
  closing_approval: '《中华人民共和国行政处罚法》第四十七条',
  seizure_decision:
    '《中华人民共和国安全生产法》第六十五条第一款第（四）项，《中华人民共和国行政强制法》第二十四条、第二十五条',
  seizure_inventory: '《中华人民共和国行政强制法》第二十四条',
  transfer_investigation_report: '《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第五条、第六条',
  transfer_item_inventory: '《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第六条第（三）项',
  transfer_appraisal: '《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第六条第（四）项',
  service_receipt: '《中华人民共和国行政处罚法》第六十一条',
  investigation_team: '《生产安全事故报告和调查处理条例》（国务院令第493号）第十九条、第二十二条',
  report_extension: '《生产安全事故报告和调查处理条例》（国务院令第493号）第二十九条',
  approval: '《生产安全事故报告和调查处理条例》（国务院令第493号）第三十二条',
  approval_extension: '《生产安全事故报告和调查处理条例》（国务院令第493号）第三十二条',
  rectification_notice:
    '《中华人民共和国安全生产法》第八十六条，《生产安全事故报告和调查处理条例》（国务院令第493号）第三十三条',
  evaluation: '《中华人民共和国安全生产法》第八十六条',
  circulated_notice: '《中华人民共和国安全生产法》第八十六条',
  summons: '《中华人民共和国安全生产法》第八十六条',
  listed_supervision: '《中华人民共和国安全生产法》第八十六条',
  accountability_referral: '《中华人民共和国安全生产法》第八十六条',
  item_verification: '《中华人民共和国安全生产法》第八十六条',
  hearing_record: '《中华人民共和国行政处罚法》第六十四条第（八）项',
};

const SHARED = {
  noticeRights:
    '根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）有权进行陈述和申辩。' +
    '请于收到本告知书之日起{defenceDays}内向本机关提出陈述、申辩意见；逾期未提出的，视为放弃此权利。' +
    '本机关不因你（单位）陈述、申辩而给予更重的处罚。',
  noticeHearingRight:
    '根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证。' +
    '要求听证的，应当在收到本告知书之日起五日内向本机关提出；逾期未提出的，视为放弃听证权利。',
  payment:
    '罚款限你（单位）自收到本决定书之日起十五日内缴至指定银行或者通过电子支付系统缴纳。' +
    '到期不缴纳罚款的，本机关将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，' +
    '每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。',
  noSuspension:
    '根据《中华人民共和国行政处罚法》第七十三条的规定，当事人对行政处罚决定不服，申请行政复议或者提起行政诉讼的，' +
    '行政处罚不停止执行，法律另有规定的除外。',
  demandRights:
    '根据《中华人民共和国行政强制法》第三十五条、第三十六条的规定，你（单位）收到本催告书后有权进行陈述和申辩。' +
    '逾期仍不履行的，本机关将依法申请人民法院强制执行。',
  refusalLine: '被检查单位负责人拒绝签字，已记录在案（《中华人民共和国安全生产法》第六十八条）。',
  demandPerformance:
    '根据《中华人民共和国行政强制法》第三十五条、第五十四条的规定，现催告你（单位）自收到本催告书之日起十日内履行上述义务，' +
    '将上述款项缴至指定银行或者通过电子支付系统缴纳。',
  seizureTerm:
    '查封、扣押的期限为三十日，自本决定书送达之日起计算；对物品需要进行检测、检验、检疫或者技术鉴定的，' +
    '查封、扣押的期间不包括检测、检验、检疫或者技术鉴定的期间。情况复杂的，经本机关负责人批准，可以延长，' +
    '但延长期限不得超过三十日（《中华人民共和国行政强制法》第二十五条）。',
  seizureEmergency:
    '因情况紧急，本机关执法人员依照《中华人民共和国行政强制法》第十九条的规定，于{takenAt}当场实施查封、扣押，' +
    '并在二十四小时内向本机关负责人报告、补办批准手续；本机关负责人认为不应当采取的，立即解除。',
  seizureCustody:
    '查封、扣押期间，本机关妥善保管被查封、扣押的场所、设施或者财物（《中华人民共和国行政强制法》第二十六条），' +
    '在查封、扣押期限内及时查清事实、作出处理决定，不再需要查封、扣押的及时解除（第二十七条、第二十八条）。' +
    '你（单位）不得擅自启封、转移、损毁被查封、扣押的场所、设施或者财物。',
  courtRequest:
    '依据《中华人民共和国行政强制法》第五十三条、第五十四条、第五十五条的规定，特申请你院依法强制执行。',
  courtEnclosures:
    '行政决定书及作出决定的事实、理由和依据；当事人的意见及本机关催告情况；申请强制执行标的情况；送达回证' +
    '（《中华人民共和国行政强制法》第五十五条）。',
  transferRequest:
    '依据《行政执法机关移送涉嫌犯罪案件的规定》第三条、第六条的规定，现将该案移送你局，请依法审查。' +
    '请在本移送书回执上签字；并自接受之日起三日内作出立案或者不予立案的决定，书面通知本机关（第八条、第九条）。',
  transferNoPenalty:
    '本机关不以行政处罚代替移送；移送前已经作出的行政处罚决定和已经采取的行政强制措施不停止执行' +
    '（《行政执法机关移送涉嫌犯罪案件的规定》第十一条）。',
  transferReceipt:
    '本机关已收到上述涉嫌犯罪案件移送书及其附件。接收单位（盖章）：__________　接收人（签名）：__________　' +
    '接收时间：______年____月____日____时____分',
  serviceLeft:
    '受送达人拒绝签收，送达人已邀请见证人到场或者以拍照、录像等方式记录送达过程，将文书留置于受送达人住所，' +
    '视为送达（《中华人民共和国民事诉讼法》第八十九条）。',
  copies: '本文书一式两份，一份交当事人，一份存档。',
  hearingNoticeRights:
    '根据《中华人民共和国行政处罚法》第六十四条的规定：除涉及国家秘密、商业秘密或者个人隐私依法予以保密外，听证公开举行；' +
    '听证由本机关指定的非本案调查人员主持，你（单位）认为主持人与本案有直接利害关系的，有权申请回避；' +
    '你（单位）可以亲自参加听证，也可以委托一至二人代理；举行听证时，调查人员提出违法的事实、证据和行政处罚建议，' +
    '你（单位）可以进行申辩和质证；听证笔录交你（单位）或者代理人核对无误后签字或者盖章。',
  hearingNoticeAbsence:
    '你（单位）及代理人无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本机关终止听证' +
    '（《中华人民共和国行政处罚法》第六十四条第（六）项）。请携带身份证明、授权委托书及有关证据材料按时参加。',
  reinspectionRectified:
    '经复查，上述事故隐患已整改完毕，予以销号（《中华人民共和国安全生产法》第六十五条）。',
  reinspectionUnrectified:
    '对逾期未整改或者整改不合格的事故隐患，本机关将依照《中华人民共和国安全生产法》第六十五条、第七十条、' +
    '第一百零二条等规定依法采取措施、立案查处；你单位应当继续整改，整改期间采取措施确保安全。',
  accidentItemDuty:
    '请你单位按照事故调查报告批复的要求，在上述期限内落实整改和防范措施，并将落实情况和证明材料书面报送本机关' +
    '（《中华人民共和国安全生产法》第八十六条）。逾期未落实的，本机关将依次予以提醒、通报、约谈、挂牌督办，' +
    '直至移送有关机关依法追究责任。',
  accidentTeamDuty:
    '事故调查组应当查明事故发生的经过、原因、人员伤亡情况及直接经济损失，认定事故的性质和事故责任，' +
    '提出对事故责任者的处理建议，总结事故教训，提出防范和整改措施，并提交事故调查报告' +
    '（《生产安全事故报告和调查处理条例》第二十五条、第二十六条）。',
  accidentApprovalDuty:
    '有关机关应当按照本批复，依照法律、行政法规规定的权限和程序，对事故发生单位和有关人员进行行政处罚，' +
    '对负有事故责任的国家工作人员进行处分；负有事故责任的人员涉嫌犯罪的，依法追究刑事责任。' +
    '事故发生单位应当认真吸取事故教训，落实防范和整改措施，防止事故再次发生；防范和整改措施的落实情况应当接受' +
    '工会和职工的监督。事故处理的情况依法向社会公布（《生产安全事故报告和调查处理条例》第三十二条至第三十四条）。',
  hearingRightNotice:
    '根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有要求举行听证的权利。' +
    '你（单位）要求听证的，应当在收到本告知书之日起五日内（按工作日计算，第八十五条）向本机关提出；' +
    '逾期未提出的，视为放弃听证权利。',
  hearingRequestHow:
    '听证申请可以书面提出，也可以口头提出；口头提出的，由本机关记录在案，经你（单位）签字或者盖章确认。' +
    '本机关将在举行听证的七日前通知你（单位）听证的时间、地点；听证由本机关指定的非本案调查人员主持，' +
    '你（单位）认为主持人与本案有直接利害关系的，有权申请回避；你（单位）可以亲自参加听证，也可以委托一至二人代理。' +
    '当事人不承担听证的费用（《中华人民共和国行政处罚法》第六十四条）。',
  hearingRecordReview:
    '本笔录已交当事人或者其代理人核对无误，由听证参加人签字或者盖章；拒绝签字或者盖章的，由听证主持人在笔录中注明' +
    '（《中华人民共和国行政处罚法》第六十四条第（八）项）。',
};

/** In force from the 2021 行政处罚法 (2021-07-15) until the 2023 行政复议法 took effect. */
export const DOCUMENT_TEXTS_2021: DocumentTexts = {
  version: 'texts-2021.1',
  effectiveFrom: '2021-07-15',
  basis: BASIS_2021,
  decisionRemedy:
    '如不服本决定，可以在收到本决定书之日起六十日内依法向{government}或者{superior}申请行政复议，' +
    '或者在六个月内依法向人民法院提起行政诉讼。',
  measureRemedy:
    '如不服本决定，可以在收到本决定书之日起六十日内依法向{government}或者{superior}申请行政复议，' +
    '或者在六个月内依法向人民法院提起行政诉讼。',
  ...SHARED,
};

/**
 * From 2024-01-01 (行政复议法 2023 第24条): 复议 against a department of a local government at county
 * level or above lies with the people's government at the same level, no longer with the department one
 * level up (第20条: sixty days; 行政诉讼法 第46条: six months).
 */
export const DOCUMENT_TEXTS_2024: DocumentTexts = {
  version: 'texts-2024.1',
  effectiveFrom: '2024-01-01',
  basis: BASIS_2021,
  decisionRemedy:
    '如不服本决定，可以在收到本决定书之日起六十日内依法向{government}申请行政复议，' +
    '或者在收到本决定书之日起六个月内依法向人民法院提起行政诉讼。',
  measureRemedy:
    '如不服本决定，可以在收到本决定书之日起六十日内依法向{government}申请行政复议，' +
    '或者在收到本决定书之日起六个月内依法向人民法院提起行政诉讼。',
  ...SHARED,
};

export const DOCUMENT_TEXT_VERSIONS: readonly DocumentTexts[] = [DOCUMENT_TEXTS_2021, DOCUMENT_TEXTS_2024];

/** The texts in force on `day` (the document's issuing day); the oldest for earlier days. */
export function documentTextsOn(day: IsoDate): DocumentTexts {
  let found = DOCUMENT_TEXT_VERSIONS[0]!;
  for (const v of DOCUMENT_TEXT_VERSIONS) if (v.effectiveFrom <= day) found = v;
  return found;
}

export function documentTextsByVersion(version: string): DocumentTexts | undefined {
  return DOCUMENT_TEXT_VERSIONS.find((v) => v.version === version);
}

/**
 * The people's government at the agency's level and the department one level up, from its name
 * (洪山区应急管理局 → 洪山区人民政府): the 复议 bodies the remedy sentence names.
 */
export function remedyBodies(agencyName: string): { government: string; superior: string } {
  const m = /^(.*?)(应急管理局|应急管理厅|应急局|安全生产监督管理局)$/.exec(agencyName);
  const area = m ? m[1]! : agencyName;
  return { government: `${area}人民政府`, superior: '上一级应急管理部门' };
}

/** A text with its {placeholders} filled; an unknown one stays visible rather than vanishing. */
export function fillText(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all);
}
