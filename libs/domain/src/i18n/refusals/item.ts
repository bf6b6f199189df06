/** Refusals of the item rules: zh and en text of each message key. */
export const ITEM_REFUSALS = {
  'item.closed': {
    zh: '整改事项已关闭',
    en: 'the rectification item is closed',
  },
  'item.completion_awaits': {
    zh: '整改完成情况已在等待核查',
    en: 'the completion already awaits verification',
  },
  'item.completion_evidence': {
    zh: '报告整改完成须附证据',
    en: 'completion is reported with evidence',
  },
  'item.describe_progress': {
    zh: '请描述整改进展',
    en: 'describe the progress',
  },
  'item.evidence_digest': {
    zh: '证据 {name} 须有名称和 SHA-256 摘要（64 位小写十六进制）',
    en: 'evidence {name} needs a name and a SHA-256 digest (64 lower-case hex)',
  },
  'item.listing_publish_day': {
    zh: '公布日期（publishedOn）须在 {on} 至今天之间',
    en: 'publishedOn is a day from {on} to today',
  },
  'item.listing_published': {
    zh: '挂牌督办已于 {listingPublishedOn} 公布',
    en: 'the listing was published on {listingPublishedOn}',
  },
  'item.needs_officer': {
    zh: '此操作须由执法人员办理',
    en: 'this needs the role officer',
  },
  'item.new_deadline': {
    zh: '新的整改期限须为今天或以后的日期',
    en: 'a new deadline is a day from today on',
  },
  'item.no_completion': {
    zh: '没有待核查的整改完成情况',
    en: 'no completion awaits verification',
  },
  'item.not_in_agency': {
    zh: '本机关没有该整改事项',
    en: 'no such rectification item in your agency',
  },
  'item.not_listed': {
    zh: '该事项未被挂牌督办',
    en: 'the item is not under listed supervision',
  },
  'item.rejection_reasons': {
    zh: '不予通过须向单位说明理由',
    en: 'a rejection gives the unit its reasons',
  },
  'item.verification_four_eyes': {
    zh: '核查：{why}',
    en: 'verification: {why}',
  },
  'item.verification_role': {
    zh: '核查须由负责人或主要负责人办理',
    en: 'verification needs the role supervisor or head',
  },
} as const;
