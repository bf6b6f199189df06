import type { IsoDate } from '../calendar/iso-date';
import type { EventActor } from '../enforcement/case-events';
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
  reportedAt: number;
  unit: { name: string; creditCode: string };
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
  /** The penalty procedure opened against the unit for a late report, once started. */
  latePenaltyId: string | null;
  /** 逐级上报 (第10–11条): when and to whom the agency passed the report up. */
  passedUp: { at: number; to: string } | null;
  casualtyUpdates: (Casualties & { at: number; grade: AccidentGrade; level: InvestigatingLevel })[];
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
      } & Casualties)
    | { type: 'late_report_penalty_opened'; penaltyId: string }
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
    | { type: 'rectification_item_added'; item: Omit<AccidentItem, 'status'> & { creditCode: string } }
    | { type: 'rectification_item_finished'; itemId: string; outcome: 'done' | 'referred' }
    | { type: 'evaluation_recorded'; evaluatedOn: IsoDate; result: string; referred: string[] }
    | { type: 'evaluation_published'; publishedOn: IsoDate }
    | { type: 'accident_closed'; note: string }
    | { type: 'calendar_reloaded'; years: number[] }
    | TaskClockEvent
  );

export type AccidentCommand =
  | ({ type: 'update_casualties'; note: string } & Casualties)
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
    }
  | { type: 'record_evaluation'; result: string }
  | { type: 'publish_evaluation'; publishedOn: IsoDate }
  | { type: 'close_accident'; note: string };
