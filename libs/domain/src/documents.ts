import { ACCIDENT_DOCUMENT_TYPES } from './accident/accident-types';
import { ITEM_DOCUMENT_TYPES } from './accident/item-types';
import { DOCUMENT_TYPES } from './enforcement/case-types';
import { PENALTY_DOCUMENT_TYPES } from './penalty/penalty-types';
import { TRANSFER_DOCUMENT_TYPES } from './transfer/transfer-types';

/** Every numbered document type and the abbreviation in its number, across procedures. */
export const ALL_DOCUMENT_TYPES: Record<string, string> = {
  ...DOCUMENT_TYPES,
  ...PENALTY_DOCUMENT_TYPES,
  ...TRANSFER_DOCUMENT_TYPES,
  ...ACCIDENT_DOCUMENT_TYPES,
  ...ITEM_DOCUMENT_TYPES,
};

/**
 * Documents printed without a number (DOMAIN §3.6: 询问笔录, 勘验笔录, 陈述申辩笔录, 听证笔录 carry none).
 * They are listed and printed like the numbered ones, but take no counter.
 */
export const UNNUMBERED_DOCUMENT_TYPES = {
  /** 听证笔录 (行政处罚法 第64条(八)): the record of a held hearing, signed by the participants. */
  hearing_record: true,
} as const;
export type UnnumberedDocumentType = keyof typeof UNNUMBERED_DOCUMENT_TYPES;

/**
 * The unnumbered documents an event issues, derived from the event itself (not from its `documents`,
 * which the workflow's decision returns and old histories replay as recorded): a held hearing's minutes
 * are its 听证笔录. Pure, so a retried projection derives the same key.
 */
export function unnumberedDocumentsOf(event: {
  type: string;
  outcome?: unknown;
  on?: unknown;
  minutes?: unknown;
}): { key: string; type: UnnumberedDocumentType }[] {
  if (event.type === 'hearing_recorded' && event.outcome === 'held' && event.minutes) {
    return [{ key: `hearing_record:${String(event.on)}`, type: 'hearing_record' }];
  }
  return [];
}
