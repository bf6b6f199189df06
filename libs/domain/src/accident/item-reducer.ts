import { markTask } from '../tasks/task-clock';
import type { ItemEvent, ItemState } from './item-types';

function step(s: ItemState, e: ItemEvent): ItemState {
  switch (e.type) {
    case 'item_opened': {
      const { type: _t, at, by, documents: _d, ...opening } = e;
      return {
        ...opening,
        stage: 'open',
        seq: 0,
        openedAt: at,
        handlers: by ? [by.userId] : [],
        progress: [],
        completion: null,
        verifications: [],
        rungs: [],
        listingPublishedOn: null,
        outcome: null,
        closedAt: null,
        documents: [],
        taskMarks: {},
        missingYears: [],
      };
    }
    case 'progress_reported':
      return { ...s, progress: [...s.progress, { at: e.at, note: e.note }] };
    case 'completion_reported':
      return {
        ...s,
        stage: 'awaiting_verification',
        completion: { at: e.at, note: e.note, evidence: e.evidence, recordedBy: e.by?.userId ?? '' },
      };
    case 'completion_verified': {
      const verifications = [
        ...s.verifications,
        { at: e.at, accepted: e.accepted, reasons: e.reasons, by: e.by?.userId ?? '' },
      ];
      return e.accepted
        ? { ...s, stage: 'closed', verifications, outcome: 'done', closedAt: e.at }
        : // Rejected: back to the unit with the reasons (a new deadline makes a new task, reminded afresh).
          { ...s, stage: 'open', verifications, deadline: e.newDeadline ?? s.deadline, completion: null };
    }
    case 'rung_reached':
      return { ...s, rungs: [...s.rungs, { rung: e.rung, on: e.on }] };
    case 'listing_published':
      return { ...s, listingPublishedOn: e.publishedOn };
    case 'referred_at_evaluation':
      return { ...s, stage: 'closed', outcome: 'referred', closedAt: e.at };
    case 'calendar_year_missing':
      return { ...s, missingYears: [...new Set([...s.missingYears, e.year])] };
    case 'calendar_reloaded':
      return { ...s, missingYears: s.missingYears.filter((y) => !e.years.includes(y)) };
    case 'task_reminded':
    case 'task_overdue':
    case 'task_escalated':
      return { ...s, taskMarks: markTask(s.taskMarks, e) };
  }
}

export function applyItemEvent(state: ItemState | undefined, event: ItemEvent): ItemState {
  if (!state && event.type !== 'item_opened') throw new Error('an item starts with item_opened');
  const next = step(state as ItemState, event);
  const seq = (state?.seq ?? 0) + 1;
  return {
    ...next,
    seq,
    documents: [...next.documents, ...(event.documents ?? []).map((d) => ({ ...d, seq }))],
  };
}

export function applyItemEvents(state: ItemState | undefined, events: ItemEvent[]): ItemState {
  return events.reduce<ItemState | undefined>((s, e) => applyItemEvent(s, e), state) as ItemState;
}
