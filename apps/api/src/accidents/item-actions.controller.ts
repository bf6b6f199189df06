import { NoteDto } from '../cases/cases.dto';
import { OnDayDto } from '../procedures/procedures.dto';
import { CompletionDto, VerificationDto } from './accidents.dto';
import { ITEM_PROCEDURE } from '@safecase/domain';
import { actionsController, definedActions } from '../procedures/action-table';

const step = definedActions<'rectification_item'>(ITEM_PROCEDURE);

/**
 * A rectification item: the unit's progress and completion as officers record them, the agency's
 * verification. Paths, roles and audit names from ITEM_PROCEDURE (libs/domain).
 */
export const ITEM_ACTIONS = {
  progress: step('report_progress', {
    summary: 'Record progress reported by the responsible unit',
    body: NoteDto,
    build: (dto) => ({ type: 'report_progress', ...dto }),
  }),
  completion: step('report_completion', {
    summary: 'Record completion with evidence (SHA-256 digests)',
    body: CompletionDto,
    build: (dto) => ({ type: 'report_completion', ...dto }),
  }),
  verify: step('verify_completion', {
    summary: 'Verify a completion, or reject it with reasons (four-eyes)',
    body: VerificationDto,
    build: (dto) => ({ type: 'verify_completion', ...dto }),
  }),
  publishListing: step('record_listing_publication', {
    summary: 'Record the publication of the listed supervision (挂牌督办)',
    body: OnDayDto,
    build: (dto) => ({ type: 'record_listing_publication', publishedOn: dto.on }),
  }),
};

export const ItemActionsController = actionsController(
  'rectification-items',
  'rectification_item',
  ITEM_ACTIONS,
);
