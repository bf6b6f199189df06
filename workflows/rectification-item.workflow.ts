import { continueAsNew } from '@temporalio/workflow';
import {
  applyItemEvent,
  decideItem,
  dueItemClockEvents,
  nextItemClockInstant,
  scheduledItemTasks,
  type ItemCommand,
  type ItemEvent,
  type ItemState,
  ITEM_PROCEDURE,
} from '@safecase/domain';
import { itemCommand, itemReferred, itemStateQuery, type RectificationItemInput } from './accident.messages';
import { runProcedure, tellParent } from './procedure-runtime';
import { onSignal, NO_HOOKS, type ProcedureModel } from './procedure-model';

/**
 * 整改和防范措施 (安全生产法 第86条): one measure of an accident's rectification, supervised until the
 * agency verifies it. Overdue, it climbs reminder → 通报 → 约谈 → 挂牌督办 → 问责 on the clock alone; at
 * the evaluation an item still open is referred to accountability. A child of its accident.
 */
const model: ProcedureModel<ItemState, ItemEvent, ItemCommand> = {
  apply: applyItemEvent,
  definition: ITEM_PROCEDURE,
  decide: (s, c, actor, now) => decideItem(s, c, actor, now),
  tasks: scheduledItemTasks,
  clockEvents: dueItemClockEvents,
  nextInstant: nextItemClockInstant,
  finished: (s) => s.stage === 'closed',
  decideWithoutCalendar: false,
  calendarReloaded: (years, at) => ({ type: 'calendar_reloaded', years, at }),
  record: (s) => ({
    kind: 'rectification_item',
    id: s.itemId,
    caseId: null,
    parentId: s.accidentId,
    agencyId: s.agencyId,
    regionCode: s.regionCode,
    docPrefix: s.docPrefix,
    stage: s.stage,
    title: s.measure,
    partyName: s.responsibleUnit,
    creditCode: s.creditCode,
    handlers: s.handlers,
    openedAt: s.openedAt,
    closedAt: s.closedAt,
    seq: s.seq,
    state: { ...s, rulebook: { version: s.rulebook.version } },
  }),
  ...NO_HOOKS,
};

export async function rectificationItemWorkflow(input: RectificationItemInput): Promise<string> {
  const by = input.openedBy;
  const final = await runProcedure(model, {
    opening: [
      {
        type: 'item_opened',
        at: Date.now(),
        by: { userId: by.userId, username: by.username, role: 'officer' },
        ...input.opening,
      },
    ],
    resume: input.resume?.state,
    commandUpdate: itemCommand,
    stateQuery: itemStateQuery,
    searchAttributes: input.searchAttributes,
    continueAsNewAfterEvents: input.continueAsNewAfterEvents,
    calendar: input.calendar,
    continueAsNew: (state) =>
      continueAsNew<typeof rectificationItemWorkflow>({ ...input, calendar: undefined, resume: { state } }),
    signals: [
      onSignal(itemReferred, (s, { note }): ItemEvent[] =>
        s.stage === 'closed' ? [] : [{ type: 'referred_at_evaluation', note, at: Date.now() }],
      ),
    ],
  });
  await tellParent(input.parentWorkflowId, {
    kind: 'rectification_item',
    id: final.itemId,
    outcome: final.outcome ?? 'closed',
  });
  return final.outcome ?? 'closed';
}
