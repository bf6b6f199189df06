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
  'penalty.income_fine_range': {
    zh: '对个人的罚款须为上一年年收入的法定比例：{min} 元至 {max} 元（{source}）',
    en: 'a fine on this individual is between {min} and {max} yuan of last year’s income ({source})',
  },
  'penalty.unknown_evidence': {
    zh: '没有登记保存的证据 {evidenceId}',
    en: 'no preserved evidence {evidenceId}',
  },
  'penalty.wrong_stage': {
    zh: '处罚案件当前处于“{stage}”阶段，不能{action}',
    en: 'cannot {action} while the penalty case is {stage}',
  },
  'penalty.evidence_not_requested': {
    zh: '证据 {id} 当前为“{status}”，不是待审批的先行登记保存申请',
    en: 'evidence {id} is {status}, not a preservation request awaiting approval',
  },
  'penalty.evidence_needs_approval': {
    zh: '证据 {id} 当前为“{status}”：先行登记保存须事先经行政机关负责人批准（行政处罚法 第56条）',
    en: 'evidence {id} is {status}: preservation needs the head’s prior approval (行政处罚法 第56条)',
  },
  'penalty.evidence_not_registered': {
    zh: '证据 {id} 当前为“{status}”，尚未登记保存',
    en: 'evidence {id} is {status}, not registered for preservation',
  },
  'penalty.hearing_minutes_needed': {
    zh: '举行听证的，须附听证笔录（行政处罚法 第64条）',
    en: 'a hearing held needs its record (行政处罚法 第64条)',
  },
  'penalty.hearing_minutes_content': {
    zh: '听证笔录须写明参加人（至少两人）和听证的内容',
    en: 'the hearing record names its participants (at least two) and what was said',
  },
  'penalty.hearing_minutes_signature': {
    zh: '听证笔录须经参加人签字，拒绝签字的须注明情况',
    en: 'the hearing record is signed by the participants, or the refusal to sign is noted',
  },
  'penalty.hearing_minutes_time': {
    zh: '听证起止时间须写作“时:分”（如 09:30），结束时间不得早于开始时间',
    en: 'the hearing’s start and end are written HH:mm (e.g. 09:30), the end not before the start',
  },
  'penalty.hearing_time': {
    zh: '听证时间须写作“时:分”（如 09:30），听证地点不得为空白',
    en: 'the hearing’s hour is written HH:mm (e.g. 09:30) and its place is not blank',
  },
  'penalty.hearing_record_first': {
    zh: '须根据听证笔录作出决定：听证笔录尚未记录（行政处罚法 第65条）',
    en: 'the decision is made on the hearing record, which is not yet recorded (行政处罚法 第65条)',
  },
  'penalty.no_notice_to_answer': {
    zh: '当前没有需要陈述申辩的告知书',
    en: 'no notice is open for a statement and defence',
  },
  'penalty.statement_content': {
    zh: '请记录当事人陈述申辩的内容',
    en: 'record what the party stated',
  },
  'penalty.unknown_statement': {
    zh: '没有陈述申辩记录 {statementId}',
    en: 'no statement {statementId}',
  },
  'penalty.statement_reviewed': {
    zh: '陈述申辩 {id} 已于 {on} 复核',
    en: 'statement {id} was reviewed on {on}',
  },
  'penalty.statement_review_content': {
    zh: '复核须写明采纳或不予采纳的事实、理由及证据，并说明理由（行政处罚法 第45条）',
    en: 'the review states what is adopted or not, and why (行政处罚法 第45条)',
  },
  'penalty.statement_review_first': {
    zh: '请先复核当事人的陈述申辩：{ids}（行政处罚法 第45条）',
    en: 'review the party’s statements first: {ids} (行政处罚法 第45条)',
  },
  'penalty.transfer_open': {
    zh: '同一违法事实的涉嫌犯罪移送尚未办结（{ids}），不得以行政处罚代替移送（行政处罚法 第27条）',
    en: 'a transfer on the same facts is open ({ids}): a penalty never replaces it (行政处罚法 第27条)',
  },
  'penalty.remedy_order': {
    zh: '已申请行政复议或已提起行政诉讼，不能再登记{kind}（行政复议法 第29条）',
    en: 'a {kind} cannot follow the remedies already recorded (行政复议法 第29条)',
  },
  'penalty.continuing_fine_running': {
    zh: '按日连续处罚程序已在进行中（{reinspectedOn} 复查发现拒不改正）',
    en: 'a continuing fine is already under way (refusal found on {reinspectedOn})',
  },
  'penalty.refusal_finding': {
    zh: '请写明复查发现拒不改正的情况',
    en: 'state what the re-inspection found',
  },
  'penalty.refusal_not_found': {
    zh: '按日连续处罚须以复查发现拒不改正为前提（安全生产法 第112条）',
    en: 'a continuing fine needs a re-inspection finding the unit refused to correct (安全生产法 第112条)',
  },
  'penalty.continuing_fine_noticed': {
    zh: '按日连续处罚告知书已于 {servedOn} 送达',
    en: 'the continuing fine’s notice was served on {servedOn}',
  },
  'penalty.continuing_as_of': {
    zh: '按日连续处罚计算至复查发现拒不改正之日（{reinspectedOn}）为止',
    en: 'the continuing fine counts up to the re-inspection, {reinspectedOn}, at most',
  },
  'penalty.continuing_fine_notice_first': {
    zh: '请先送达按日连续处罚告知书，听取陈述申辩（行政处罚法 第44–45条）',
    en: 'serve the continuing fine’s notice and hear the defence first (行政处罚法 第44–45条)',
  },
  'penalty.closure_ground_facts': {
    zh: '请写明提请关闭情形的事实',
    en: 'state the facts of the ground',
  },
  'penalty.closure_ground_recorded': {
    zh: '已记录该提请关闭情形：{ground}',
    en: 'this ground is already recorded: {ground}',
  },
  'penalty.court_name': {
    zh: '受理申请的人民法院名称不能为空',
    en: 'name the people’s court applied to',
  },
} as const;
