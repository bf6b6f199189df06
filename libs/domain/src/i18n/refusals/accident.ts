/** Refusals of the accident rules: zh and en text of each message key. */
export const ACCIDENT_REFUSALS = {
  'accident.approval_extension_major': {
    zh: '只有特别重大事故的批复期限可以延长（第32条）',
    en: 'only an especially major accident’s approval may be extended (第32条)',
  },
  'accident.casualty_window': {
    zh: '伤亡人数变化在 {last} 前计入（国务院令第493号 第13条）',
    en: 'casualty changes count until {last} (国务院令第493号 第13条)',
  },
  'accident.closed': {
    zh: '事故已结案',
    en: 'the accident is closed',
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
  'accident.wrong_stage': {
    zh: '事故当前处于“{stage}”阶段，不能{action}',
    en: 'cannot {action} while the accident is {stage}',
  },
} as const;
