import { procedureReducer } from '../tasks/bookkeeping';
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
    default:
      // The clock's marks and calendar years: applyBookkeeping.
      return s;
  }
}

const reducer = procedureReducer<ItemState, ItemEvent>('item_opened', step);

/** The reducer: every event bumps the sequence number, and the documents it issues are listed. */
export const applyItemEvent = reducer.apply;
export const applyItemEvents = reducer.applyAll;
