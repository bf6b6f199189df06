import type { ProcedureDefinition } from '../procedure/definition';
import type { AccidentCommand, AccidentStage, AccidentState } from './accident-types';
import { registerCommandLabels } from '../i18n/message';

const OFFICER = ['officer'] as const;
const APPROVERS = ['head', 'supervisor'] as const;
/** Facts that may change at any time until the file is closed (casualties, the report passed up). */
const OPEN: readonly AccidentStage[] = [
  'reported',
  'investigating',
  'report_submitted',
  'approved',
  'published',
  'evaluated',
];
type Definition = ProcedureDefinition<AccidentStage, AccidentCommand['type'], AccidentState>;

/**
 * 生产安全事故调查处理 (国务院令第493号; 安全生产法 第83–86条; docs/domain.md §4), its whole stage graph:
 *
 *   reported ─team─▶ investigating ─report─▶ report_submitted ─approval (批复)─▶ approved
 *      (report-extension, its decision: once, ≤ 60 days)   (approval-extension, its decision: 特别重大 only)
 *   approved ─publication─▶ published;  approved / published ─rectification-items─▶ (items, child records)
 *   approved / published ─evaluation─▶ evaluated ─evaluation/publication, closure─▶ closed
 *   in every open stage: casualties (re-grades; a loss correction at any time), report-passed-up,
 *     level-handover, reporting-violation (谎报 / 瞒报: penalty cases follow)
 *   reported / investigating: technical-appraisal, technical-appraisal/end (the report clock stands still)
 *
 * Each command: its stages, its roles (most senior first: the capacity recorded), API action, audit
 * name and person check. `decideAccident` refuses by this table before any rule runs. Any officer of
 * the agency records for an accident; approvals are four-eyes against whoever asked.
 */
