/** Refusals of the penalty rules: zh and en text of each message key. */
export const PENALTY_REFUSALS = {
  'penalty.sanctions_added': {
    zh: '申辩后增加了处罚种类：{sanctions}',
    en: 'sanctions added after the defence: {sanctions}',
  },
  'penalty.fine_higher': {
    zh: '罚款高于告知的拟罚款金额',
    en: 'the fine is higher than the intended fine',
  },
  'penalty.amount_owed': {
    zh: '{paidOn} 当事人应缴 {amount}（罚款、加处罚款和按日连续处罚）',
    en: 'on {paidOn} the party owes {amount} (fine, surcharge and continuing fines)',
  },
  'penalty.appraisal_running': {
    zh: '鉴定已在进行中',
    en: 'an appraisal is already under way',
  },
  'penalty.calendar_missing': {
    zh: '{year} 年的工作日安排尚未导入：无法判断 {day} 是否在期限内',
    en: 'the working-day arrangement for {year} is not loaded: cannot tell whether {day} is in time',
  },
  'penalty.cannot_close': {
    zh: '不能结案：{blocker}',
    en: 'cannot close: {blocker}',
  },
  'penalty.chair_not_investigator': {
    zh: '听证由非本案调查人员主持（行政处罚法 第64条）',
    en: 'the hearing is chaired by someone other than the investigators (行政处罚法 第64条)',
  },
  'penalty.chair_records': {
    zh: '听证笔录由听证主持人记录',
    en: 'the hearing is recorded by its chair',
  },
  'penalty.closing_reason': {
    zh: '请说明结案理由',
    en: 'give the closing reason',
  },
  'penalty.continuing_from': {
    zh: '按日连续处罚自责令改正之日的次日起计算',
    en: 'the fine runs from the day after the correction order',
  },
  'penalty.continuing_needs_unit_fine': {
    zh: '按日连续处罚须以对单位的罚款为前提',
    en: 'a continuing fine follows a fine on a unit',
  },
  'penalty.court_applied': {
    zh: '已于 {filedOn} 申请法院强制执行',
    en: 'applied on {filedOn}',
  },
  'penalty.court_window': {
    zh: '可在 {earliest} 至 {latest} 期间申请法院强制执行（行政强制法 第53–54条）',
    en: 'the court may be applied to from {earliest} to {latest} (行政强制法 第53–54条)',
  },
  'penalty.decision_overdue': {
    zh: '决定期限已于 {due} 届满：须经批准延长（第60条）',
    en: 'the decision was due by {due}: an approved extension is needed (第60条)',
  },
  'penalty.defence_running': {
    zh: '陈述、申辩期限至 {defenceEnds} 届满',
    en: 'the statement and defence period runs until {defenceEnds}',
  },
  'penalty.deliberation_conclusion': {
    zh: '请记录集体讨论的结论',
    en: 'record the conclusion of the deliberation',
  },
  'penalty.deliberation_required': {
    zh: '情节复杂或重大的案件须经集体讨论后决定（第57条）',
    en: 'a complex or major case is decided after collective deliberation (第57条)',
  },
  'penalty.deliberation_three': {
    zh: '集体讨论须至少列明三名参加人员',
    en: 'a collective deliberation names at least three participants',
  },
  'penalty.demand_after_30_days': {
    zh: '加处罚款满 30 日后才能催告（行政强制法 第54条）',
    en: 'a demand follows more than 30 days of surcharge (行政强制法 第54条)',
  },
  'penalty.demand_first': {
    zh: '请先送达催告书（行政强制法 第54条）',
    en: 'serve the written demand first (行政强制法 第54条)',
  },
  'penalty.demand_served': {
    zh: '催告书已于 {servedOn} 送达',
    en: 'the demand was served on {servedOn}',
  },
  'penalty.describe_evidence': {
    zh: '请描述登记保存的证据',
    en: 'describe the evidence registered',
  },
  'penalty.evidence_decided': {
    zh: '证据 {id} 已于 {decidedOn} 作出处理决定',
    en: 'evidence {id} was already decided on {decidedOn}',
  },
  'penalty.evidence_first': {
    zh: '请先对登记保存的证据作出处理决定：{ids}',
    en: 'decide on the preserved evidence first: {ids}',
  },
  'penalty.extended_once': {
    zh: '作出决定的期限只能延长一次',
    en: 'the decision period may be extended once',
  },
  'penalty.extension_days': {
    zh: '延长期限为 1 至 {max} 日（规则 decision.extension）',
    en: 'an extension is 1 to {max} days (rule decision.extension)',
  },
  'penalty.extension_reason': {
    zh: '请说明延长的理由',
    en: 'give the reason for the extension',
  },
  'penalty.facts_and_basis': {
    zh: '请写明违法事实和法律依据',
    en: 'state the facts and the legal basis',
  },
  'penalty.fine_amount': {
    zh: '罚款须有金额，且只有罚款才有金额',
    en: 'a fine needs an amount, and only a fine',
  },
  'penalty.fine_whole_fen': {
    zh: '罚款金额须为整数（以分计）',
    en: 'the fine is a whole number of fen',
  },
  'penalty.hearing_already_requested': {
    zh: '当事人已于 {requestedOn} 要求听证',
    en: 'a hearing was already requested on {requestedOn}',
  },
  'penalty.hearing_on': {
    zh: '听证定于 {date} 举行',
    en: 'the hearing is on {date}',
  },
  'penalty.hearing_pending': {
    zh: '当事人要求的听证尚未举行',
    en: 'the requested hearing has not taken place',
  },
  'penalty.hearing_request_late': {
    zh: '听证须在 {hearingRequestEnds} 前提出（行政处罚法 第64条）',
    en: 'a hearing had to be requested by {hearingRequestEnds} (行政处罚法 第64条)',
  },
  'penalty.hearing_request_window': {
    zh: '当事人可在 {hearingRequestEnds} 前要求听证',
    en: 'the party may request a hearing until {hearingRequestEnds}',
  },
  'penalty.hearing_too_soon': {
    zh: '今天通知的话，听证最早可在 {earliest} 举行',
    en: 'notified today, the hearing can be held on {earliest} at the earliest',
  },
  'penalty.heavier_than_noticed': {
    zh: '{rose}（行政处罚法 第45条）',
    en: '{rose} (行政处罚法 第45条)',
  },
  'penalty.new_fine_needed': {
    zh: '变更决定须写明新的罚款金额（newFineFen）',
    en: 'a changed decision states the new fine (newFineFen)',
  },
  'penalty.new_fine_range': {
    zh: '变更后的罚款须为整数（以分计），且不超过原决定的罚款',
    en: 'the changed fine is a whole number of fen, no more than the decided fine',
  },
  'penalty.no_appraisal': {
    zh: '当前没有进行中的鉴定',
    en: 'no appraisal is under way',
  },
  'penalty.no_closure_proposal_due': {
    zh: '当前无须提请关闭',
    en: 'no closure proposal is due',
  },
  'penalty.no_hearing_right': {
    zh: '该处罚不属于当事人有权要求听证的情形（行政处罚法 第63条）',
    en: 'this penalty carries no hearing right (行政处罚法 第63条)',
  },
  'penalty.no_hearing_scheduled': {
    zh: '没有已安排的听证',
    en: 'no hearing is scheduled',
  },
  'penalty.no_hearing_to_schedule': {
    zh: '没有待安排的听证',
    en: 'no hearing waits to be scheduled',
  },
  'penalty.no_remedy_pending': {
    zh: '没有进行中的{kind}',
    en: 'no {kind} is pending',
  },
  'penalty.no_sanction': {
    zh: '请至少指明一种处罚',
    en: 'name at least one sanction',
  },
  'penalty.not_handler': {
    zh: '{action}：您不是本处罚案件的承办人员',
    en: '{action}: you do not handle this penalty case',
  },
  'penalty.not_in_agency': {
    zh: '本机关没有该处罚案件',
    en: 'no such penalty case in your agency',
  },
  'penalty.nothing_owed': {
    zh: '没有应缴的款项',
    en: 'nothing is owed',
  },
  'penalty.nothing_to_withdraw': {
    zh: '没有需要撤回的公示',
    en: 'no publication waits to be withdrawn',
  },
  'penalty.paid': {
    zh: '罚款已缴纳',
    en: 'the penalty is paid',
  },
  'penalty.paid_on': {
    zh: '已于 {paidOn} 缴纳',
    en: 'paid on {paidOn}',
  },
  'penalty.published_on': {
    zh: '已于 {publishedOn} 公示',
    en: 'published on {publishedOn}',
  },
  'penalty.limitation_passed': {
    zh: '违法行为发生（或终了）于 {actOn}，{years} 年的处罚时效已于 {limitEnds} 届满（行政处罚法 第36条），不得立案',
    en: 'the act of {actOn} is past the {years}-year limitation, which ended on {limitEnds} (行政处罚法 第36条): it cannot be filed',
  },
  'penalty.refusal_needs_reason': {
    zh: '不予立案须说明理由',
    en: 'a refusal to file needs its reason',
  },
  'penalty.remedy_pending': {
    zh: '行政复议或行政诉讼尚在进行中',
    en: 'a reconsideration or lawsuit is pending',
  },
  'penalty.remedy_window_closed': {
    zh: '{kind}期限已于 {closed} 届满',
    en: 'the {kind} window closed on {closed}',
  },
  'penalty.review_four_eyes': {
    zh: '法制审核：{why}',
    en: 'legal review: {why}',
  },
  'penalty.review_opinion': {
    zh: '法制审核须有书面审核意见',
    en: 'a legal review needs its written opinion',
  },
  'penalty.review_required': {
    zh: '未经法制审核通过不得作出决定（行政处罚法 第58条）',
    en: 'no decision without a passed legal review (行政处罚法 第58条)',
  },
  'penalty.stage_final': {
    zh: '处罚案件已“{stage}”',
    en: 'the penalty case is {stage}',
  },
  'penalty.unknown_evidence': {
    zh: '没有登记保存的证据 {evidenceId}',
    en: 'no preserved evidence {evidenceId}',
  },
  'penalty.wrong_stage': {
    zh: '处罚案件当前处于“{stage}”阶段，不能{action}',
    en: 'cannot {action} while the penalty case is {stage}',
  },
} as const;
