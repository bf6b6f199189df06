import type { IsoDate } from '../calendar/iso-date';
import type { ServiceInput } from '../service/service-record';
import type {
  CaseOfficer,
  Evidence,
  InventoryItem,
  MeasureKind,
  Severity,
  SummaryPenalty,
} from './case-types';

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
      /** Cut-offs: 危及生产安全的紧急情形 (安全生产法 第70条), with its reason: no 24 hours' notice. */
      urgent?: boolean;
      urgencyReason?: string | null;
      /** 查封/扣押: the items (行政强制法 第24条). */
      inventory?: InventoryItem[];
    }
  | {
      type: 'take_emergency_measure';
      kind: MeasureKind;
      dangerIds: string[];
      reason: string;
      takenAt: number;
      /** 查封/扣押: the items (行政强制法 第24条), also for an emergency seizure. */
      inventory?: InventoryItem[];
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
  | {
      /** 行政强制法 第18条: on-site record, reasons/basis/rights notified, the party's statement heard. */
      type: 'record_measure_procedure';
      measureId: string;
      onSiteRecordAt: number;
      partySigned: boolean;
      refusalNote: string | null;
      informed: boolean;
      statement: string | null;
      statementWaived: boolean;
    }
  /** 送达: a numbered document of the case reached the party (the 送达回证's facts). */
  | { type: 'record_service'; documentKey: string; service: ServiceInput }
  /** `unrectifiedReason`: why the case closes with a danger neither closed out nor carried on. */
  | {
      type: 'close_case';
      note: string;
      unrectifiedReason?: string | null;
      /**
       * Judicial transfers of this case still open, also those started from its penalty cases (行政处罚法
       * 第27条), looked up by the workflow in the read model before it decides; never sent by a client.
       */
      openTransfers?: string[];
    };

export type CaseCommandType = CaseCommand['type'];
