import type { ServiceRecord } from '../service/service-record';
import type { IsoDate } from '../calendar/iso-date';
import type { EventActor } from '../enforcement/case-events';
import type { TaskClockEvent } from '../tasks/task-types';
import type { AmountOwed } from './penalty-clocks';
import type {
  ClosureGround,
  HearingMinutes,
  IntendedPenalty,
  PartyStatement,
  PenaltyDocumentType,
  PenaltyOpening,
  PenaltyState,
  PreservedEvidence,
  Remedy,
} from './penalty-types';

interface Base {
  at: number;
  by?: EventActor;
  documents?: { key: string; type: PenaltyDocumentType }[];
}

/**
 * What happened in a penalty case. Each event carries what was decided at the time (computed windows
 * included), so the reducer only records and a replay years later reads the same story.
 */
export type PenaltyEvent = Base &
  (
    | ({ type: 'penalty_opened'; proposedBy: string; handlers: string[] } & PenaltyOpening)
    | {
        type: 'filing_decided';
        approved: boolean;
        note: string;
        complex: boolean;
        majorPublicInterest: boolean;
      }
    | {
        type: 'evidence_preservation_requested';
        evidence: Pick<PreservedEvidence, 'id' | 'description' | 'requestedOn'>;
      }
    | {
        type: 'evidence_preservation_decided';
        evidenceId: string;
        approved: boolean;
        on: IsoDate;
        note: string;
      }
    | {
        type: 'evidence_registered';
        /** Histories before the prior approval carry the whole item (description too). */
        evidence: { id: string; registeredOn: IsoDate; description?: string };
      }
    | { type: 'evidence_handled'; evidenceId: string; handling: NonNullable<PreservedEvidence['handling']> }
    | ({
        type: 'notice_served';
        servedOn: IsoDate;
        /** The service record the periods count from (absent in histories before it). */
        service?: ServiceRecord;
        defenceEnds: IsoDate;
        hearingRight: boolean;
        hearingRequestEnds: IsoDate | null;
      } & IntendedPenalty)
    | { type: 'hearing_requested'; requestedOn: IsoDate }
    | { type: 'hearing_scheduled'; date: IsoDate; chair: string; time?: string; place?: string }
    | { type: 'hearing_recorded'; outcome: 'held' | 'waived'; on: IsoDate; minutes?: HearingMinutes | null }
    | { type: 'statement_recorded'; statement: Omit<PartyStatement, 'review' | 'recordedBy'> }
    | {
        type: 'statement_reviewed';
        statementId: string;
        on: IsoDate;
        adopted: string;
        notAdopted: string;
        reasons: string;
      }
    | { type: 'submitted_for_decision'; reviewRequired: boolean }
    | { type: 'legal_review_recorded'; passed: boolean; opinion: string; on: IsoDate }
    | { type: 'deliberation_recorded'; on: IsoDate; participants: string[]; conclusion: string }
    | { type: 'decision_clock_paused'; reason: 'appraisal'; on: IsoDate }
    | { type: 'decision_clock_resumed'; on: IsoDate }
    | { type: 'decision_extension_requested'; days: number; reason: string }
    | { type: 'decision_extension_decided'; approved: boolean; days: number; note: string }
    | ({ type: 'penalty_decided'; decidedOn: IsoDate; hearingRecordOn?: IsoDate | null } & IntendedPenalty)
    | {
        type: 'decision_served';
        servedOn: IsoDate;
        method: NonNullable<PenaltyState['service']>['method'];
        effectiveOn: IsoDate;
        record?: ServiceRecord;
      }
    | { type: 'decision_published'; publishedOn: IsoDate }
    | { type: 'publication_withdrawn'; withdrawnOn: IsoDate }
    | { type: 'remedy_filed'; kind: Remedy['kind']; filedOn: IsoDate }
    | {
        type: 'remedy_ended';
        kind: Remedy['kind'];
        endedOn: IsoDate;
        outcome: NonNullable<Remedy['outcome']>;
        /** A changed decision's new fine (the penalty never rises through a remedy the party sought). */
        newFineFen: number | null;
      }
    | {
        type: 'correction_refusal_recorded';
        correctionOrderedOn: IsoDate;
        reinspectedOn: IsoDate;
        finding: string;
      }
    | {
        type: 'continuing_fine_noticed';
        servedOn: IsoDate;
        service?: ServiceRecord;
        asOf: IsoDate;
        days: number;
        totalFen: number;
        defenceEnds: IsoDate;
        hearingRight?: boolean;
        hearingRequestEnds?: IsoDate | null;
      }
    | { type: 'closure_ground_recorded'; ground: ClosureGround; facts: string; on: IsoDate }
    | {
        type: 'continuing_fine_imposed';
        correctionOrderedOn: IsoDate;
        asOf: IsoDate;
        days: number;
        totalFen: number;
      }
    | { type: 'payment_recorded'; paidOn: IsoDate; amountFen: number; surchargeFen: number }
    | { type: 'surcharge_capped'; on: IsoDate; amountFen: number }
    | { type: 'demand_due'; surchargeDays: number }
    | {
        type: 'demand_served';
        servedOn: IsoDate;
        service?: ServiceRecord;
        /** What was owed on that day, item by item (the 催告书 prints it); absent in older histories. */
        owed?: AmountOwed | null;
      }
    | {
        /** 送达回证: issued with every service recorded with its record (document type 回). */
        type: 'service_receipt_issued';
        service: ServiceRecord;
        servedDocument: { key: string; type: string; number?: string };
        /** Further documents handed over in the same service (the 听证告知书 with its 告知书). */
        alsoServed?: { key: string; type: string; number?: string }[];
      }
    | { type: 'court_enforcement_applied'; filedOn: IsoDate; court?: string }
    | { type: 'closure_proposal_due'; reason: string }
    | { type: 'closure_proposal_submitted'; submittedOn: IsoDate; note: string }
    | { type: 'closing_proposed'; reason: string }
    | { type: 'closing_decided'; approved: boolean; note: string }
    | { type: 'calendar_reloaded'; years: number[] }
    | TaskClockEvent
  );

export type PenaltyEventType = PenaltyEvent['type'];
