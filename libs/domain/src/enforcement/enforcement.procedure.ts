import type { ProcedureDefinition } from '../procedure/definition';
import type { CaseCommandType } from './case-commands';
import { SUSPENSION_KINDS, type CaseStage, type CaseState, type Measure } from './case-types';
import { registerCommandLabels } from '../i18n/message';

/** The stages where a case is open for measures, penalties and transfers (after the inspection). */
const AFTER_INSPECTION = ['inspected', 'rectifying', 'escalated'] as const;
const APPROVERS = ['head', 'supervisor'] as const;
const OFFICER = ['officer'] as const;

// What the sub-record commands act on (their `applicable`), as the rules in decide/ check it.
const anyMeasure = (s: CaseState, ok: (m: Measure) => boolean) => s.measures.some(ok);
const inForce = (m: Measure) => m.status === 'in_force';
const awaitsDecision = (m: Measure) =>
  m.status === 'proposed' || (m.emergency && m.status === 'in_force' && m.decidedAt === null);
const heldSeizure = (m: Measure) => m.kind === 'seal_seize' && inForce(m) && m.seizure !== null;
const anyOpenDanger = (s: CaseState) => s.dangers.some((d) => d.status === 'open');

/**
 * 安全生产执法案件 (docs/domain.md §3), its whole stage graph:
 *
 *   opened ──inspection──▶ inspected ──rectification-order──▶ rectifying ──reinspection──▶ closed
 *     │ (no findings: closed)   │                                │ (not all rectified)
 *     ▼                         └── measures, penalties, transfers ┴──▶ escalated ──closure──▶ closed
 *
 * Each command: the stages it is allowed in, the roles that may send it (most senior first: the
 * capacity recorded), the API action and audit name, and the check on the person the rules make.
 * `decide` refuses by this table before any rule runs; the API's routes take their roles from it.
 */
