import { endOfChinaDay } from '../calendar/china-time';
import { describeConformance } from '../procedure/conformance';
import { decideItem } from './scenarios/fixtures';
import { dueItemClockEvents, nextItemClockInstant } from './item-clock';
import { applyItemEvents } from './item-reducer';
import type { ItemCommand, ItemStage, ItemState } from './item-types';
import { ITEM_PROCEDURE } from './item.procedure';
import { actItem, at, calendar, item, OFFICER, SUPERVISOR } from './scenarios/fixtures';

/** Lets the item's clock run to `until`, as the workflow does (通报, 约谈, 挂牌督办, 问责). */
function clockTo(s: ItemState, until: number): ItemState {
  let state = s;
  for (let next = nextItemClockInstant(state, calendar, 0); next !== null && next <= until;) {
    state = applyItemEvents(state, dueItemClockEvents(state, calendar, next));
    next = nextItemClockInstant(state, calendar, next);
  }
  return state;
}

const DAY = '2026-10-28';
const evidence = [{ name: 'photo.jpg', sha256: 'a'.repeat(64) }];
const open = item();
// Under listed supervision (挂牌督办 from 26 Oct), so the listing publication can be recorded.
const listed = clockTo(item(), endOfChinaDay('2026-10-27'));
const completed = actItem(
  open,
  { type: 'report_completion', note: '已整改', evidence },
  OFFICER,
  at('2026-09-10'),
);
const closed = actItem(
  completed,
  { type: 'verify_completion', accepted: true, reasons: '' },
  SUPERVISOR,
  at('2026-09-11'),
);

const states: Record<ItemStage, ItemState[]> = {
  open: [open, listed],
  awaiting_verification: [completed],
  closed: [closed],
};

const samples: { [T in ItemCommand['type']]: Extract<ItemCommand, { type: T }> } = {
  report_progress: { type: 'report_progress', note: '已完成一半' },
  report_completion: { type: 'report_completion', note: '已整改', evidence },
  record_listing_publication: { type: 'record_listing_publication', publishedOn: '2026-10-27' },
  verify_completion: { type: 'verify_completion', accepted: true, reasons: '' },
};

describe('the rectification item’s definition agrees with its rules', () => {
  describeConformance({
    definition: ITEM_PROCEDURE,
    states,
    sample: (type) => samples[type],
    decide: (s, c, actor) => decideItem(s, c, actor, at(DAY)),
    // Any officer records for an item; the one who recorded the completion may not verify it.
    handlers: () => ['o1', 'o2'],
  });
});
