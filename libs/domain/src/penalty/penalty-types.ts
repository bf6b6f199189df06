import type { ServiceMethod, ServiceRecord } from '../service/service-record';
import type { IsoDate } from '../calendar/iso-date';
import type { Rulebook } from '../rulebook/rulebook';
import type { TaskMarks } from '../tasks/task-types';
import type { SurchargePause } from './late-payment';
import type { Party, Sanction } from './penalty-rules';

/**
 * 行政处罚一般程序 (行政处罚法 第54–67条; docs/domain.md §3.6), one procedure per penalty case:
 * proposed → (立案 approved) investigating → notified → in_review → deciding → decided → served
 * → closing → closed; or not_filed.
 */
export const PENALTY_STAGES = [
  'proposed',
  'not_filed',
  'investigating',
  'notified',
  'in_review',
  'deciding',
  'decided',
  'served',
  'closing',
  'closed',
] as const;
export type PenaltyStage = (typeof PENALTY_STAGES)[number];

/** Document types of the penalty procedure and the abbreviation in their number (洪应急罚决〔2026〕3号). */
export const PENALTY_DOCUMENT_TYPES = {
  filing_approval: '立审',
  evidence_preservation_notice: '登保',
  evidence_preservation_decision: '登处',
  penalty_notice: '罚告',
  hearing_notice: '听通',
  decision_extension: '延审',
  penalty_decision: '罚决',
  continuing_fine_decision: '连罚',
  payment_demand: '催告',
  court_enforcement_application: '强申',
  closure_proposal: '提关',
  closing_approval: '结案',
} as const;
export type PenaltyDocumentType = keyof typeof PENALTY_DOCUMENT_TYPES;

export interface IntendedPenalty {
  sanctions: Sanction[];
  fineFen: number;
  facts: string;
  legalBasis: string;
}

/** What a penalty case is opened with; the parent enforcement case, if any, and the pinned rulebook. */
export interface PenaltyOpening {
  penaltyId: string;
  /** The enforcement case it came from; null for a penalty opened on its own (e.g. a late accident report). */
  caseId: string | null;
  /** The accident a penalty for a late report comes from (国务院令第493号 第35条), if any. */
  accidentId?: string | null;
  agencyId: string;
  regionCode: string;
  docPrefix: string;
  party: Party;
  partyName: string;
  /** Unified social credit code of a unit; null for an individual. */
  creditCode: string | null;
  facts: string;
  /** The unit has a major hidden danger (安全生产法 第113条: the closure proposal counts only those). */
  majorHiddenDanger: boolean;
  /** The unit refused a suspension order in the enforcement case (安全生产法 第113条, a closure ground). */
  unitRefusedSuspension?: boolean;
  rulebook: Rulebook;
}

export interface PreservedEvidence {
  id: string;
  description: string;
  registeredOn: IsoDate;
  handling: {
    decidedOn: IsoDate;
    outcome: 'return' | 'confiscate' | 'seize' | 'keep_as_evidence';
    note: string;
  } | null;
}

export interface DecisionClockPause {
  reason: 'hearing' | 'appraisal';
  from: IsoDate;
  to: IsoDate | null;
}

export interface Remedy {
  kind: 'reconsideration' | 'lawsuit';
  filedOn: IsoDate;
  endedOn: IsoDate | null;
  outcome: 'upheld' | 'changed' | 'revoked' | 'withdrawn' | null;
}

export interface PenaltyState extends PenaltyOpening {
  stage: PenaltyStage;
  seq: number;
  openedAt: number;
  proposedBy: string;
  /** The investigators (承办人): never the approver, the hearing chair or the legal reviewer. */
  handlers: string[];
  filing: { on: IsoDate; approvedBy: string; complex: boolean; majorPublicInterest: boolean } | null;
  notFiledReason: string | null;
  evidence: PreservedEvidence[];
  notice:
    | (IntendedPenalty & {
        servedOn: IsoDate;
        defenceEnds: IsoDate;
        hearingRight: boolean;
        hearingRequestEnds: IsoDate | null;
      })
    | null;
  hearing: {
    requestedOn: IsoDate;
    date: IsoDate | null;
    chair: string | null;
    outcome: 'held' | 'waived' | null;
  } | null;
  review: {
    submittedBy: string;
    rounds: { reviewer: string; passed: boolean; opinion: string; on: IsoDate }[];
  } | null;
  deliberation: { on: IsoDate; participants: string[]; conclusion: string } | null;
  /** 第60条: 90 days from 立案, standing still during a hearing or appraisal, plus an approved extension. */
  decisionClock: {
    pauses: DecisionClockPause[];
    extensionDays: number;
    extensionRequest: { days: number; reason: string; requestedBy: string } | null;
  };
  decision: (IntendedPenalty & { decidedOn: IsoDate; decidedBy: string }) | null;
  /** 'changed' or 'revoked' after a reconsideration or lawsuit (or by the agency itself). */
  decisionStatus: 'in_force' | 'changed' | 'revoked';
  service: {
    servedOn: IsoDate;
    method: 'on_the_spot' | ServiceMethod;
    effectiveOn: IsoDate;
    /** The service record (送达回证: receiver, instant, witness, receipt …), when recorded with it. */
    record?: ServiceRecord;
  } | null;
  publication: {
    publishedOn: IsoDate;
    withdrawalDueFrom: IsoDate | null;
    withdrawnOn: IsoDate | null;
  } | null;
  remedies: Remedy[];
  continuingFines: { correctionOrderedOn: IsoDate; asOf: IsoDate; days: number; totalFen: number }[];
  payment: { paidOn: IsoDate; amountFen: number; surchargeFen: number } | null;
  surchargeCappedOn: IsoDate | null;
  /** Set by the clock once 30 days of surcharge have run: the written demand (催告) may go out. */
  demandDue: boolean;
  demand: { servedOn: IsoDate } | null;
  courtApplication: { filedOn: IsoDate } | null;
  closureProposal: { reason: string; due: boolean; submittedOn: IsoDate | null } | null;
  closing: { proposedBy: string; reason: string } | null;
  closedAt: number | null;
  documents: { key: string; type: PenaltyDocumentType; seq: number }[];
  taskMarks: Record<string, TaskMarks>;
  missingYears: number[];
}

/** The surcharge pauses: every reconsideration or lawsuit, from filing to its end (行政处罚法 第73条). */
export function surchargePauses(state: PenaltyState): SurchargePause[] {
  return state.remedies.map((r) => ({ from: r.filedOn, to: r.endedOn, reason: r.kind }));
}
