/** Refusals of the case rules: zh and en text of each message key. */
export const CASE_REFUSALS = {
  'case.all_corrected': {
    zh: '所有隐患均已当场整改：整改指令须至少包含一项待整改隐患',
    en: 'every danger was corrected on the spot: an order needs at least one to rectify',
  },
  'case.closed': {
    zh: '案件已结案',
    en: 'the case is closed',
  },
  'case.cutoff_needs_refused_suspension': {
    zh: '停止供电、供应民用爆炸物品须以生产经营单位拒不执行涉及重大事故隐患的停产停业决定为前提（安全生产法 第70条）',
    en: 'a supply cut-off needs a suspension in force about a major hidden danger that the unit refused (安全生产法 第70条)',
  },
  'case.cutoff_not_emergency': {
    zh: '停止供电、供应须经主要负责人批准，不能当场采取：危及生产安全的紧急情形请在报批时说明，批准后立即生效（安全生产法 第70条）',
    en: 'a supply cut-off needs the principal head’s approval, never on the spot: state an emergency (危及生产安全的紧急情形) when proposing it and it takes effect on approval (安全生产法 第70条)',
  },
  'case.cutoff_urgency_reason': {
    zh: '紧急情形须写明危及生产安全的具体情况（安全生产法 第70条）',
    en: 'an emergency cut-off needs the danger to production safety stated (安全生产法 第70条)',
  },
  'case.urgent_only_cutoff': {
    zh: '只有停止供电、停止供应民用爆炸物品才有免于提前通知的紧急情形',
    en: 'only a supply cut-off has an emergency without prior notice',
  },
  'case.seizure_inventory': {
    zh: '查封扣押须附场所、设施或者财物清单，逐项写明名称和数量（行政强制法 第24条）',
    en: 'a seizure needs its inventory, each item with its name and quantity (行政强制法 第24条)',
  },
  'case.inventory_only_seizure': {
    zh: '只有查封扣押附清单',
    en: 'only a seizure has an inventory',
  },
  'case.measure_record_first': {
    zh: '措施 {id} 尚未制作现场笔录：须先当场告知理由、依据和权利，听取当事人的陈述和申辩并制作现场笔录（行政强制法 第18条）',
    en: 'measure {id} has no on-site record yet: notify the reasons, basis and rights, hear the party and make the on-site record first (行政强制法 第18条)',
  },
  'case.measure_procedure_recorded': {
    zh: '措施 {id} 的现场笔录已经记录',
    en: 'the on-site record of measure {id} was already recorded',
  },
  'case.measure_not_informed': {
    zh: '须当场告知当事人采取措施的理由、依据以及依法享有的权利、救济途径（行政强制法 第18条）',
    en: 'the party must be told the reasons, the basis and its rights and remedies (行政强制法 第18条)',
  },
  'case.measure_refusal_note': {
    zh: '当事人拒绝签名的，须在笔录中注明（行政强制法 第18条）',
    en: 'when the party refuses to sign, the record notes it (行政强制法 第18条)',
  },
  'case.measure_statement': {
    zh: '请记录当事人的陈述和申辩，或注明其放弃陈述（行政强制法 第18条）',
    en: 'record the party’s statement, or that it declined to make one (行政强制法 第18条)',
  },
  'case.close_unrectified': {
    zh: '隐患 {ids} 既未销号，也未移交正在进行的程序：须记录结案理由（经负责人批准）',
    en: 'hidden dangers {ids} are neither closed out nor handed to a running procedure: record the reason for closing',
  },
  'case.cutoff_residents': {
    zh: '不得对居民生活停止供水、供电、供热、供燃气（行政强制法 第43条）',
    en: 'supply to residents may never be cut off (行政强制法 第43条)',
  },
  'case.danger_not_open': {
    zh: '隐患 {id} 已经“{status}”',
    en: 'hidden danger {id} is already {status}',
  },
  'case.deadline_after_today': {
    zh: '整改期限须晚于今天',
    en: 'the rectification deadline must be after today',
  },
  'case.evidence_digest': {
    zh: '每项证据须附 64 位十六进制的 SHA-256 摘要',
    en: 'every evidence item needs its SHA-256 digest as 64 hex characters',
  },
  'case.extend_only_seizure': {
    zh: '只有已生效的查封扣押可以延长',
    en: 'only a seizure in force is extended',
  },
  'case.extended_once': {
    zh: '整改期限只能延长一次',
    en: 'the rectification deadline can be extended only once',
  },
  'case.inspection_future': {
    zh: '检查时间不能晚于当前时间',
    en: 'the inspection cannot be in the future',
  },
  'case.inspection_too_early': {
    zh: '检查时间早于立案日 30 日以上',
    en: 'the inspection is more than 30 days before the case was opened',
  },
  'case.measure_not_awaiting': {
    zh: '措施 {id} 当前为“{status}”，不在待决定状态',
    en: 'measure {id} is {status}, not awaiting a decision',
  },
  'case.measure_status': {
    zh: '措施 {id} 当前为“{status}”',
    en: 'measure {id} is {status}',
  },
  'case.measures_unsettled': {
    zh: '尚有措施未办结：{ids}',
    en: 'measures not yet settled: {ids}',
  },
  'case.new_deadline_after': {
    zh: '新的整改期限须晚于 {deadline}',
    en: 'the new deadline must be after {deadline}',
  },
  'case.no_certificate': {
    zh: '{username} 未持有行政执法证',
    en: '{username} holds no enforcement certificate',
  },
  'case.no_danger': {
    zh: '请至少指明一项隐患',
    en: 'name at least one hidden danger',
  },
  'case.no_extension_pending': {
    zh: '没有待审批的延期申请',
    en: 'no extension request is pending',
  },
  'case.no_proposal_awaits': {
    zh: '没有待审批的行政处罚建议',
    en: 'no penalty proposal awaits',
  },
  'case.not_handler': {
    zh: '{action}：您不是本案的承办人员',
    en: '{action}: you do not handle this case',
  },
  'case.not_in_agency': {
    zh: '本机关没有该案件',
    en: 'no such case in your agency',
  },
  'case.not_officer': {
    zh: '{username} 不是执法人员',
    en: '{username} is not an enforcement officer',
  },
  'case.officer_other_agency': {
    zh: '{username} 不是本机关人员',
    en: '{username} is not of this agency',
  },
  'case.proposal_awaits': {
    zh: '行政处罚建议尚待审批',
    en: 'the penalty proposal awaits',
  },
  'case.proposal_exists': {
    zh: '已有行政处罚建议',
    en: 'a penalty proposal already exists',
  },
  'case.recorder_in_team': {
    zh: '记录检查的执法人员须是参加检查的人员之一',
    en: 'the officer recording the inspection must be one of its officers',
  },
  'case.refusal_needs_suspension': {
    zh: '拒不执行只能针对已生效的停产停业措施记录',
    en: 'a refusal is recorded against a suspension in force',
  },
  'case.refusal_to_sign_note': {
    zh: '请记录被检查单位拒绝签字的情况（安全生产法 第68条）',
    en: 'record the circumstances of the refusal to sign (安全生产法 第68条)',
  },
  'case.report_future': {
    zh: '整改报告的收到日期不能晚于今天',
    en: 'the report cannot be received in the future',
  },
  'case.report_recorded': {
    zh: '整改报告已经记录',
    en: 'the rectification report is already recorded',
  },
  'case.reporter_in_team': {
    zh: '报告的执法人员须是移送小组成员之一',
    en: 'the reporting officer is one of the team',
  },
  'case.result_per_danger': {
    zh: '请对每项未销号的隐患给出复查结果：{ids}',
    en: 'give one result for each open hidden danger: {ids}',
  },
  'case.seizure_extended_once': {
    zh: '查封扣押期限只能延长一次（行政强制法 第25条）',
    en: 'a seizure is extended only once (行政强制法 第25条)',
  },
  'case.seizure_extension_days': {
    zh: '延长期限为 1 至 {max} 日（行政强制法 第25条）',
    en: 'an extension is 1 to {max} days (行政强制法 第25条)',
  },
  'case.summary_fine_amount': {
    zh: '罚款须有正数金额，且只有罚款才有金额',
    en: 'a fine needs a positive amount, and only a fine has one',
  },
  'case.summary_limit': {
    zh: '当场处罚仅限警告或 {maxYuan} 元以下罚款（行政处罚法 第51条）：请适用普通程序',
    en: 'on the spot only a warning or a fine up to ¥{maxYuan} (行政处罚法 第51条): use the general procedure',
  },
  'case.summary_no_sanction': {
    zh: '请指明警告或罚款',
    en: 'name a warning or a fine',
  },
  'case.taken_in_future': {
    zh: '采取措施的时间（takenAt）不能晚于当前时间',
    en: 'takenAt cannot be in the future',
  },
  'case.testing_end_before_start': {
    zh: '检测、检验的结束日期不能早于开始日期',
    en: 'testing cannot end before it started',
  },
  'case.testing_not_running': {
    zh: '当前没有进行中的检测、检验',
    en: 'no testing is under way',
  },
  'case.testing_only_seizure': {
    zh: '检测、检验期间只暂停已生效的查封扣押期限',
    en: 'testing pauses only a seizure in force',
  },
  'case.testing_running': {
    zh: '检测、检验已在进行中',
    en: 'testing is already under way',
  },
  'case.penalty_transfer_blocks_closing': {
    zh: '本案行政处罚案件中移送司法机关的案件 {ids} 尚未办结：移送期间案件不得结案（行政处罚法 第27条；国务院令第310号）',
    en: 'the transfer {ids} started from a penalty case of this case is still open: the case cannot close meanwhile (行政处罚法 第27条; 国务院令第310号)',
  },
  'case.transfer_blocks_closing': {
    zh: '案件移送司法机关正在进行中：行政处罚不得代替移送（国务院令第310号 第11条），已采取的措施继续有效',
    en: 'the transfer to the judiciary is under way: 行政处罚不得代替移送 (国务院令第310号 第11条): a fine never replaces the transfer; measures already taken stay in force',
  },
  'case.transfer_report_invalid': {
    zh: '{reason}',
    en: '{reason}',
  },
  'case.transfer_running': {
    zh: '本案的移送已在进行中',
    en: 'a transfer of this case is already under way',
  },
  'case.two_officers': {
    zh: '现场检查须有两名以上执法人员',
    en: 'an inspection needs at least two officers',
  },
  'case.unknown_danger': {
    zh: '本案没有隐患 {id}',
    en: 'no hidden danger {id} on this case',
  },
  'case.unknown_measure': {
    zh: '本案没有措施 {id}',
    en: 'no measure {id} on this case',
  },
  'case.unrectified_close': {
    zh: '未整改的案件须在采取措施或提出处罚建议后才能结案',
    en: 'an unrectified case is closed only after measures or a penalty proposal',
  },
  'case.wrong_stage': {
    zh: '案件当前处于“{stage}”阶段，不能{action}（须处于{allowed}阶段）',
    en: 'cannot {action} while the case is {stage} (needs {allowed})',
  },
} as const;
