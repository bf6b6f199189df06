import { chinaDateOf } from '../calendar/china-time';
import { procedureReducer } from '../tasks/bookkeeping';
import type { TransferEvent, TransferState } from './transfer-types';

function step(s: TransferState, e: TransferEvent): TransferState {
  switch (e.type) {
    case 'transfer_reported': {
      const { type: _t, at, by, documents: _d, ...opening } = e;
      return {
        ...opening,
        stage: 'reported',
        seq: 0,
        reportedOn: chinaDateOf(at),
        reportedBy: by?.userId ?? '',
        handlers: [...new Set([by?.userId ?? '', ...opening.team.map((m) => m.userId)])].filter(Boolean),
        headDecision: null,
        sentAt: null,
        sentOn: null,
        package: null,
        administrativeHandling: false,
        penaltyId: opening.penaltyId ?? null,
        police: null,
        reconsideration: null,
        procuratorate: null,
        policeFiledOn: null,
        handover: null,
        outcome: null,
        closedAt: null,
        closingNote: null,
        documents: [],
        taskMarks: {},
        missingYears: [],
      };
    }
    case 'transfer_decided': {
      const headDecision = { approved: e.approved, at: e.at, by: e.by?.userId ?? '', note: e.note };
      return e.approved
        ? { ...s, stage: 'approved', headDecision }
        : {
            ...s,
            stage: 'closed',
            headDecision,
            outcome: 'refused_by_head',
            closedAt: e.at,
            closingNote: e.note,
            administrativeHandling: true,
          };
    }
    case 'transfer_sent':
      return {
        ...s,
        stage: 'sent',
        sentAt: e.at,
        sentOn: e.sentOn,
        package: e.package ?? null,
        ...(e.policeOrgan ? { policeOrgan: e.policeOrgan } : {}),
      };
    case 'police_decided':
      return {
        ...s,
        stage: e.filed ? 'police_filed' : 'police_refused',
        police: { filed: e.filed, on: e.on, note: e.note },
        policeFiledOn: e.filed ? e.on : null,
      };
    case 'reconsideration_requested':
      return {
        ...s,
        stage: 'reconsideration_requested',
        reconsideration: { requestedOn: e.on, answer: null },
      };
    case 'reconsideration_answered':
      return {
        ...s,
        stage: e.filed ? 'police_filed' : 'reconsideration_refused',
        reconsideration: { ...s.reconsideration!, answer: { filed: e.filed, on: e.on } },
        policeFiledOn: e.filed ? e.on : null,
      };
    case 'procuratorate_requested':
      return { ...s, stage: 'procuratorate_requested', procuratorate: { requestedOn: e.on, outcome: null } };
    case 'procuratorate_outcome':
      return {
        ...s,
        stage: e.policeFiled ? 'police_filed' : 'reconsideration_refused',
        procuratorate: {
          ...s.procuratorate!,
          outcome: { policeFiled: e.policeFiled, on: e.on, note: e.note },
        },
        policeFiledOn: e.policeFiled ? e.on : null,
      };
    case 'handed_over':
      return {
        ...s,
        stage: 'closed',
        handover: { on: e.on, items: e.items },
        outcome: 'handed_over',
        closedAt: e.at,
      };
    case 'transfer_closed':
      return {
        ...s,
        stage: 'closed',
        outcome: 'not_filed',
        closedAt: e.at,
        closingNote: e.note,
        administrativeHandling: true,
      };
    default:
      // The clock's marks and calendar years: applyBookkeeping.
      return s;
  }
}

const reducer = procedureReducer<TransferState, TransferEvent>('transfer_reported', step);

/** The reducer: every event bumps the sequence number, and the documents it issues are listed. */
export const applyTransferEvent = reducer.apply;
export const applyTransferEvents = reducer.applyAll;