export const ENFORCEMENT_PROCEDURE: ProcedureDefinition<CaseStage, CaseCommandType, CaseState> = {
  kind: 'enforcement',
  noun: 'the case',
  stages: ['opened', 'inspected', 'rectifying', 'escalated', 'closed'],
  terminal: ['closed'],
  // Before the inspection any officer of the agency may record it; then its team handles the case.
  handles: (s, userId) => s.stage === 'opened' || s.handlers.includes(userId),
  commands: {
    record_inspection: {
      action: 'inspection',
      audit: 'case.inspection.record',
      label: { zh: '记录现场检查', en: 'Record the inspection' },
      stages: ['opened'],
      roles: OFFICER,
      yields: ['inspection_recorded'],
    },
    issue_order: {
      action: 'rectification-order',
      audit: 'case.order.issue',
      label: { zh: '下达责令限期整改指令书', en: 'Issue the order to rectify' },
      stages: ['inspected'],
      roles: OFFICER,
      check: 'handler',
      yields: ['order_issued'],
    },
    record_rectification_report: {
      action: 'rectification-report',
      audit: 'case.report.record',
      label: { zh: '登记整改报告', en: 'Record the rectification report' },
      stages: ['rectifying'],
      roles: OFFICER,
      check: 'handler',
      yields: ['rectification_reported'],
      applicable: (s) => !s.rectificationReportOn,
    },
    record_reinspection: {
      action: 'reinspection',
      audit: 'case.reinspection.record',
      label: { zh: '记录整改复查', en: 'Record the re-inspection' },
      stages: ['rectifying', 'escalated'],
      roles: OFFICER,
      check: 'handler',
      yields: ['reinspection_recorded', 'measure_lifted'],
    },
    request_extension: {
      action: 'extension-request',
      audit: 'case.extension.request',
      label: { zh: '申请延期整改', en: 'Request an extension' },
      stages: ['rectifying'],
      roles: OFFICER,
      check: 'handler',
      yields: ['extension_requested'],
      applicable: (s) => !s.extension,
    },
    decide_extension: {
      action: 'extension-decision',
      audit: 'case.extension.decide',
      label: { zh: '审批延期整改申请', en: 'Decide on the extension' },
      stages: ['rectifying'],
      roles: APPROVERS,
      check: 'four_eyes',
      proposer: (s) => s.extension?.requestedBy,
      yields: ['extension_decided'],
      applicable: (s) => s.extension?.decision === 'pending',
    },
    propose_measure: {
      action: 'measures',
      audit: 'case.measure.propose',
      label: { zh: '提请采取强制措施', en: 'Propose a compulsory measure' },
      stages: AFTER_INSPECTION,
      roles: OFFICER,
      check: 'handler',
      yields: ['measure_proposed'],
      applicable: anyOpenDanger,
    },
    take_emergency_measure: {
      action: 'emergency-measures',
      audit: 'case.measure.emergency',
      label: { zh: '当场采取紧急措施', en: 'Take an emergency measure' },
      stages: AFTER_INSPECTION,
      roles: OFFICER,
      check: 'handler',
      yields: ['emergency_measure_taken'],
      applicable: anyOpenDanger,
    },
    decide_measure: {
      action: 'measures/:measureId/decision',
      audit: 'case.measure.decide',
      // A supply cut-off needs the principal head (安全生产法 第70条): the rule narrows the roles.
      label: { zh: '审批强制措施', en: 'Decide on a measure' },
      stages: AFTER_INSPECTION,
      roles: APPROVERS,
      check: 'four_eyes',
      yields: ['measure_decided'],
      applicable: (s) => anyMeasure(s, awaitsDecision),
    },
    record_measure_procedure: {
      action: 'measures/:measureId/on-site-record',
      audit: 'case.measure.on_site_record',
      // 行政强制法 第18条: 现场笔录, notice of reasons, basis and rights, the party's statement.
      label: { zh: '记录现场笔录和陈述申辩', en: 'Record the on-site record and statement' },
      stages: AFTER_INSPECTION,
      roles: OFFICER,
      check: 'handler',
      yields: ['measure_procedure_recorded'],
      applicable: (s) =>
        anyMeasure(s, (m) => ['in_force', 'noticed', 'lifted'].includes(m.status) && !m.procedure),
    },
    record_service: {
      action: 'services',
      audit: 'case.document.serve',
      // 送达回证: the service record every party-side period and a cut-off's 24 hours start from.
      label: { zh: '记录文书送达', en: 'Record the service of a document' },
      stages: AFTER_INSPECTION,
      roles: OFFICER,
      check: 'handler',
      yields: ['document_served'],
      applicable: (s) => s.documents.some((d) => !(s.services ?? []).some((x) => x.documentKey === d.key)),
    },
    record_unit_refusal: {
      action: 'measures/:measureId/refusal',
      audit: 'case.measure.refused',
      label: { zh: '记录拒不执行停产停业决定', en: 'Record the unit’s refusal' },
      stages: AFTER_INSPECTION,
      roles: OFFICER,
      check: 'handler',
      yields: ['measure_refused_by_unit'],
      applicable: (s) => anyMeasure(s, (m) => SUSPENSION_KINDS.includes(m.kind) && inForce(m)),
    },
    seizure_testing: {
      action: 'measures/:measureId/testing',
      audit: 'case.measure.testing',
      label: { zh: '登记查封扣押物品检测', en: 'Record testing of seized items' },
      stages: AFTER_INSPECTION,
      roles: OFFICER,
      check: 'handler',
      yields: ['seizure_testing'],
      applicable: (s) => anyMeasure(s, heldSeizure),
    },
    extend_seizure: {
      action: 'measures/:measureId/extension',
      audit: 'case.measure.extend',
      label: { zh: '延长查封扣押期限', en: 'Extend the seizure' },
      stages: AFTER_INSPECTION,
      roles: APPROVERS,
      check: 'four_eyes',
      yields: ['seizure_extended'],
      applicable: (s) => anyMeasure(s, (m) => heldSeizure(m) && m.seizure?.extensionDays === null),
    },
    lift_measure: {
      action: 'measures/:measureId/lifting',
      audit: 'case.measure.lift',
      label: { zh: '解除强制措施', en: 'Lift a measure' },
      stages: AFTER_INSPECTION,
      roles: OFFICER,
      check: 'handler',
      yields: ['measure_lifted'],
      applicable: (s) => anyMeasure(s, (m) => inForce(m) || m.status === 'noticed'),
    },
    propose_penalty: {
      action: 'penalty-proposal',
      audit: 'case.penalty.propose',
      label: { zh: '提出行政处罚建议', en: 'Propose a penalty' },
      stages: AFTER_INSPECTION,
      roles: OFFICER,
      check: 'handler',
      yields: ['penalty_proposed'],
      applicable: (s) => !s.penaltyProposal && s.dangers.length > 0,
    },
    impose_summary_penalty: {
      action: 'summary-penalty',
      audit: 'case.penalty.summary',
      label: { zh: '当场作出简易程序处罚决定', en: 'Impose a penalty on the spot' },
      stages: AFTER_INSPECTION,
      roles: OFFICER,
      check: 'handler',
      yields: ['summary_penalty_imposed'],
    },
    acknowledge_penalty_proposal: {
      action: 'penalty-proposal/acknowledgement',
      audit: 'case.penalty.acknowledge',
      label: { zh: '受理处罚建议（立案审批）', en: 'Take up the penalty proposal' },
      stages: AFTER_INSPECTION,
      roles: APPROVERS,
      check: 'four_eyes',
      proposer: (s) => s.penaltyProposal?.proposedBy,
      yields: ['penalty_proposal_acknowledged'],
      applicable: (s) => !!s.penaltyProposal && !s.penaltyProposal.acknowledged,
    },
    report_transfer: {
      action: 'transfers',
      audit: 'case.transfer.report',
      label: { zh: '报告涉嫌犯罪案件移送', en: 'Report a transfer' },
      stages: AFTER_INSPECTION,
      roles: OFFICER,
      check: 'handler',
      yields: ['transfer_reported'],
      applicable: (s) => !(s.procedures ?? []).some((p) => p.kind === 'transfer' && p.status === 'open'),
    },
    close_case: {
      action: 'closure',
      audit: 'case.close',
      label: { zh: '结案', en: 'Close the case' },
      stages: ['escalated'],
      roles: APPROVERS,
      check: 'four_eyes',
      yields: ['case_closed'],
    },
  },
};

// Refusals name the command by its label, in the reader's language (i18n/message.ts).
registerCommandLabels(ENFORCEMENT_PROCEDURE.kind, ENFORCEMENT_PROCEDURE.commands);
