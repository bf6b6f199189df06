/** Refusals shared by every procedure: zh and en text of each message key. */
export const COMMON_REFUSALS = {
  'common.date_before': {
    zh: '{field} 不能早于 {notBefore}',
    en: '{field} cannot be before {notBefore}',
  },
  'common.date_future': {
    zh: '{field} 不能晚于今天',
    en: '{field} cannot be in the future',
  },
  'common.date_invalid': {
    zh: '{field} 须为 YYYY-MM-DD 格式的有效日期',
    en: '{field} must be a calendar date YYYY-MM-DD',
  },
  'common.four_eyes': {
    zh: '{action}：{why}',
    en: '{action}: {why}',
  },
  'common.needs_role': {
    zh: '{action}须由{roles}办理',
    en: '{action} needs the role {roles}',
  },
  'common.no_extension_requested': {
    zh: '没有提出延期申请',
    en: 'no extension was requested',
  },
  'common.refusal_reason': {
    zh: '不予批准须说明理由',
    en: 'a refusal needs its reason',
  },
  'common.required': {
    zh: '{field} 为必填项',
    en: '{field} is required',
  },
} as const;