export const ACCIDENT_PROCEDURE: Definition = {
  kind: 'accident',
  noun: 'the accident',
  stages: ['reported', 'investigating', 'report_submitted', 'approved', 'published', 'evaluated', 'closed'],
  terminal: ['closed'],
  handles: () => true,
  commands: {
    update_casualties: {
      action: 'casualties',
      audit: 'accident.casualties',
      // Within 30 days of the accident (7 for road traffic and fire), 第13条: the rule checks the day.
      label: { zh: '登记伤亡变化', en: 'Record a casualty change' },
      stages: OPEN,
      roles: OFFICER,
      yields: ['casualties_updated'],
    },
    record_passed_up: {
      action: 'report-passed-up',
      audit: 'accident.passed_up',
      label: { zh: '登记向上级报告', en: 'Record the report passed up' },
      stages: OPEN,
      roles: OFFICER,
      yields: ['report_passed_up'],
    },
    record_level_handover: {
      action: 'level-handover',
      audit: 'accident.level_handover',
      // Due once a re-grade puts the investigation above this agency (第19条): the rule checks it.
      label: { zh: '登记移交上级调查', en: 'Record the level handover' },
      stages: OPEN,
      roles: ['head'],
      yields: ['level_handover_recorded'],
    },
    record_reporting_violation: {
      action: 'reporting-violation',
      audit: 'accident.reporting_violation',
      // 漏报 / 谎报 / 瞒报 found: a penalty case on the 主要负责人 (第110条), for 谎报 / 瞒报 also on the
      // unit (493号令 第36条), follows.
      label: { zh: '登记漏报、谎报、瞒报', en: 'Record an omitted, false or concealed report' },
      stages: OPEN,
      roles: OFFICER,
      yields: ['reporting_violation_recorded'],
    },
    form_team: {
      action: 'team',
      audit: 'accident.team',
      label: { zh: '成立事故调查组', en: 'Form the investigation team' },
      stages: ['reported'],
      roles: APPROVERS,
      yields: ['team_formed'],
    },
    request_report_extension: {
      action: 'report-extension',
      audit: 'accident.report_extension.request',
      label: { zh: '申请延长调查报告期限', en: 'Request more time for the report' },
      stages: ['investigating'],
      roles: OFFICER,
      yields: ['report_extension_requested'],
      applicable: (s) => !s.reportExtension || s.reportExtension.status === 'refused',
    },
    decide_report_extension: {
      action: 'report-extension/decision',
      audit: 'accident.report_extension.decide',
      label: { zh: '审批延长调查报告期限', en: 'Decide on more time for the report' },
      stages: ['investigating'],
      roles: APPROVERS,
      check: 'not_proposer',
      proposer: (s) => s.reportExtension?.requestedBy,
      yields: ['report_extension_decided'],
      applicable: (s) => s.reportExtension?.status === 'requested',
    },
    start_technical_appraisal: {
      action: 'technical-appraisal',
      audit: 'accident.appraisal.start',
      // 第27条: the report clock stands still until the appraisal ends.
      label: { zh: '登记技术鉴定开始', en: 'Record the start of a technical appraisal' },
      stages: ['reported', 'investigating'],
      roles: OFFICER,
      yields: ['technical_appraisal_started'],
      applicable: (s) => !s.appraisals.some((a) => a.to === null),
    },
    end_technical_appraisal: {
      action: 'technical-appraisal/end',
      audit: 'accident.appraisal.end',
      // Only while one is running: the rule checks it.
      label: { zh: '登记技术鉴定结束', en: 'Record the end of the technical appraisal' },
      stages: ['reported', 'investigating'],
      roles: OFFICER,
      yields: ['technical_appraisal_ended'],
      applicable: (s) => s.appraisals.some((a) => a.to === null),
    },
    submit_report: {
      action: 'report',
      audit: 'accident.report',
      label: { zh: '提交事故调查报告', en: 'Submit the investigation report' },
      stages: ['investigating'],
      roles: OFFICER,
      yields: ['report_submitted'],
    },
    request_approval_extension: {
      action: 'approval-extension',
      audit: 'accident.approval_extension.request',
      // Only an especially major accident's approval may be extended (第32条): the rule checks the grade.
      label: { zh: '申请延长批复期限', en: 'Request more time for the approval' },
      stages: ['report_submitted'],
      roles: OFFICER,
      yields: ['approval_extension_requested'],
      applicable: (s) =>
        s.grade === 'ESPECIALLY_MAJOR' && (!s.approvalExtension || s.approvalExtension.status === 'refused'),
    },
    decide_approval_extension: {
      action: 'approval-extension/decision',
      audit: 'accident.approval_extension.decide',
      label: { zh: '审批延长批复期限', en: 'Decide on more time for the approval' },
      stages: ['report_submitted'],
      roles: APPROVERS,
      check: 'not_proposer',
      proposer: (s) => s.approvalExtension?.requestedBy,
      yields: ['approval_extension_decided'],
      applicable: (s) => s.approvalExtension?.status === 'requested',
    },
    approve_report: {
      action: 'approval',
      audit: 'accident.approval',
      label: { zh: '登记批复', en: 'Record the approval (批复)' },
      stages: ['report_submitted'],
      roles: ['head'],
      yields: ['report_approved'],
    },
    record_publication: {
      action: 'publication',
      audit: 'accident.publication',
      label: { zh: '登记调查报告公布', en: 'Record the publication of the report' },
      stages: ['approved'],
      roles: OFFICER,
      yields: ['report_published'],
    },
    add_rectification_item: {
      action: 'rectification-items',
      audit: 'accident.item.add',
      label: { zh: '添加整改和防范措施', en: 'Add a rectification measure' },
      stages: ['approved', 'published'],
      roles: OFFICER,
      yields: ['rectification_item_added'],
    },
    record_evaluation: {
      action: 'evaluation',
      audit: 'accident.evaluation',
      // Open items go to accountability (安全生产法 第86条).
      label: { zh: '登记整改落实情况评估', en: 'Record the evaluation' },
      stages: ['approved', 'published'],
      roles: APPROVERS,
      yields: ['evaluation_recorded'],
    },
    publish_evaluation: {
      action: 'evaluation/publication',
      audit: 'accident.evaluation.publish',
      label: { zh: '登记评估结果公布', en: 'Record the publication of the evaluation' },
      stages: ['evaluated'],
      roles: OFFICER,
      yields: ['evaluation_published'],
    },
    close_accident: {
      action: 'closure',
      audit: 'accident.close',
      // After the evaluation is published and every item is done or referred: the rule checks both.
      label: { zh: '事故结案', en: 'Close the accident file' },
      stages: ['evaluated'],
      roles: APPROVERS,
      yields: ['accident_closed'],
    },
  },
};

// Refusals name the command by its label, in the reader's language (i18n/message.ts).
registerCommandLabels(ACCIDENT_PROCEDURE.kind, ACCIDENT_PROCEDURE.commands);
