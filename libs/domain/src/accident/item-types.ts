import type { IsoDate } from '../calendar/iso-date';
import type { EventActor } from '../enforcement/case-events';
import type { Rulebook } from '../rulebook/rulebook';
import type { TaskClockEvent, TaskMarks } from '../tasks/task-types';

/**
 * 整改和防范措施 (安全生产法 第86条): one item of an accident's rectification, supervised by the agency.
 * Open → completion reported with evidence → verified (done) or rejected back to the unit. An overdue
 * item climbs a ladder against the unit: reminder → 通报 → 约谈 → 挂牌督办 (published) → 问责.
 */
export const ITEM_STAGES = ['open', 'awaiting_verification', 'closed'] as const;
export type ItemStage = (typeof ITEM_STAGES)[number];

export const ITEM_RUNGS = ['notice', 'summons', 'listed', 'accountability'] as const;
export type ItemRung = (typeof ITEM_RUNGS)[number];
/** The rule giving each rung's wait after the one before it (the first counts from the deadline). */
export const RUNG_RULES: Record<ItemRung, string> = {
  notice: 'rectification.notice_after',
  summons: 'rectification.summons_after',
  listed: 'rectification.listed_after',
  accountability: 'rectification.accountability_after',
};

export const ITEM_DOCUMENT_TYPES = {
  circulated_notice: '通报',
  summons: '约谈',
  listed_supervision: '挂牌',
  accountability_referral: '问责',
  item_verification: '验收',
} as const;
export type ItemDocumentType = keyof typeof ITEM_DOCUMENT_TYPES;
export const RUNG_DOCUMENTS: Record<ItemRung, ItemDocumentType> = {
  notice: 'circulated_notice',
  summons: 'summons',
  listed: 'listed_supervision',
  accountability: 'accountability_referral',
};

export interface ItemOpening {
  itemId: string;
  accidentId: string;
  agencyId: string;
  regionCode: string;
  docPrefix: string;
  measure: string;
  responsibleUnit: string;
  creditCode: string;
  deadline: IsoDate;
  /** Printed on the 约谈通知书 and 问责移送函 when given (older items: blanks to fill in by hand). */
  summonsPlace?: string | null;
  referralAddressee?: string | null;
  rulebook: Rulebook;
}

export interface ItemEvidence {
  name: string;
  /** SHA-256 of the file's content, 64 lower-case hex characters. */
  sha256: string;
}

export interface ItemState extends ItemOpening {
  stage: ItemStage;
  seq: number;
  openedAt: number;
  handlers: string[];
  progress: { at: number; note: string }[];
  completion: { at: number; note: string; evidence: ItemEvidence[]; recordedBy: string } | null;
  verifications: { at: number; accepted: boolean; reasons: string; by: string }[];
  /** Rungs reached, in order, with the day each was reached. */
  rungs: { rung: ItemRung; on: IsoDate }[];
  /** 挂牌督办 is published: the day the listing was made public. */
  listingPublishedOn: IsoDate | null;
  outcome: 'done' | 'referred' | null;
  closedAt: number | null;
  documents: { key: string; type: ItemDocumentType; seq: number }[];
  taskMarks: Record<string, TaskMarks>;
  missingYears: number[];
}

interface Base {
  at: number;
  by?: EventActor;
  documents?: { key: string; type: ItemDocumentType }[];
}

export type ItemEvent = Base &
  (
    | ({ type: 'item_opened' } & ItemOpening)
    | { type: 'progress_reported'; note: string }
    | { type: 'completion_reported'; note: string; evidence: ItemEvidence[] }
    | { type: 'completion_verified'; accepted: boolean; reasons: string; newDeadline: IsoDate | null }
    | { type: 'rung_reached'; rung: ItemRung; on: IsoDate }
    | { type: 'listing_published'; publishedOn: IsoDate }
    | { type: 'referred_at_evaluation'; note: string }
    | { type: 'calendar_reloaded'; years: number[] }
    | TaskClockEvent
  );

export type ItemCommand =
  | { type: 'report_progress'; note: string }
  | { type: 'report_completion'; note: string; evidence: ItemEvidence[] }
  | { type: 'verify_completion'; accepted: boolean; reasons: string; newDeadline?: IsoDate }
  | { type: 'record_listing_publication'; publishedOn: IsoDate };
