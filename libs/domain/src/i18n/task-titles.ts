/**
 * The title of every task kind (`task.<kind>`, a variant as `task.<kind>.<variant>`), zh and en. A
 * task carries its title as a message; the API renders it in the reader's language.
 */
export const TASK_TITLES = {
  // Enforcement case
  'task.approve_measure': {
    zh: '审批{kind}措施 {id}（{basis}）',
    en: 'Approve or refuse {kind} {id} ({basis})',
  },
  'task.review_emergency_measure': {
    zh: '确认或解除紧急措施：{kind} {id}（行政强制法 第19条）',
    en: 'Confirm or lift the emergency {kind} {id} (行政强制法 第19条)',
  },
  'task.decide_seizure_handling': {
    zh: '在期限届满前决定{kind} {id} 所涉物品的处理',
    en: 'Decide how the items under {kind} {id} are handled before the term ends',
  },
  'task.record_inspection': {
    zh: '对单位进行现场检查并记录（两名执法人员）',
    en: 'Inspect the unit and record the inspection (two officers)',
  },
  'task.issue_order': {
    zh: '下达责令限期整改指令书并确定整改期限',
    en: 'Issue the order to rectify (责令限期整改指令书) with a deadline',
  },
  'task.reinspect': { zh: '{after}后进行复查', en: 'Re-inspect after {after}' },
  'task.decide_extension': {
    zh: '审批将整改期限延长至 {newDeadline} 的申请',
    en: 'Approve or refuse extending the rectification deadline to {newDeadline}',
  },
  'task.decide_escalation': {
    zh: '逾期未整改：提出行政强制措施和/或行政处罚建议',
    en: 'Not rectified: propose compulsory measures and/or a penalty',
  },
  'task.consider_penalty_proposal': {
    zh: '审查行政处罚建议（据此启动行政处罚程序）',
    en: 'Consider the penalty proposal (the penalty procedure opens from it)',
  },
  'task.serve_cutoff_notice': {
    zh: '送达{kind}通知书 {id}：24 小时自送达起算（安全生产法 第70条）',
    en: 'Serve the notice of {kind} {id}: the 24 hours run from its service (安全生产法 第70条)',
  },
  'task.record_measure_procedure': {
    zh: '制作{kind} {id} 的现场笔录，告知理由、依据和权利，听取陈述申辩（行政强制法 第18条）',
    en: 'Record {kind} {id} on site: reasons, basis and rights told, the party heard (行政强制法 第18条)',
  },
  'task.confirm_emergency_measure_late': {
    zh: '紧急措施 {kind} {id} 超过 24 小时未确认：立即确认或解除（行政强制法 第19条）',
    en: 'Emergency {kind} {id} unconfirmed after 24 hours: confirm or lift it now (行政强制法 第19条)',
  },
  'task.resume_administrative_handling': {
    zh: '移送未被受理：继续行政处理（提出行政处罚建议或结案）',
    en: 'The transfer was not taken up: continue the administrative handling (propose a penalty or close)',
  },
  'task.close_case': {
    zh: '措施均已办结：结案或复查',
    en: 'Every measure is settled: close the case or re-inspect',
  },
  // Accident
  'task.level_handover': {
    zh: '由{level}调查：移交上级调查（国务院令第493号 第19条）',
    en: 'Investigated at {level} level: hand the investigation up (国务院令第493号 第19条)',
  },
  'task.pass_report_up': {
    zh: '向上一级报告事故（2 小时内，国务院令第493号 第10–11条）',
    en: 'Pass the accident report up to the next level (2 hours, 国务院令第493号 第10–11条)',
  },
  'task.form_team': { zh: '成立事故调查组', en: 'Form the investigation team' },
  'task.submit_report': {
    zh: '提交事故调查报告（自事故发生之日起 60 日内，第29条）',
    en: 'Submit the investigation report (60 days from the accident, 第29条)',
  },
  'task.decide_report_extension': {
    zh: '审批延长调查报告期限 {days} 日的申请',
    en: 'Approve or refuse {days} more days for the report',
  },
  'task.approve_report': {
    zh: '记录对调查报告的批复（第32条）',
    en: 'Record the approval (批复) of the report (第32条)',
  },
  'task.decide_approval_extension': {
    zh: '审批延长批复期限 {days} 日的申请',
    en: 'Approve or refuse {days} more days for the approval',
  },
  'task.publish_report': { zh: '公布事故调查报告', en: 'Publish the investigation report' },
  'task.evaluate': {
    zh: '评估整改和防范措施的落实情况（安全生产法 第86条）',
    en: 'Evaluate how the rectification and prevention measures were carried out (安全生产法 第86条)',
  },
  'task.publish_evaluation': { zh: '公布评估结果', en: 'Publish the evaluation' },
  'task.close_accident': { zh: '事故结案归档', en: 'Close the accident file' },
  // Rectification item
  'task.publish_listing': {
    zh: '公布对 {unit} 的挂牌督办',
    en: 'Publish the listed supervision (挂牌督办) of {unit}',
  },
  'task.rectify': { zh: '{unit}：{measure}', en: '{unit}: {measure}' },
  'task.verify_completion': {
    zh: '核查 {unit} 报告的整改完成情况',
    en: 'Verify the completion reported by {unit}',
  },
  // Penalty
  'task.decision_due': {
    zh: '作出行政处罚决定的期限（自立案之日起 90 日，行政处罚法 第60条）',
    en: 'The penalty decision is due (90 days from 立案, 行政处罚法 第60条)',
  },
  'task.serve_notice': {
    zh: '送达行政处罚告知书（第44条）',
    en: 'Serve the notice of the intended penalty (第44条)',
  },
  'task.schedule_hearing': {
    zh: '安排当事人要求的听证：提前 7 个工作日通知，由非本案调查人员主持',
    en: 'Schedule the requested hearing, 7 working days ahead, with a chair who did not investigate',
  },
  'task.record_hearing': { zh: '举行并记录 {date} 的听证', en: 'Hold and record the hearing of {date}' },
  'task.submit_for_decision': {
    zh: '陈述申辩期满（{defenceEnds}）后提交决定',
    en: 'Submit for decision once the defence period ends ({defenceEnds})',
  },
  'task.submit_for_decision.again': {
    zh: '按法制审核意见（“{opinion}”）补正后重新提交',
    en: 'Correct the case as the legal review asked (“{opinion}”) and submit it again',
  },
  'task.legal_review': {
    zh: '法制审核（行政处罚法 第58条）',
    en: 'Legal review (法制审核, 行政处罚法 第58条)',
  },
  'task.deliberation': {
    zh: '负责人集体讨论（第57条）',
    en: 'Collective deliberation by the leadership (集体讨论, 第57条)',
  },
  'task.decide_penalty': {
    zh: '作出行政处罚决定（不得重于告知的处罚，第45条）',
    en: 'Decide the penalty (no heavier than noticed, 第45条)',
  },
  'task.decide_decision_extension': {
    zh: '审批延长决定期限 {days} 日的申请',
    en: 'Approve or refuse {days} more days to decide',
  },
  'task.serve_decision': {
    zh: '送达行政处罚决定书（当场送达，否则 7 个工作日内，第61条）',
    en: 'Serve the penalty decision (on the spot, else within 7 working days, 第61条)',
  },
  'task.publish_decision': {
    zh: '公示行政处罚决定（安全生产法 第78条）',
    en: 'Publish the decision (安全生产法 第78条)',
  },
  'task.withdraw_publication': {
    zh: '撤回已变更或撤销的处罚决定的公示（第48条）',
    en: 'Withdraw the publication of the changed or revoked decision (第48条)',
  },
  'task.closure_proposal': {
    zh: '提请地方人民政府予以关闭：{reason}',
    en: 'Propose closing the unit to the local government: {reason}',
  },
  'task.payment_due': {
    zh: '罚款缴纳期限（自收到决定书之日起 15 日，第67条）',
    en: 'The fine falls due (15 days from receipt, 第67条)',
  },
  'task.serve_demand': {
    zh: '送达催告书（行政强制法 第54条）',
    en: 'Serve the written demand to pay (催告, 行政强制法 第54条)',
  },
  'task.apply_court_enforcement': {
    zh: '自 {earliest} 起申请法院强制执行',
    en: 'Apply to the court for enforcement from {earliest}',
  },
  'task.propose_closing': { zh: '提请处罚案件结案', en: 'Propose closing the penalty case (结案)' },
  'task.decide_filing': {
    zh: '审批是否立案（行政处罚法 第54条）',
    en: 'Approve or refuse 立案 (行政处罚法 第54条)',
  },
  'task.handle_evidence': {
    zh: '对登记保存的证据作出处理决定：{description}（第56条）',
    en: 'Decide on the evidence preserved: {description} (第56条)',
  },
  'task.decide_closing': { zh: '审批结案：{reason}', en: 'Approve closing: {reason}' },
  'task.decide_evidence_preservation': {
    zh: '审批先行登记保存：{description}（第56条）',
    en: 'Approve or refuse preserving the evidence: {description} (第56条)',
  },
  'task.register_evidence': {
    zh: '经批准，先行登记保存证据并送达通知：{description}',
    en: 'Register the approved evidence and serve its notice: {description}',
  },
  'task.review_statement': {
    zh: '复核当事人的陈述申辩 {id}（行政处罚法 第45条）',
    en: 'Review the party’s statement and defence {id} (行政处罚法 第45条)',
  },
  'task.serve_continuing_fine_notice': {
    zh: '复查发现拒不改正：送达按日连续处罚告知书（行政处罚法 第44条）',
    en: 'Refusal found on re-inspection: serve the notice of the continuing fine (行政处罚法 第44条)',
  },
  'task.impose_continuing_fine': {
    zh: '陈述申辩期限 {defenceEnds} 届满后，审批按日连续处罚（安全生产法 第112条）',
    en: 'After the defence period ends on {defenceEnds}, decide the continuing fine (安全生产法 第112条)',
  },
  // Transfer
  'task.decide_transfer': {
    zh: '决定是否移送公安机关（3 日内，第5条）',
    en: 'Decide whether to transfer to public security (3 days, 第5条)',
  },
  'task.send_transfer': {
    zh: '向公安机关移送（24 小时内，第5条）',
    en: 'Send the transfer to public security (24 hours, 第5条)',
  },
  'task.police_decision': {
    zh: '公安机关决定是否立案（3 日内，第8条）：记录答复或催办',
    en: 'The police decide whether to file (3 days, 第8条): record their answer or chase it',
  },
  'task.request_reconsideration': {
    zh: '公安机关不予立案：提请复议（3 日内，第9条）或结束移送',
    en: 'The police refused: request reconsideration (3 days, 第9条) or close the transfer',
  },
  'task.reconsideration_answer': {
    zh: '公安机关作出复议决定（3 日内，第9条）',
    en: 'The police answer the reconsideration (3 days, 第9条)',
  },
  'task.close_transfer': {
    zh: '检察院维持不予立案：结束移送',
    en: 'The procuratorate upheld the refusal: close the transfer',
  },
  'task.request_procuratorate': {
    zh: '复议仍不予立案：提请检察院立案监督（3 日内，第9条）',
    en: 'Refused again: ask the procuratorate to supervise (3 days, 第9条)',
  },
  'task.procuratorate_outcome': {
    zh: '记录检察院立案监督的结果',
    en: 'Record the outcome of the procuratorate’s supervision',
  },
  'task.hand_over': {
    zh: '向公安机关移交涉案物品和材料（立案后 3 日内）',
    en: 'Hand the items and files over to the police (3 days after filing)',
  },
} as const;
