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
