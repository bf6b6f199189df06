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

/** Document types of the penalty procedure and their default abbreviation (洪应急罚〔2026〕3号). */
export const PENALTY_DOCUMENT_TYPES = {
  filing_approval: '立',
  evidence_preservation_notice: '先保',
  evidence_preservation_decision: '先处',
  penalty_notice: '罚告',
  /** 听证告知书: served with the notice when the intended penalty gives the right (行政处罚法 第63条). */
  hearing_right_notice: '听告',
  hearing_notice: '听通',
  decision_extension: '延审',
  penalty_decision: '罚',
  continuing_fine_notice: '连告',
  continuing_fine_decision: '连罚',
  payment_demand: '催',
  court_enforcement_application: '强执',
  closure_proposal: '提关',
  closing_approval: '结',
  service_receipt: '回',
} as const;
export type PenaltyDocumentType = keyof typeof PENALTY_DOCUMENT_TYPES;

/**
 * A natural person as the party (e.g. a unit's 主要负责人 for a late, false or concealed accident
 * report, 安全生产法 第110条): who they are and the income a fine on them is measured on.
 */
export interface IndividualParty {
  name: string;
  /** 居民身份证号 (GB 11643, its check character validated at the edge). */
  idNumber: string;
  /** Their position in the unit, e.g. 董事长、总经理. */
  position: string;
  /** 上一年年收入, in fen. */
  lastYearIncomeFen: number;
  /** The unit they hold the position in, if any. */
  unit?: { name: string; creditCode: string } | null;
}

/** A fine measured on the party's income: the share range the rulebook gives its article. */
export interface IncomeFine {
  /** The rule ids of the lowest and highest share, e.g. `fine.principal_income.min` / `.max`. */
  rule: 'fine.principal_income';
  minFen: number;
  maxFen: number;
  source: string;
}

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
  /** The accident a penalty for a late, false or concealed report comes from (安全生产法 第110条), if any. */
  accidentId?: string | null;
  agencyId: string;
  regionCode: string;
  docPrefix: string;
  party: Party;
  partyName: string;
  /** Unified social credit code of a unit; null for an individual. */
  creditCode: string | null;
  /** Who the individual is, when the party is one (an older record may not say). */
  individual?: IndividualParty | null;
  /** A fine the law measures on the individual's income (安全生产法 第110条): its range, fixed at opening. */
  incomeFine?: IncomeFine | null;
  facts: string;
  /** The unit has a major hidden danger (安全生产法 第113条: the closure proposal counts only those). */
  majorHiddenDanger: boolean;
  /** The unit refused a suspension order in the enforcement case (安全生产法 第113条, a closure ground). */
  unitRefusedSuspension?: boolean;
  /** Further grounds of 安全生产法 第113条 known when the case opens (see `ClosureGround`). */
  closureGrounds?: ClosureGround[];
  rulebook: Rulebook;
}

/**
 * The grounds of 安全生产法 第113条 on which the agency proposes closure to the local government:
 * (一) a major hidden danger and 3 penalties within 180 days or 4 within a year (counted across cases);
 * (二) still without the statutory safety conditions after a suspension for rectification;
 * (三) without the safety conditions, causing a major or especially major accident;
 * (四) refusal of a suspension decision.
 */
export const CLOSURE_GROUNDS = [
  'repeat_penalties',
  'unsafe_after_suspension',
  'major_accident_unsafe',
  'refused_suspension',
] as const;
export type ClosureGround = (typeof CLOSURE_GROUNDS)[number];

/**
 * 先行登记保存 (行政处罚法 第56条): requested by the investigators, approved beforehand by the agency's
 * head (负责人), registered (the notice and list served), decided within 7 working days.
 */
export interface PreservedEvidence {
  id: string;
  description: string;
  status: 'requested' | 'approved' | 'refused' | 'registered';
  requestedOn: IsoDate;
  requestedBy: string;
  approval: { approved: boolean; on: IsoDate; by: string; note: string } | null;
  /** Null until registered, after the approval. */
  registeredOn: IsoDate | null;
  handling: {
    decidedOn: IsoDate;
    outcome: 'return' | 'confiscate' | 'seize' | 'keep_as_evidence';
    note: string;
    /** Decided after the 7 working days of 第56条: recorded as late, never refused. */
    late?: boolean;
  } | null;
}

/**
 * The party's statement and defence (陈述、申辩, 行政处罚法 第45条), recorded as received, and the
 * agency's review (复核) of it: which facts, reasons and evidence it adopts and which not, and why.
 */
export interface PartyStatement {
  id: string;
  /** The notice it answers: the intended penalty, or a continuing fine's notice. */
  answers: 'penalty_notice' | 'continuing_fine_notice';
  receivedOn: IsoDate;
  form: 'written' | 'oral';
  content: string;
  recordedBy: string;
  review: {
    on: IsoDate;
    by: string;
    adopted: string;
    notAdopted: string;
    reasons: string;
  } | null;
}

