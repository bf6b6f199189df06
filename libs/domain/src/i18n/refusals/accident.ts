/** Refusals of the accident rules: zh and en text of each message key. */
export const ACCIDENT_REFUSALS = {
  'accident.approval_extension_major': {
    zh: '只有特别重大事故的批复期限可以延长（第32条）',
    en: 'only an especially major accident’s approval may be extended (第32条)',
  },
  'accident.casualty_window': {
    zh: '{changedOn} 发生的伤亡变化不再计入：伤亡变化须发生在 {last} 以前（含当日）（国务院令第493号 第13条）；仅更正直接经济损失不受此限',
    en: 'a casualty change on {changedOn} no longer counts: changes count until {last} (国务院令第493号 第13条); a correction of the direct loss alone is accepted at any time',
  },
  'accident.change_day': {
    zh: '变化发生日期（changedOn）须在事故发生日 {occurredOn} 至今天之间',
    en: 'changedOn is a day from the accident’s ({occurredOn}) to today',
  },
  'accident.principal_required': {
    zh: '须登记事故发生单位的主要负责人（姓名、居民身份证号、职务、上一年年收入）：迟报、谎报、瞒报的违法行为人是主要负责人（安全生产法 第110条）',
    en: 'name the unit’s principal (name, resident ID number, position, last year’s income): a late, false or concealed report is the principal’s violation (安全生产法 第110条)',
  },
  'accident.principal_incomplete': {
    zh: '主要负责人的姓名、职务须填写，上一年年收入须为不小于 0 的金额（分）',
    en: 'the principal’s name and position are required, last year’s income a whole amount of fen from 0',
  },
  'accident.principal_id_number': {
    zh: '主要负责人的居民身份证号无效（GB 11643 校验码不符）',
    en: 'the principal’s resident ID number is not valid (GB 11643 check character)',
  },
  'accident.head_notified_order': {
    zh: '单位负责人接到报告的时间（unitHeadNotifiedAt）须在事故发生之后、单位报告之前',
    en: 'unitHeadNotifiedAt is after the accident and not after the unit’s report',
  },
  'accident.appraisal_open': {
    zh: '技术鉴定尚未结束：请先登记鉴定结束日期（国务院令第493号 第27条）',
    en: 'a technical appraisal is still running: record its end first (国务院令第493号 第27条)',
  },
  'accident.no_appraisal_open': {
    zh: '没有进行中的技术鉴定',
    en: 'no technical appraisal is running',
  },
  'accident.appraisal_day': {
    zh: '鉴定日期（on）须在 {notBefore} 至今天之间',
    en: 'on is a day from {notBefore} to today',
  },
  'accident.evaluation_publish_day': {
    zh: '公布日期（publishedOn）须在 {evaluatedOn} 至今天之间',
    en: 'publishedOn is a day from {evaluatedOn} to today',
  },
  'accident.evaluation_published': {
    zh: '评估报告已公布',
    en: 'the evaluation is published',
  },
  'accident.extended_once': {
    zh: '{clock}只能延长一次（{article}）',
    en: 'the {clock} may be extended once ({article})',
  },
  'accident.extension_days': {
    zh: '延长期限为 1 至 {max} 日',
    en: 'an extension is 1 to {max} days',
  },
  'accident.item_deadline': {
    zh: '整改期限须为今天或以后的日期',
    en: 'the deadline is a day from today on',
  },
  'accident.item_exists': {
    zh: '整改事项 {itemId} 已存在',
    en: 'item {itemId} exists',
  },
  'accident.items_open': {
    zh: '仍有整改事项未完成',
    en: 'rectification items are still open',
  },
  'accident.no_handover_due': {
    zh: '无须移交其他层级',
    en: 'no handover to another level is due',
  },
  'accident.not_in_agency': {
    zh: '本机关没有该事故',
    en: 'no such accident in your agency',
  },
  'accident.passed_up': {
    zh: '事故报告已上报至 {to}',
    en: 'the report was passed up to {to}',
  },
  'accident.publish_evaluation_first': {
    zh: '请先公布评估报告（安全生产法 第86条）',
    en: 'publish the evaluation first (安全生产法 第86条)',
  },
  'accident.report_publish_day': {
    zh: '公布日期（publishedOn）须在 {approvedOn} 至今天之间',
    en: 'publishedOn is a day from {approvedOn} to today',
  },
  'accident.team_members': {
    zh: '请列明调查组成员',
    en: 'name the team members',
  },
  'accident.whole_number': {
    zh: '{k} 须为 0 或正整数',
    en: '{k} is a whole number, 0 or more',
  },
} as const;
