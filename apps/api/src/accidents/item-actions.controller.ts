import { NoteDto } from '../cases/cases.dto';
import { OnDayDto } from '../procedures/procedures.dto';
import { CompletionDto, VerificationDto } from './accidents.dto';
import { action, actionsController } from '../procedures/action-table';

/** A rectification item: the unit's progress and completion as officers record them, the agency's verification. */
export const ITEM_ACTIONS = {
  progress: action<'rectification_item', NoteDto>({
    path: 'progress',
    roles: ['officer'],
    command: 'item.progress',
    summary: 'Record progress reported by the responsible unit',
    body: NoteDto,
    build: (dto) => ({ type: 'report_progress', ...dto }),
  }),
  completion: action<'rectification_item', CompletionDto>({
    path: 'completion',
    roles: ['officer'],
    command: 'item.completion',
    summary: 'Record completion with evidence (SHA-256 digests)',
    body: CompletionDto,
    build: (dto) => ({ type: 'report_completion', ...dto }),
  }),
  verify: action<'rectification_item', VerificationDto>({
    path: 'verification',
    roles: ['supervisor', 'head'],
    command: 'item.verification',
    summary: 'Verify a completion, or reject it with reasons (four-eyes)',
    body: VerificationDto,
    build: (dto) => ({ type: 'verify_completion', ...dto }),
  }),
  publishListing: action<'rectification_item', OnDayDto>({
    path: 'listing-publication',
    roles: ['officer'],
    command: 'item.listing_publication',
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
