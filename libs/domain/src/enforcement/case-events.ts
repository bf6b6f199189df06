import type { IsoDate } from '../calendar/iso-date';
import type { ServiceRecord } from '../service/service-record';
import type {
  CaseOfficer,
  DangerDisposition,
  MeasureProcedure,
  CaseOpening,
  DocumentType,
  HiddenDanger,
  Measure,
  MeasureKind,
  SummaryPenalty,
} from './case-types';

/** Who did it, as the audit log shows it; absent for the clock's own events. */
export interface EventActor {
  userId: string;
  username: string;
  role: string;
}

interface Base {
  at: number;
  by?: EventActor;
  /** Documents this event issues; numbered by the read-model activity, atomically per agency/type/year. */
  documents?: { key: string; type: DocumentType }[];
}

export type CaseEvent = Base &
  (
    | ({ type: 'case_opened' } & CaseOpening)
    | {
        type: 'inspection_recorded';
        officers: CaseOfficer[];
        inspectedAt: number;
        place: string;
        findings: HiddenDanger[];
        unitRefusedToSign: boolean;
        refusalNote: string | null;
      }
    | { type: 'order_issued'; deadline: IsoDate; instructions: string; correctedOnSite: string[] }
    | { type: 'rectification_reported'; receivedOn: IsoDate; note: string }
    | {
        type: 'reinspection_recorded';
        results: { dangerId: string; rectified: boolean; note: string }[];
      }
    | { type: 'extension_requested'; newDeadline: IsoDate; reason: string }
    | { type: 'extension_decided'; approved: boolean; note: string }
    | { type: 'measure_proposed'; measure: Measure }
    | { type: 'emergency_measure_taken'; measure: Measure }
    | {
        type: 'measure_decided';
        measureId: string;
        approved: boolean;
        note: string;
        /** Histories before the service record: the notice counted from the approval. */
        noticeHours: number | null;
        /** Cut-offs: `notice` waits for the notice's service, `urgent` takes effect now. */
        cutoff?: 'notice' | 'urgent';
        /** An emergency measure confirmed after its 24 hours (行政强制法 第19条). */
        late?: boolean;
      }
    | { type: 'measure_effective'; measureId: string }
    | { type: 'measure_procedure_recorded'; measureId: string; procedure: MeasureProcedure }
    | { type: 'emergency_confirmation_overdue'; measureId: string; dueAt: number }
    | {
        type: 'document_served';
        documentKey: string;
        documentType: DocumentType;
        service: ServiceRecord;
        /** The document served, as the 送达回证 (issued by this event, type 回) names it. */
        servedDocument?: { key: string; type: string; number?: string };
        /** A cut-off notice: the end of its 24 hours, counted from the service's effective instant. */
        noticeUntil: number | null;
      }
    | { type: 'measure_refused_by_unit'; measureId: string; note: string }
    | { type: 'measure_lifted'; measureId: string; reason: string }
    | { type: 'seizure_testing'; measureId: string; action: 'start' | 'end'; on: IsoDate }
    | { type: 'seizure_extended'; measureId: string; days: number }
    | { type: 'penalty_proposed'; dangerIds: string[]; summary: string }
    | ({ type: 'summary_penalty_imposed' } & SummaryPenalty)
    | { type: 'penalty_proposal_acknowledged'; note: string; penaltyId?: string }
    | {
        type: 'transfer_reported';
        transferId: string;
        team: { userId: string; username: string; displayName: string }[];
        suspectedOffence: string;
        facts: string;
        note: string;
      }
    | { type: 'procedure_finished'; kind: 'penalty' | 'transfer'; id: string; outcome: string }
    | {
        type: 'case_closed';
        reason: 'no_findings' | 'rectified' | 'by_supervisor';
        note: string;
        dangers?: DangerDisposition[];
        unrectifiedReason?: string | null;
      }
    | { type: 'task_reminded'; taskKey: string; dueAt: number }
    | { type: 'task_overdue'; taskKey: string; dueAt: number; level?: number; to?: string }
    | { type: 'task_escalated'; taskKey: string; level: number; to: string }
    | { type: 'calendar_year_missing'; year: number }
    | { type: 'calendar_reloaded'; years: number[] }
  );

export type CaseEventType = CaseEvent['type'];
export type EventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

/** The kinds of measure whose record is a numbered decision. */
export type { MeasureKind };
