import { API_MESSAGES } from './api-messages';
import { FILE_MESSAGES } from './file-messages';
import { ACCIDENT_REFUSALS } from './refusals/accident';
import { CASE_REFUSALS } from './refusals/case';
import { COMMON_REFUSALS } from './refusals/common';
import { INPUT_REFUSALS } from './refusals/input';
import { ITEM_REFUSALS } from './refusals/item';
import { PROCEDURE_REFUSALS } from './refusals/procedure';
import { SERVICE_REFUSALS } from './refusals/service';
import { PENALTY_REFUSALS } from './refusals/penalty';
import { TRANSFER_REFUSALS } from './refusals/transfer';
import { TASK_TITLES } from './task-titles';

/** Every message key with its zh and en text; `{name}` marks a param. */
export const MESSAGES = {
  ...COMMON_REFUSALS,
  ...CASE_REFUSALS,
  ...PENALTY_REFUSALS,
  ...TRANSFER_REFUSALS,
  ...ACCIDENT_REFUSALS,
  ...ITEM_REFUSALS,
  ...INPUT_REFUSALS,
  ...PROCEDURE_REFUSALS,
  ...SERVICE_REFUSALS,
  ...API_MESSAGES,
  ...FILE_MESSAGES,
  ...TASK_TITLES,
};
