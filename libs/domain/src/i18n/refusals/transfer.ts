/** Refusals of the transfer rules: zh and en text of each message key. */
export const TRANSFER_REFUSALS = {
  'transfer.close_reason': {
    zh: '请记录移送在此结束的原因',
    en: 'record why the transfer ends here',
  },
  'transfer.close_role': {
    zh: '结束移送须由主要负责人或负责人办理',
    en: 'closing a transfer needs the role head or supervisor',
  },
  'transfer.closed': {
    zh: '移送已结束',
    en: 'the transfer is closed',
  },
  'transfer.decision_four_eyes': {
    zh: '移送决定：{why}',
    en: 'the transfer decision: {why}',
  },
  'transfer.handover_items': {
    zh: '请列明移交的涉案物品和材料',
    en: 'list the items and files handed over',
  },
  'transfer.head_decides': {
    zh: '移送由正职负责人决定（第5条）',
    en: 'the head (正职负责人) decides a transfer (第5条)',
  },
  'transfer.needs_officer': {
    zh: '{action}须由执法人员办理',
    en: '{action} needs the role officer',
  },
  'transfer.not_in_agency': {
    zh: '本机关没有该移送案件',
    en: 'no such transfer in your agency',
  },
  'transfer.not_team': {
    zh: '{action}：您不是移送小组成员',
    en: '{action}: you are not on the transfer team',
  },
  'transfer.package_report': {
    zh: '移送须附涉嫌犯罪案件调查报告（国务院令第310号 第6条）',
    en: 'a transfer encloses the investigation report (国务院令第310号 第6条)',
  },
  'transfer.package_items': {
    zh: '涉案物品清单须逐项写明名称和数量（国务院令第310号 第6条）',
    en: 'the inventory of items names each item and its quantity (国务院令第310号 第6条)',
  },
  'transfer.package_appraisals': {
    zh: '检验报告或鉴定结论须写明名称和结论（国务院令第310号 第6条）',
    en: 'each test or appraisal conclusion needs its title and conclusion (国务院令第310号 第6条)',
  },
  'transfer.from_penalty_closed': {
    zh: '行政处罚案件已结案或不予立案，不能从中移送',
    en: 'the penalty case is closed or not filed: no transfer starts from it',
  },
  'transfer.refusal_reason': {
    zh: '不予移送须说明理由',
    en: 'a refusal to transfer needs its reason',
  },
  'transfer.supervision_requested': {
    zh: '已经提请立案监督',
    en: 'supervision was already requested',
  },
  'transfer.wrong_stage': {
    zh: '移送当前处于“{stage}”阶段，不能{action}',
    en: 'cannot {action} while the transfer is {stage}',
  },
  'transfer.police_organ': {
    zh: '接受移送的公安机关名称不能为空',
    en: 'name the public security organ the case is sent to',
  },
} as const;
