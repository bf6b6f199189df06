import type { IsoDate } from '../calendar/iso-date';
import type { EventActor } from '../enforcement/case-events';
import type { Rulebook } from '../rulebook/rulebook';
import type { TaskClockEvent, TaskMarks } from '../tasks/task-types';

/**
 * 涉嫌犯罪案件移送 (行政执法机关移送涉嫌犯罪案件的规定, 国务院令第310号; 应急〔2019〕54号): a team of
 * two or more reports → the head decides (3 days) → sent to public security (24 hours) → police decide
 * (3 days) → on refusal, reconsideration (3 + 3 days) → procuratorate supervision (3 days) → items and
 * files handed over (3 days after filing).
 */
export const TRANSFER_STAGES = [
  'reported',
  'approved',
  'sent',
  'police_filed',
  'police_refused',
  'reconsideration_requested',
  'reconsideration_refused',
  'procuratorate_requested',
  'closed',
] as const;
export type TransferStage = (typeof TRANSFER_STAGES)[number];

export const TRANSFER_DOCUMENT_TYPES = {
  transfer_approval: '移审',
  transfer_letter: '移',
  transfer_reconsideration_request: '提复',
  procuratorate_supervision_request: '检督',
  handover_list: '移交',
  // 第6条: what the transfer letter encloses.
  transfer_investigation_report: '移调',
  transfer_item_inventory: '移清',
  transfer_appraisal: '移鉴',
} as const;
export type TransferDocumentType = keyof typeof TRANSFER_DOCUMENT_TYPES;

/** 国务院令第310号 第11条: what the case file states for as long as the transfer stands. */
export const NO_PENALTY_INSTEAD =
  '行政处罚不得代替移送 (国务院令第310号 第11条): a fine never replaces the transfer; measures already taken stay in force';

export interface TransferOpening {
  transferId: string;
  /** The enforcement case it came from; null for one started in a penalty case opened on its own. */
  caseId: string | null;
  agencyId: string;
  regionCode: string;
  docPrefix: string;
  enterpriseName: string;
  creditCode: string;
  suspectedOffence: string;
  facts: string;
  /** The reporting team: at least two officers (第5条). */
  team: { userId: string; username: string; displayName: string }[];
  rulebook: Rulebook;
  /** Started from inside this penalty case (行政处罚法 第27条): it names the penalty. */
  penaltyId?: string | null;
}

/**
 * 国务院令第310号 第6条: the transfer letter encloses the investigation report, the inventory of the
 * items involved, and the test or appraisal conclusions (where there are any).
 */
export interface TransferPackage {
  investigationReport: string;
  items: { item: string; quantity: string }[];
  appraisals: { title: string; conclusion: string }[];
}

export type TransferOutcome = 'handed_over' | 'refused_by_head' | 'not_filed' | null;

export interface TransferState extends TransferOpening {
  stage: TransferStage;
  seq: number;
  reportedOn: IsoDate;
  reportedBy: string;
  handlers: string[];
  headDecision: { approved: boolean; at: number; by: string; note: string } | null;
  sentAt: number | null;
  sentOn: IsoDate | null;
  /** The 第6条 package sent with the letter (absent on transfers sent before it was recorded). */
  package?: TransferPackage | null;
  /** The public security organ it was sent to (absent on transfers recorded before it was). */
  policeOrgan?: string;
  /** After a refusal that ends the transfer, the case goes on as administrative handling (第9条, 第12条). */
  administrativeHandling?: boolean;
  police: { filed: boolean; on: IsoDate; note: string } | null;
  reconsideration: { requestedOn: IsoDate; answer: { filed: boolean; on: IsoDate } | null } | null;
  procuratorate: {
    requestedOn: IsoDate;
    outcome: { policeFiled: boolean; on: IsoDate; note: string } | null;
  } | null;
  /** The day the police filed the case, after any reconsideration or supervision. */
  policeFiledOn: IsoDate | null;
  handover: { on: IsoDate; items: string } | null;
  outcome: TransferOutcome;
  closedAt: number | null;
  closingNote: string | null;
  documents: { key: string; type: TransferDocumentType; seq: number }[];
  taskMarks: Record<string, TaskMarks>;
  missingYears: number[];
}

interface Base {
  at: number;
  by?: EventActor;
  documents?: { key: string; type: TransferDocumentType }[];
}

export type TransferEvent = Base &
  (
    | ({ type: 'transfer_reported' } & TransferOpening)
    | { type: 'transfer_decided'; approved: boolean; note: string }
    | { type: 'transfer_sent'; sentOn: IsoDate; package?: TransferPackage; policeOrgan?: string }
    | { type: 'police_decided'; filed: boolean; on: IsoDate; note: string }
    | { type: 'reconsideration_requested'; on: IsoDate }
    | { type: 'reconsideration_answered'; filed: boolean; on: IsoDate }
    | { type: 'procuratorate_requested'; on: IsoDate }
    | { type: 'procuratorate_outcome'; policeFiled: boolean; on: IsoDate; note: string }
    | { type: 'handed_over'; on: IsoDate; items: string }
    | { type: 'transfer_closed'; note: string }
    | { type: 'calendar_reloaded'; years: number[] }
    | TaskClockEvent
  );

export type TransferCommand =
  | { type: 'decide_transfer'; approve: boolean; note: string }
  | {
      type: 'record_sending';
      sentOn: IsoDate;
      package: TransferPackage;
      /** The public security organ the case goes to (国务院令第310号 第8条), e.g. 南昌市公安局. */
      policeOrgan?: string;
    }
  | { type: 'record_police_decision'; filed: boolean; on: IsoDate; note: string }
  | { type: 'request_reconsideration'; on: IsoDate }
  | { type: 'record_reconsideration_answer'; filed: boolean; on: IsoDate }
  | { type: 'request_procuratorate_supervision'; on: IsoDate }
  | { type: 'record_procuratorate_outcome'; policeFiled: boolean; on: IsoDate; note: string }
  | { type: 'record_handover'; on: IsoDate; items: string }
  | { type: 'close_transfer'; note: string };
