import { procedureReducer } from '../tasks/bookkeeping';
import type { AccidentEvent, AccidentState } from './accident-types';

function step(s: AccidentState, e: AccidentEvent): AccidentState {
  switch (e.type) {
    case 'accident_reported': {
      const {
        type: _t,
        at: _a,
        by,
        documents: _d,
        grade,
        level,
        lateReport,
        handoverRequired,
        ...opening
      } = e;
      return {
        ...opening,
        stage: 'reported',
        seq: 0,
        openedBy: by?.userId ?? '',
        handlers: by ? [by.userId] : [],
        grade,
        level,
        lateReport,
        lateReportMeasuredFrom: opening.unitHeadNotifiedAt != null ? 'unit_head_notified' : 'accident_time',
        latePenaltyId: null,
        reportingViolations: [],
        appraisals: [],
        passedUp: null,
        casualtyUpdates: [],
        levelHandover: { required: handoverRequired, note: null },
        team: null,
        reportExtension: null,
        report: null,
        approvalExtension: null,
        approval: null,
        publishedOn: null,
        items: [],
        evaluation: null,
        closedAt: null,
        documents: [],
        taskMarks: {},
        missingYears: [],
      };
    }
    case 'casualties_updated':
      return {
        ...s,
        deaths: e.deaths,
        seriousInjuries: e.seriousInjuries,
        directLossYuan: e.directLossYuan,
        ...(e.missing === undefined ? {} : { missing: e.missing }),
        grade: e.grade,
        level: e.level,
        casualtyUpdates: [
          ...s.casualtyUpdates,
          {
            at: e.at,
            deaths: e.deaths,
            seriousInjuries: e.seriousInjuries,
            directLossYuan: e.directLossYuan,
            ...(e.missing === undefined ? {} : { missing: e.missing }),
            ...(e.changedOn === undefined ? {} : { changedOn: e.changedOn }),
            grade: e.grade,
            level: e.level,
          },
        ],
        levelHandover:
          e.handoverRequired && !s.levelHandover.required ? { required: true, note: null } : s.levelHandover,
      };
    case 'late_report_penalty_opened':
      return { ...s, latePenaltyId: e.penaltyId };
    case 'reporting_violation_recorded':
      return {
        ...s,
        principal: e.principal,
        reportingViolations: [
          ...s.reportingViolations,
          { kind: e.kind, facts: e.facts, at: e.at, penalties: [] },
        ],
      };
    case 'reporting_penalty_opened': {
      // The penalties belong to the latest finding of that kind.
      const i = s.reportingViolations.map((v) => v.kind).lastIndexOf(e.kind);
      return {
        ...s,
        reportingViolations: s.reportingViolations.map((v, j) =>
          j === i ? { ...v, penalties: [...v.penalties, { penaltyId: e.penaltyId, against: e.against }] } : v,
        ),
      };
    }
    case 'technical_appraisal_started':
      return { ...s, appraisals: [...s.appraisals, { from: e.from, to: null, note: e.note }] };
    case 'technical_appraisal_ended':
      return { ...s, appraisals: s.appraisals.map((a) => (a.to === null ? { ...a, to: e.to } : a)) };
    case 'report_passed_up':
      return { ...s, passedUp: { at: e.at, to: e.to } };
    case 'level_handover_recorded':
      return { ...s, levelHandover: { required: true, note: e.note } };
    case 'team_formed':
      return {
        ...s,
        stage: 'investigating',
        team: { formedOn: e.formedOn, leader: e.leader, members: e.members },
      };
    case 'report_extension_requested':
      return {
        ...s,
        reportExtension: {
          days: e.days,
          status: 'requested',
          reason: e.reason,
          requestedBy: e.by?.userId ?? '',
        },
      };
    case 'report_extension_decided':
      return {
        ...s,
        reportExtension: { ...s.reportExtension!, status: e.approved ? 'approved' : 'refused' },
      };
    case 'report_submitted':
      return { ...s, stage: 'report_submitted', report: { submittedOn: e.submittedOn, summary: e.summary } };
    case 'approval_extension_requested':
      return {
        ...s,
        approvalExtension: {
          days: e.days,
          status: 'requested',
          reason: e.reason,
          requestedBy: e.by?.userId ?? '',
        },
      };
    case 'approval_extension_decided':
      return {
        ...s,
        approvalExtension: { ...s.approvalExtension!, status: e.approved ? 'approved' : 'refused' },
      };
    case 'report_approved':
      return { ...s, stage: 'approved', approval: { approvedOn: e.approvedOn, note: e.note } };
    case 'report_published':
      return { ...s, stage: 'published', publishedOn: e.publishedOn };
    case 'rectification_item_added':
      return {
        ...s,
        items: [
          ...s.items,
          {
            itemId: e.item.itemId,
            measure: e.item.measure,
            responsibleUnit: e.item.responsibleUnit,
            deadline: e.item.deadline,
            status: 'open',
          },
        ],
      };
    case 'rectification_item_finished':
      return { ...s, items: s.items.map((i) => (i.itemId === e.itemId ? { ...i, status: e.outcome } : i)) };
    case 'evaluation_recorded':
      return {
        ...s,
        stage: 'evaluated',
        evaluation: { evaluatedOn: e.evaluatedOn, result: e.result, referred: e.referred, publishedOn: null },
      };
    case 'evaluation_published':
      return { ...s, evaluation: { ...s.evaluation!, publishedOn: e.publishedOn } };
    case 'accident_closed':
      return { ...s, stage: 'closed', closedAt: e.at };
    default:
      // The clock's marks and calendar years: applyBookkeeping.
      return s;
  }
}

const reducer = procedureReducer<AccidentState, AccidentEvent>('accident_reported', step);

/** The reducer: every event bumps the sequence number, and the documents it issues are listed. */
export const applyAccidentEvent = reducer.apply;
export const applyAccidentEvents = reducer.applyAll;