/** 听证笔录 (行政处罚法 第64条(八)): the record the decision is made on (第65条). */
export interface HearingMinutes {
  on: IsoDate;
  participants: string[];
  /** What the investigators put forward, the party's statements, defence and cross-examination. */
  summary: string;
  /** Signed by the participants; a refusal to sign is recorded instead. */
  signed: boolean;
  refusalNote: string | null;
  /**
   * The record's own sections, each optional (minutes recorded before them hold only the summary,
   * which the 听证笔录 then prints in their place). Times are `HH:mm`, China time, on `on`.
   */
  startTime?: string | null;
  endTime?: string | null;
  place?: string | null;
  /** 听证员 beside the chair, and the 书记员 who wrote the record. */
  panel?: string[];
  recorder?: string | null;
  /** 调查人员提出的违法事实、证据和行政处罚建议 (第64条(七)). */
  investigatorsCase?: string | null;
  /** 当事人的陈述、申辩. */
  partyStatement?: string | null;
  /** 质证、辩论. */
  crossExamination?: string | null;
  /** 当事人最后陈述. */
  finalStatement?: string | null;
}

/** The sections of the minutes beyond the summary, in the order the record prints them. */
export const MINUTES_SECTIONS = [
  'investigatorsCase',
  'partyStatement',
  'crossExamination',
  'finalStatement',
] as const;

/**
 * 按日连续处罚 (安全生产法 第112条): only after a re-inspection finds the unit refused to correct, and as
 * a penalty of its own: notice, statement and defence (行政处罚法 第44–45条), then the approval.
 */
export interface ContinuingFineProceeding {
  correctionOrderedOn: IsoDate;
  reinspectedOn: IsoDate;
  finding: string;
  notice: {
    servedOn: IsoDate;
    service?: ServiceRecord;
    asOf: IsoDate;
    days: number;
    totalFen: number;
    defenceEnds: IsoDate;
    /** A continuing fine large enough gives the right to a hearing too (第63条). */
    hearingRight?: boolean;
    hearingRequestEnds?: IsoDate | null;
  } | null;
  hearing?: Hearing | null;
}

/**
 * The hearing the hearing commands act on: after the decision, the continuing fine's (its notice is
 * the open one); before, the intended penalty's.
 */
export function currentHearing(state: PenaltyState): Hearing | null {
  return state.stage === 'served' ? (state.continuingFine?.hearing ?? null) : state.hearing;
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

/** A hearing (行政处罚法 第63–65条): of the intended penalty, or of a continuing fine's notice. */
export interface Hearing {
  requestedOn: IsoDate;
  date: IsoDate | null;
  chair: string | null;
  /** The hour (`HH:mm`) and place notified, when the scheduling recorded them. */
  time?: string | null;
  place?: string | null;
  outcome: 'held' | 'waived' | null;
  /** The hearing record; a held hearing without it blocks the decision (第65条). */
  minutes?: HearingMinutes | null;
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
        /** The service record (送达回证) the periods count from; histories before it lack it. */
        service?: ServiceRecord;
        defenceEnds: IsoDate;
        hearingRight: boolean;
        hearingRequestEnds: IsoDate | null;
      })
    | null;
  hearing: Hearing | null;
  /** Statements and defences received, with their review (行政处罚法 第45条). */
  statements?: PartyStatement[];
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
  decision:
    | (IntendedPenalty & {
        decidedOn: IsoDate;
        decidedBy: string;
        /** The day of the hearing record the decision is made on (第65条), when a hearing was held. */
        hearingRecordOn?: IsoDate | null;
      })
    | null;
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
  /** A continuing fine on its way: refusal found on re-inspection, notice, defence (安全生产法 第112条). */
  continuingFine?: ContinuingFineProceeding | null;
  payment: { paidOn: IsoDate; amountFen: number; surchargeFen: number } | null;
  surchargeCappedOn: IsoDate | null;
  /** Set by the clock once 30 days of surcharge have run: the written demand (催告) may go out. */
  demandDue: boolean;
  /** The written demand (催告); the 10 working days of 行政强制法 第54条 run from `effectiveOn`. */
  demand: { servedOn: IsoDate; effectiveOn?: IsoDate; record?: ServiceRecord } | null;
  /** The court is absent on applications recorded before it was. */
  courtApplication: { filedOn: IsoDate; court?: string } | null;
  closureProposal: { reason: string; due: boolean; submittedOn: IsoDate | null } | null;
  /** 第113条 grounds recorded in this case (the repeat-penalty ground is counted across cases). */
  closureGroundsFound?: { ground: ClosureGround; facts: string; on: IsoDate }[];
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
