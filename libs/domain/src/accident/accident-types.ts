import type { IsoDate } from '../calendar/iso-date';
import type { EventActor } from '../enforcement/case-events';
import type { IndividualParty } from '../penalty/penalty-types';
import type { Rulebook } from '../rulebook/rulebook';
import type { TaskClockEvent, TaskMarks } from '../tasks/task-types';
import type { AccidentGrade, Casualties, InvestigatingLevel } from './accident-grade';

/**
 * 事故调查处理 (国务院令第493号; 安全生产法 第83–86条), docs/domain.md §4: intake → team formed → report (60
 * days, one extension ≤ 60) → approval (15 days; especially major 30 + ≤ 30) → publication →
 * rectification items (child workflows) → evaluation within a year → closed.
 */
export const ACCIDENT_STAGES = [
  'reported',
  'investigating',
  'report_submitted',
  'approved',
  'published',
  'evaluated',
  'closed',
] as const;
export type AccidentStage = (typeof ACCIDENT_STAGES)[number];
export const ACCIDENT_CATEGORIES = ['road_traffic', 'fire', 'other'] as const;
export type AccidentCategory = (typeof ACCIDENT_CATEGORIES)[number];

/**
 * Reporting violations found after intake (DOMAIN §4), beside the late report (迟报) measured at intake:
 * 谎报 (a false report) and 瞒报 (a concealed one), 安全生产法 第110条 and 国务院令第493号 第36条; 漏报 (an
 * omitted one: the accident, or casualties or facts it had to include, left out of the report,
 * 国务院令第493号 第9条、第12条), like 迟报 the 主要负责人's violation alone (第110条; 493号令 第35条).
 */
export const REPORTING_VIOLATIONS = ['false_report', 'concealment', 'omission'] as const;
export type ReportingViolation = (typeof REPORTING_VIOLATIONS)[number];

export const ACCIDENT_DOCUMENT_TYPES = {
  investigation_team: '调组',
  report_extension: '调延',
  approval: '批复',
  approval_extension: '批延',
  rectification_notice: '整改',
  evaluation: '评估',
} as const;
export type AccidentDocumentType = keyof typeof ACCIDENT_DOCUMENT_TYPES;

export interface AccidentOpening extends Casualties {
  accidentId: string;
  agencyId: string;
  regionCode: string;
  docPrefix: string;
  occurredAt: number;
  /**
   * When the unit's head received the report from the scene (国务院令第493号 第9条): the hour to
   * report runs from it. Null or absent when not known: the accident's time counts, and the record says so.
   */
  unitHeadNotifiedAt?: number | null;
  /** When the agency received the unit's report. */
  reportedAt: number;
  unit: { name: string; creditCode: string };
  /** The unit's 主要负责人, the violator of a late, false or concealed report (安全生产法 第110条). */
  principal?: IndividualParty | null;
  /** Where it happened (行政区划代码). */
  location: string;
  industry: string;
  category: AccidentCategory;
  summary: string;
  rulebook: Rulebook;
}

export interface AccidentItem {
  itemId: string;
  measure: string;
  responsibleUnit: string;
  deadline: IsoDate;
  status: 'open' | 'done' | 'referred';
}

export interface AccidentState extends AccidentOpening {
  stage: AccidentStage;
  seq: number;
  openedBy: string;
  handlers: string[];
  grade: AccidentGrade;
  level: InvestigatingLevel;
  lateReport: boolean;
  /** What the hour of 第9条 was counted from: the head's receipt, or (not known) the accident itself. */
  lateReportMeasuredFrom: 'unit_head_notified' | 'accident_time';
  /** The penalty procedure opened for a late report (against the 主要负责人), once started. */
  latePenaltyId: string | null;
  /** 漏报 / 谎报 / 瞒报 found (DOMAIN §4): penalties on the 主要负责人, and for 谎报 / 瞒报 on the unit. */
  reportingViolations: {
    kind: ReportingViolation;
    facts: string;
    at: number;
    penalties: { penaltyId: string; against: 'principal' | 'unit' }[];
  }[];
  /** 技术鉴定 (第27条): the report clock stands still from the day it starts to the day it ends. */
  appraisals: { from: IsoDate; to: IsoDate | null; note: string }[];
  /** 逐级上报 (第10–11条): when and to whom the agency passed the report up. */
  passedUp: { at: number; to: string } | null;
  casualtyUpdates: (Casualties & {
    at: number;
    /** The day the change happened (a death in hospital), which the 30-day window judges. */
    changedOn?: IsoDate;
    grade: AccidentGrade;
    level: InvestigatingLevel;
  })[];
  levelHandover: { required: boolean; note: string | null };
  team: { formedOn: IsoDate; leader: string; members: string[] } | null;
  reportExtension: {
    days: number;
    status: 'requested' | 'approved' | 'refused';
    reason: string;
    requestedBy: string;
  } | null;
  report: { submittedOn: IsoDate; summary: string } | null;
  approvalExtension: {
    days: number;
    status: 'requested' | 'approved' | 'refused';
    reason: string;
    requestedBy: string;
  } | null;
  approval: { approvedOn: IsoDate; note: string } | null;
  publishedOn: IsoDate | null;
  items: AccidentItem[];
  evaluation: {
    evaluatedOn: IsoDate;
    result: string;
    referred: string[];
    publishedOn: IsoDate | null;
  } | null;
  closedAt: number | null;
  documents: { key: string; type: AccidentDocumentType; seq: number }[];
  taskMarks: Record<string, TaskMarks>;
  missingYears: number[];
}

