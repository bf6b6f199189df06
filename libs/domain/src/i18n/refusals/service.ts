/** Refusals of a service record (送达, service/service-record.ts): zh and en text of each message key. */
export const SERVICE_REFUSALS = {
  'service.method_unknown': {
    zh: '送达方式须为直接送达、留置送达、委托送达、邮寄送达、公告送达或电子送达',
    en: 'the method of service must be direct, left, entrusted, mail, public_notice or electronic',
  },
  'service.receiver_missing': {
    zh: '请记录受送达人（签收人及其身份；公告送达记录公告载体）',
    en: 'record who received it (for public notice: where it was published)',
  },
  'service.served_at_invalid': {
    zh: '送达时间无效',
    en: 'the instant of service is not valid',
  },
  'service.left_needs_witness': {
    zh: '留置送达须有见证人签名或留置过程的照片、录像（民事诉讼法 第89条）',
    en: 'service by leaving the document needs a witness or a photo or video of it (民事诉讼法 第89条)',
  },
  'service.entrusted_needs_agency': {
    zh: '委托送达须记录受委托的机关',
    en: 'entrusted service needs the agency that served it',
  },
  'service.mail_needs_receipt': {
    zh: '邮寄送达须记录回执上注明的收件日期（民事诉讼法 第91条）',
    en: 'service by mail needs the date on the return receipt (民事诉讼法 第91条)',
  },
  'service.receipt_before_sending': {
    zh: '回执日期不能早于寄出日期',
    en: 'the return receipt cannot be dated before the sending',
  },
  'service.electronic_needs_consent': {
    zh: '电子送达须经受送达人同意并记录其确认（行政处罚法 第61条）',
    en: 'electronic service needs the party’s recorded consent (行政处罚法 第61条)',
  },
  'service.day_mismatch': {
    zh: '送达记录的送达时间须在 servedOn 当日',
    en: 'the service record’s instant must fall on servedOn',
  },
  'service.record_missing': {
    zh: '请附送达回证的内容：送达方式、受送达人和送达时间',
    en: 'give the service record: method, receiver and instant of service',
  },
  'service.unknown_document': {
    zh: '本案没有可送达的文书 {key}',
    en: 'the case has no document {key} to serve',
  },
  'service.already_served': {
    zh: '文书 {key} 已经送达',
    en: 'document {key} was already served',
  },
  'service.before_issue': {
    zh: '送达时间不能早于文书作出时间',
    en: 'a document cannot be served before it was issued',
  },
} as const;
