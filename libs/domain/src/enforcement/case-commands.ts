import type { IsoDate } from '../calendar/iso-date';
import type { CaseOfficer, Evidence, MeasureKind, Severity, SummaryPenalty } from './case-types';

/** A hidden danger as the officer records it; the case numbers it (D1, D2, …). */
export interface FindingInput {
  description: string;
  severity: Severity;
  legalBasis: string;
  evidence: Evidence[];
}

/** Human decisions on an enforcement case: each one is a Workflow Update, checked by `decide`. */
export type CaseCommand =
  | {
      type: 'record_inspection';
      /** Resolved by the API from usernames: the workflow trusts the lookup, checks the rules. */
      officers: CaseOfficer[];
      inspectedAt: number;
      place: string;
      findings: FindingInput[];
      unitRefusedToSign: boolean;
      refusalNote: string | null;
    }
  | { type: 'issue_order'; deadline: IsoDate; instructions: string; correctedOnSite: string[] }
  | { type: 'record_rectification_report'; receivedOn: IsoDate; note: string }
  | { type: 'record_reinspection'; results: { dangerId: string; rectified: boolean; note: string }[] }
  | { type: 'request_extension'; newDeadline: IsoDate; reason: string }
  | { type: 'decide_extension'; approve: boolean; note: string }
  | {
      type: 'propose_measure';
      kind: MeasureKind;
      dangerIds: string[];
      reason: string;
      residentialSupply: boolean;
    }
  | {
      type: 'take_emergency_measure';
      kind: MeasureKind;
      dangerIds: string[];
      reason: string;
      takenAt: number;
    }
  | { type: 'decide_measure'; measureId: string; approve: boolean; note: string }
  | { type: 'record_unit_refusal'; measureId: string; note: string }
  | { type: 'seizure_testing'; measureId: string; action: 'start' | 'end'; on: IsoDate }
  | { type: 'extend_seizure'; measureId: string; days: number }
  | { type: 'lift_measure'; measureId: string; reason: string }
  | { type: 'propose_penalty'; dangerIds: string[]; summary: string }
  | ({ type: 'impose_summary_penalty' } & SummaryPenalty)
  /** `penaltyId` names the penalty procedure it opens (the API derives it from the request). */
  | { type: 'acknowledge_penalty_proposal'; note: string; penaltyId?: string }
  | {
      type: 'report_transfer';
      transferId: string;
      team: { userId: string; username: string; displayName: string }[];
      suspectedOffence: string;
      facts: string;
    }
  | { type: 'close_case'; note: string };

export type CaseCommandType = CaseCommand['type'];
