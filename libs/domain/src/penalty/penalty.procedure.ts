import type { ProcedureDefinition } from '../procedure/definition';
import type { PenaltyCommandType } from './penalty-commands';
import {
  currentHearing,
  type PenaltyStage,
  type PenaltyState,
  type PreservedEvidence,
} from './penalty-types';
import { registerCommandLabels } from '../i18n/message';

/** Until the decision the 90-day clock runs: it can be paused for an appraisal and extended once. */
const DECIDING = ['investigating', 'notified', 'in_review', 'deciding'] as const;
const APPROVERS = ['head', 'supervisor'] as const;
const OFFICER = ['officer'] as const;

// What the sub-record commands act on (their `applicable`), as the rules in decide/ check it.
const anyEvidence = (s: PenaltyState, ok: (e: PreservedEvidence) => boolean) => s.evidence.some(ok);
const appraisalRunning = (s: PenaltyState) =>
  s.decisionClock.pauses.some((p) => p.reason === 'appraisal' && p.to === null);

/**
 * 行政处罚一般程序 (行政处罚法 第54–73条; docs/domain.md §3.6), its whole stage graph:
 *
 *   proposed ─filing-decision─▶ investigating ─notice─▶ notified ─submission─▶ in_review ─legal-review─▶ deciding
 *      │ (refused)                                        ▲  └──(no review needed)──────────────────────▶ │
 *      ▼                                                  └───────────── (returned) ──────────┘           │
 *   not_filed                                                                                 decision ◀─┘
 *   decided ─service─▶ served ─closing─▶ closing ─closing/decision─▶ closed (or back to served)
 *
 * Each command: the stages it is allowed in, the roles that may send it (most senior first: the
 * capacity recorded), the API action and audit name, and the check on the person the rules make.
 * `decidePenalty` refuses by this table before any rule runs; the API's routes take their roles from it.
 */
