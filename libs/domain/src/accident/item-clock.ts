import { endOfChinaDay, shiftWorkingDays } from '../calendar/china-time';
import type { IsoDate } from '../calendar/iso-date';
import { CalendarYearMissingError, type WorkCalendar } from '../calendar/work-calendar';
import { ruleOf } from '../rulebook/rulebook';
import {
  nextInstant,
  rememberingLast,
  scheduleTasks,
  task,
  taskClockEvents,
  taskTitle,
  taskInstants,
  type CatchUp,
  type ProcedureTask,
  type ScheduledTask,
} from '../tasks';
import {
  ITEM_RUNGS,
  RUNG_DOCUMENTS,
  RUNG_RULES,
  type ItemEvent,
  type ItemRung,
  type ItemState,
} from './item-types';

/** The pending steps of an item: following it to its deadline, or verifying a reported completion. */
export function openItemTasks(s: ItemState): ProcedureTask[] {
  return [...followTasks(s), ...listingTasks(s)];
}

/** 挂牌督办 is published (安委办〔2021〕4号): a task until the publication is on record. */
function listingTasks(s: ItemState): ProcedureTask[] {
  if (s.stage === 'closed' || s.listingPublishedOn || !s.rungs.some((r) => r.rung === 'listed')) return [];
  return [
    task(
      'publish_listing',
      taskTitle('task.publish_listing', { unit: s.responsibleUnit }),
      'officer',
      null,
      s.itemId,
    ),
  ];
}

function followTasks(s: ItemState): ProcedureTask[] {
  if (s.stage === 'open')
    return [
      task(
        `rectify:${s.deadline}`,
        taskTitle('task.rectify', { unit: s.responsibleUnit, measure: s.measure }),
        'officer',
        { kind: 'date', due: s.deadline, basis: '整改期限 (安全生产法 第86条)' },
        s.itemId,
      ),
    ];
  if (s.stage === 'awaiting_verification')
    return [
      task(
        'verify',
        taskTitle('task.verify_completion', { unit: s.responsibleUnit }),
        'supervisor',
        null,
        s.itemId,
        'verify_completion',
      ),
    ];
  return [];
}

export const scheduledItemTasks = rememberingLast((s: ItemState, calendar: WorkCalendar): ScheduledTask[] =>
  scheduleTasks(s.rulebook, openItemTasks(s), s.taskMarks, calendar),
);

/**
 * The day each rung is reached when the item stays open: each rung's wait (working days, from the
 * rulebook) after the one before it, the first after the deadline. Stops at a year not loaded.
 */
export function rungDays(s: ItemState, calendar: WorkCalendar): { rung: ItemRung; on: IsoDate }[] {
  const days: { rung: ItemRung; on: IsoDate }[] = [];
  let from = s.deadline;
  for (const rung of ITEM_RUNGS) {
    try {
      from = shiftWorkingDays(calendar, from, ruleOf(s.rulebook, RUNG_RULES[rung]).amount);
    } catch (error) {
      if (error instanceof CalendarYearMissingError) break;
      throw error;
    }
    days.push({ rung, on: from });
  }
  return days;
}

/** Rungs not yet reached, with the instant (end of the rung's day) each falls due. */
function pendingRungs(s: ItemState, calendar: WorkCalendar) {
  if (s.stage !== 'open') return [];
  return rungDays(s, calendar)
    .filter((r) => !s.rungs.some((x) => x.rung === r.rung))
    .map((r) => ({ ...r, at: endOfChinaDay(r.on) }));
}

export function dueItemClockEvents(
  s: ItemState,
  calendar: WorkCalendar,
  now: number,
  catchUp?: CatchUp,
): ItemEvent[] {
  if (s.stage === 'closed') return [];
  const events: ItemEvent[] = taskClockEvents(scheduledItemTasks(s, calendar), s.missingYears, now, catchUp);
  // Rungs climb one at a time and in order, each with its numbered document.
  const next = pendingRungs(s, calendar)[0];
  if (next && now >= next.at && ITEM_RUNGS.indexOf(next.rung) === s.rungs.length)
    events.push({
      type: 'rung_reached',
      at: now,
      rung: next.rung,
      on: next.on,
      documents: [{ key: `rung:${next.rung}`, type: RUNG_DOCUMENTS[next.rung] }],
    });
  return events;
}

export function nextItemClockInstant(s: ItemState, calendar: WorkCalendar, now: number): number | null {
  if (s.stage === 'closed') return null;
  const instants = taskInstants(scheduledItemTasks(s, calendar));
  const next = pendingRungs(s, calendar)[0];
  if (next) instants.push(next.at);
  return nextInstant(instants, now);
}