interface Base {
  at: number;
  by?: EventActor;
  documents?: { key: string; type: AccidentDocumentType }[];
}

export type AccidentEvent = Base &
  (
    | ({
        type: 'accident_reported';
        grade: AccidentGrade;
        level: InvestigatingLevel;
        lateReport: boolean;
        handoverRequired: boolean;
      } & AccidentOpening)
    | ({
        type: 'casualties_updated';
        grade: AccidentGrade;
        previousGrade: AccidentGrade;
        level: InvestigatingLevel;
        previousLevel: InvestigatingLevel;
        handoverRequired: boolean;
        note: string;
        changedOn?: IsoDate;
      } & Casualties)
    | { type: 'late_report_penalty_opened'; penaltyId: string }
    | {
        type: 'reporting_violation_recorded';
        kind: ReportingViolation;
        facts: string;
        principal: IndividualParty;
      }
    | {
        type: 'reporting_penalty_opened';
        kind: ReportingViolation;
        penaltyId: string;
        against: 'principal' | 'unit';
      }
    | { type: 'technical_appraisal_started'; from: IsoDate; note: string }
    | { type: 'technical_appraisal_ended'; to: IsoDate }
    | { type: 'report_passed_up'; to: string }
    | { type: 'level_handover_recorded'; note: string }
    | { type: 'team_formed'; formedOn: IsoDate; leader: string; members: string[] }
    | { type: 'report_extension_requested'; days: number; reason: string }
    | { type: 'report_extension_decided'; approved: boolean; note: string }
    | { type: 'report_submitted'; submittedOn: IsoDate; summary: string }
    | { type: 'approval_extension_requested'; days: number; reason: string }
    | { type: 'approval_extension_decided'; approved: boolean; note: string }
    | { type: 'report_approved'; approvedOn: IsoDate; note: string }
    | { type: 'report_published'; publishedOn: IsoDate }
    | {
        type: 'rectification_item_added';
        item: Omit<AccidentItem, 'status'> & {
          creditCode: string;
          summonsPlace?: string;
          referralAddressee?: string;
        };
      }
    | { type: 'rectification_item_finished'; itemId: string; outcome: 'done' | 'referred' }
    | { type: 'evaluation_recorded'; evaluatedOn: IsoDate; result: string; referred: string[] }
    | { type: 'evaluation_published'; publishedOn: IsoDate }
    | { type: 'accident_closed'; note: string }
    | { type: 'calendar_reloaded'; years: number[] }
    | TaskClockEvent
  );

export type AccidentCommand =
  | ({
      type: 'update_casualties';
      note: string;
      /** The day the change happened; today when not given. */
      changedOn?: IsoDate;
    } & Casualties)
  | {
      type: 'record_reporting_violation';
      kind: ReportingViolation;
      facts: string;
      /** Needed when the intake did not name the 主要负责人. */
      principal?: IndividualParty;
    }
  | { type: 'start_technical_appraisal'; on: IsoDate; note: string }
  | { type: 'end_technical_appraisal'; on: IsoDate }
  | { type: 'record_level_handover'; note: string }
  | { type: 'record_passed_up'; to: string }
  | { type: 'form_team'; leader: string; members: string[] }
  | { type: 'request_report_extension'; days: number; reason: string }
  | { type: 'decide_report_extension'; approve: boolean; note: string }
  | { type: 'submit_report'; summary: string }
  | { type: 'request_approval_extension'; days: number; reason: string }
  | { type: 'decide_approval_extension'; approve: boolean; note: string }
  | { type: 'approve_report'; note: string }
  | { type: 'record_publication'; publishedOn: IsoDate }
  | {
      type: 'add_rectification_item';
      itemId: string;
      measure: string;
      responsibleUnit: string;
      creditCode: string;
      deadline: IsoDate;
      /** Where the unit's head is summoned (约谈) should the item fall that far behind. */
      summonsPlace?: string;
      /** The organ an accountability referral (问责) of the item is addressed to. */
      referralAddressee?: string;
    }
  | { type: 'record_evaluation'; result: string }
  | { type: 'publish_evaluation'; publishedOn: IsoDate }
  | { type: 'close_accident'; note: string };