export const PENALTY_PROCEDURE: ProcedureDefinition<PenaltyStage, PenaltyCommandType, PenaltyState> = {
  kind: 'penalty',
  noun: 'the penalty case',
  stages: [
    'proposed',
    'investigating',
    'notified',
    'in_review',
    'deciding',
    'decided',
    'served',
    'closing',
    'closed',
    'not_filed',
  ],
  terminal: ['closed', 'not_filed'],
  handles: (s, userId) => s.handlers.includes(userId),
  commands: {
    decide_filing: {
      action: 'filing-decision',
      audit: 'penalty.filing.decide',
      label: { zh: '审批立案', en: 'Decide on filing' },
      stages: ['proposed'],
      roles: APPROVERS,
      check: 'four_eyes',
      proposer: (s) => s.proposedBy,
      yields: ['filing_decided'],
    },
    request_evidence_preservation: {
      action: 'evidence',
      audit: 'penalty.evidence.request',
      // 先行登记保存 needs the head's approval beforehand (行政处罚法 第56条).
      label: { zh: '申请先行登记保存证据', en: 'Request evidence preservation' },
      stages: ['investigating', 'notified'],
      roles: OFFICER,
      check: 'handler',
      yields: ['evidence_preservation_requested'],
    },
    decide_evidence_preservation: {
      action: 'evidence/:evidenceId/approval',
      audit: 'penalty.evidence.approve',
      label: { zh: '审批先行登记保存', en: 'Decide on evidence preservation' },
      stages: ['investigating', 'notified'],
      roles: APPROVERS,
      check: 'four_eyes',
      yields: ['evidence_preservation_decided'],
      applicable: (s) => anyEvidence(s, (e) => e.status === 'requested'),
    },
    register_evidence: {
      action: 'evidence/:evidenceId/registration',
      audit: 'penalty.evidence.register',
      // Only once approved; decided within 7 working days of the registration.
      label: { zh: '先行登记保存证据', en: 'Register evidence for preservation' },
      stages: ['investigating', 'notified'],
      roles: OFFICER,
      check: 'handler',
      yields: ['evidence_registered'],
      applicable: (s) => anyEvidence(s, (e) => e.status === 'approved'),
    },
    handle_evidence: {
      action: 'evidence/:evidenceId/handling',
      audit: 'penalty.evidence.handle',
      // Decided within 7 working days, and before the case goes to decision.
      label: { zh: '对登记保存的证据作出处理决定', en: 'Decide on preserved evidence' },
      stages: ['investigating', 'notified'],
      roles: APPROVERS,
      check: 'four_eyes',
      yields: ['evidence_handled'],
      applicable: (s) => anyEvidence(s, (e) => e.status === 'registered' && !e.handling),
    },
    serve_notice: {
      action: 'notice',
      audit: 'penalty.notice.serve',
      label: { zh: '送达行政处罚告知书', en: 'Serve the notice of the intended penalty' },
      stages: ['investigating'],
      roles: OFFICER,
      check: 'handler',
      yields: ['notice_served'],
    },
    request_hearing: {
      action: 'hearing-request',
      audit: 'penalty.hearing.request',
      // Of the intended penalty, or after the decision of a continuing fine's notice.
      label: { zh: '登记听证申请', en: 'Record a hearing request' },
      stages: ['notified', 'served'],
      roles: OFFICER,
      check: 'handler',
      yields: ['hearing_requested'],
    },
    schedule_hearing: {
      action: 'hearing',
      audit: 'penalty.hearing.schedule',
      // The chair is not an investigator: the rule checks the chair named.
      label: { zh: '安排听证', en: 'Schedule the hearing' },
      stages: ['notified', 'served'],
      roles: ['head', 'supervisor', 'officer'],
      yields: ['hearing_scheduled'],
      applicable: (s) => {
        const h = currentHearing(s);
        return !!h && !h.outcome;
      },
    },
    record_hearing: {
      action: 'hearing/record',
      audit: 'penalty.hearing.record',
      label: { zh: '记录听证', en: 'Record the hearing' },
      stages: ['notified', 'served'],
      roles: ['head', 'supervisor', 'officer'],
      check: 'chair',
      chair: (s) => currentHearing(s)?.chair,
      yields: ['hearing_recorded'],
      applicable: (s) => {
        const h = currentHearing(s);
        return !!h?.date && !h.outcome;
      },
    },
    record_statement: {
      action: 'statements',
      audit: 'penalty.statement.record',
      // 陈述、申辩 (行政处罚法 第45条), to the intended penalty or to a continuing fine's notice.
      label: { zh: '记录当事人陈述申辩', en: 'Record the party’s statement and defence' },
      stages: ['notified', 'served'],
      roles: OFFICER,
      check: 'handler',
      yields: ['statement_recorded'],
    },
    review_statement: {
      action: 'statements/:statementId/review',
      audit: 'penalty.statement.review',
      // 复核: the agency records which facts and reasons it adopts; the penalty may not rise for it.
      label: { zh: '复核陈述申辩', en: 'Review the statement and defence' },
      stages: ['notified', 'served'],
      roles: APPROVERS,
      check: 'four_eyes',
      yields: ['statement_reviewed'],
      applicable: (s) => (s.statements ?? []).some((x) => !x.review),
    },
    submit_for_decision: {
      action: 'submission',
      audit: 'penalty.submit',
      label: { zh: '提交审查决定', en: 'Submit for decision' },
      stages: ['notified'],
      roles: OFFICER,
      check: 'handler',
      yields: ['submitted_for_decision'],
    },
    record_legal_review: {
      action: 'legal-review',
      audit: 'penalty.legal_review',
      label: { zh: '法制审核', en: 'Record the legal review' },
      stages: ['in_review'],
      roles: ['legal_reviewer'],
      check: 'four_eyes',
      proposer: (s) => s.review?.submittedBy,
      yields: ['legal_review_recorded'],
    },
    record_deliberation: {
      action: 'deliberation',
      audit: 'penalty.deliberation',
      label: { zh: '记录集体讨论', en: 'Record the collective deliberation' },
      stages: ['deciding'],
      roles: ['head'],
      yields: ['deliberation_recorded'],
    },
    pause_decision_clock: {
      action: 'decision-clock/pause',
      audit: 'penalty.clock.pause',
      label: { zh: '因鉴定中止决定期限', en: 'Pause the decision clock' },
      stages: DECIDING,
      roles: OFFICER,
      check: 'handler',
      yields: ['decision_clock_paused'],
      applicable: (s) => !appraisalRunning(s),
    },
    resume_decision_clock: {
      action: 'decision-clock/resume',
      audit: 'penalty.clock.resume',
      label: { zh: '恢复计算决定期限', en: 'Resume the decision clock' },
      stages: DECIDING,
      roles: OFFICER,
      check: 'handler',
      yields: ['decision_clock_resumed'],
      applicable: appraisalRunning,
    },
    request_decision_extension: {
      action: 'decision-extension',
      audit: 'penalty.extension.request',
      label: { zh: '申请延长决定期限', en: 'Request more time to decide' },
      stages: DECIDING,
      roles: OFFICER,
      check: 'handler',
      yields: ['decision_extension_requested'],
      applicable: (s) => s.decisionClock.extensionDays === 0 && !s.decisionClock.extensionRequest,
    },
    decide_decision_extension: {
      action: 'decision-extension/decision',
      audit: 'penalty.extension.decide',
      label: { zh: '审批延长决定期限', en: 'Decide on the extension' },
      stages: DECIDING,
      roles: APPROVERS,
      check: 'four_eyes',
      proposer: (s) => s.decisionClock.extensionRequest?.requestedBy,
      yields: ['decision_extension_decided'],
      applicable: (s) => !!s.decisionClock.extensionRequest,
    },
    decide_penalty: {
      action: 'decision',
      audit: 'penalty.decide',
      label: { zh: '作出行政处罚决定', en: 'Decide the penalty' },
      stages: ['deciding'],
      roles: APPROVERS,
      check: 'four_eyes',
      yields: ['penalty_decided', 'closure_proposal_due'],
    },
    record_service: {
      action: 'service',
      audit: 'penalty.service',
      label: { zh: '登记送达行政处罚决定书', en: 'Record service of the decision' },
      stages: ['decided'],
      roles: OFFICER,
      check: 'handler',
      yields: ['decision_served'],
    },
    record_publication: {
      action: 'publication',
      audit: 'penalty.publication',
      label: { zh: '登记公示', en: 'Record the publication' },
      stages: ['decided', 'served', 'closing'],
      roles: OFFICER,
      check: 'handler',
      yields: ['decision_published'],
      applicable: (s) => !s.publication,
    },
    record_publication_withdrawal: {
      action: 'publication/withdrawal',
      audit: 'penalty.publication.withdraw',
      // Due once a reconsideration or lawsuit changed or revoked the decision (行政处罚法 第48条).
      label: { zh: '登记撤回公示', en: 'Record the withdrawal of the publication' },
      stages: ['served'],
      roles: OFFICER,
      check: 'handler',
      yields: ['publication_withdrawn'],
      applicable: (s) => !!s.publication?.withdrawalDueFrom && !s.publication.withdrawnOn,
    },
    record_remedy: {
      action: 'remedies',
      audit: 'penalty.remedy.record',
      label: { zh: '登记行政复议或行政诉讼', en: 'Record a reconsideration or lawsuit' },
      stages: ['served'],
      roles: OFFICER,
      check: 'handler',
      yields: ['remedy_filed'],
    },
    record_remedy_outcome: {
      action: 'remedies/outcome',
      audit: 'penalty.remedy.outcome',
      label: { zh: '登记复议或诉讼结果', en: 'Record the outcome of the remedy' },
      stages: ['served'],
      roles: OFFICER,
      check: 'handler',
      yields: ['remedy_ended'],
      applicable: (s) => s.remedies.some((r) => r.endedOn === null),
    },
    record_correction_refusal: {
      action: 'continuing-fines/refusal',
      audit: 'penalty.continuing_fine.refusal',
      // The re-inspection's finding that the unit refused to correct (安全生产法 第112条).
      label: { zh: '记录复查发现拒不改正', en: 'Record the refusal to correct found on re-inspection' },
      stages: ['served'],
      roles: OFFICER,
      check: 'handler',
      yields: ['correction_refusal_recorded'],
    },
    serve_continuing_fine_notice: {
      action: 'continuing-fines/notice',
      audit: 'penalty.continuing_fine.notice',
      label: { zh: '送达按日连续处罚告知书', en: 'Serve the notice of the continuing daily fine' },
      stages: ['served'],
      roles: OFFICER,
      check: 'handler',
      yields: ['continuing_fine_noticed'],
      applicable: (s) => !!s.continuingFine && !s.continuingFine.notice,
    },
    impose_continuing_fine: {
      action: 'continuing-fines',
      audit: 'penalty.continuing_fine',
      // After the refusal found, the notice served and the defence heard and reviewed.
      label: { zh: '按日连续处罚', en: 'Impose a continuing daily fine' },
      stages: ['served'],
      roles: APPROVERS,
      check: 'four_eyes',
      yields: ['continuing_fine_imposed'],
      applicable: (s) => !!s.continuingFine?.notice,
    },
    record_payment: {
      action: 'payment',
      audit: 'penalty.payment',
      label: { zh: '登记缴纳罚款', en: 'Record payment' },
      stages: ['served'],
      roles: OFFICER,
      check: 'handler',
      yields: ['payment_recorded'],
    },
    serve_demand: {
      action: 'demand',
      audit: 'penalty.demand',
      label: { zh: '送达催告书', en: 'Serve the written demand' },
      stages: ['served'],
      roles: OFFICER,
      check: 'handler',
      yields: ['demand_served'],
    },
    apply_court_enforcement: {
      action: 'court-enforcement',
      audit: 'penalty.court',
      label: { zh: '申请人民法院强制执行', en: 'Apply for court enforcement' },
      stages: ['served'],
      roles: APPROVERS,
      check: 'four_eyes',
      yields: ['court_enforcement_applied'],
    },
    record_closure_ground: {
      action: 'closure-grounds',
      audit: 'penalty.closure_ground',
      // 安全生产法 第113条(二)–(四): found in this case; the repeat-penalty ground is counted across cases.
      label: { zh: '记录提请关闭的情形', en: 'Record a ground for the closure proposal' },
      stages: ['decided', 'served', 'closing'],
      roles: OFFICER,
      check: 'handler',
      yields: ['closure_ground_recorded', 'closure_proposal_due'],
    },
    submit_closure_proposal: {
      action: 'closure-proposal',
      audit: 'penalty.closure_proposal',
      // Due after a decision when the unit's record calls for it (安全生产法 第113条).
      label: { zh: '提请地方人民政府予以关闭', en: 'Submit the closure proposal' },
      stages: ['decided', 'served', 'closing'],
      roles: ['head'],
      yields: ['closure_proposal_submitted'],
      applicable: (s) => !!s.closureProposal?.due,
    },
    propose_closing: {
      action: 'closing',
      audit: 'penalty.closing.propose',
      label: { zh: '提请结案', en: 'Propose closing' },
      stages: ['served'],
      roles: OFFICER,
      check: 'handler',
      yields: ['closing_proposed'],
    },
    decide_closing: {
      action: 'closing/decision',
      audit: 'penalty.closing.decide',
      label: { zh: '审批结案', en: 'Decide on closing' },
      stages: ['closing'],
      roles: APPROVERS,
      check: 'four_eyes',
      proposer: (s) => s.closing?.proposedBy,
      yields: ['closing_decided'],
    },
  },
};

// Refusals name the command by its label, in the reader's language (i18n/message.ts).
registerCommandLabels(PENALTY_PROCEDURE.kind, PENALTY_PROCEDURE.commands);
