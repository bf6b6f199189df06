import type { ProcedureDefinition } from '../procedure/definition';
import type { ItemCommand, ItemStage, ItemState } from './item-types';
import { registerCommandLabels } from '../i18n/message';

const OFFICER = ['officer'] as const;
type Definition = ProcedureDefinition<ItemStage, ItemCommand['type'], ItemState>;

/**
 * 整改措施 of an accident (docs/domain.md §4), its whole stage graph:
 *
 *   open ─completion─▶ awaiting_verification ─verification─▶ closed (done)
 *     ▲                        │ (rejected, maybe with a new deadline)
 *     └────────────────────────┘
 *   (left undone: 通报, 约谈, 挂牌督办 and 问责 follow on the clock; the referral closes it)
 *
 * Each command: its stages, its roles (most senior first: the capacity recorded), API action, audit
 * name and person check. `decideItem` refuses by this table before any rule runs.
 */
export const ITEM_PROCEDURE: Definition = {
  kind: 'rectification_item',
  noun: 'the rectification item',
  stages: ['open', 'awaiting_verification', 'closed'],
  terminal: ['closed'],
  // Any officer of the agency records what the responsible unit reports.
  handles: () => true,
  commands: {
    report_progress: {
      action: 'progress',
      audit: 'item.progress',
      label: { zh: '登记整改进展', en: 'Record progress' },
      stages: ['open', 'awaiting_verification'],
      roles: OFFICER,
      yields: ['progress_reported'],
    },
    report_completion: {
      action: 'completion',
      audit: 'item.completion',
      label: { zh: '登记整改完成', en: 'Record the completion' },
      stages: ['open'],
      roles: OFFICER,
      yields: ['completion_reported'],
    },
    record_listing_publication: {
      action: 'listing-publication',
      audit: 'item.listing_publication',
      // Due once the item is under listed supervision (挂牌督办): the rule checks the rung.
      label: { zh: '登记挂牌督办公告', en: 'Record the listing publication' },
      stages: ['open', 'awaiting_verification'],
      roles: OFFICER,
      yields: ['listing_published'],
    },
    verify_completion: {
      action: 'verification',
      audit: 'item.verification',
      label: { zh: '核查整改完成情况', en: 'Verify the completion' },
      stages: ['awaiting_verification'],
      roles: ['head', 'supervisor'],
      check: 'not_proposer',
      proposer: (s) => s.completion?.recordedBy,
      yields: ['completion_verified'],
    },
  },
};

// Refusals name the command by its label, in the reader's language (i18n/message.ts).
registerCommandLabels(ITEM_PROCEDURE.kind, ITEM_PROCEDURE.commands);
