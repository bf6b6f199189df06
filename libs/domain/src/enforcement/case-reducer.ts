import { chinaDateOf } from '../calendar/china-time';
import type { CaseEvent } from './case-events';
import type { TaskMarks } from '../tasks/task-types';
import type { CaseState, Measure } from './case-types';

/** The state before the first event; `case_opened` fills it. */
export function initialCaseState(): CaseState | undefined {
  return undefined;
}

function updateMeasure(state: CaseState, id: string, patch: (m: Measure) => Measure): Measure[] {
  return state.measures.map((m) => (m.id === id ? patch(m) : m));
}

function marks(state: CaseState, key: string): TaskMarks {
  return state.taskMarks[key] ?? { reminded: false, overdue: false, escalationLevel: 0 };
}

/**
 * apply(state, event) → state. Pure and total: every event the workflow accepted (after `decide`
 * checked it) or the clock produced. Documents an event issues are listed on the case in event order.
 */
export function applyCaseEvent(state: CaseState | undefined, event: CaseEvent): CaseState {
  if (event.type === 'case_opened') {
    return {
      caseId: event.caseId,
      agencyId: event.agencyId,
      regionCode: event.regionCode,
      docPrefix: event.docPrefix,
      origin: event.origin,
      enterprise: event.enterprise,
      summary: event.summary,
      rulebook: event.rulebook,
      stage: 'opened',
      openedAt: event.at,
      openedBy: event.by?.userId ?? '',
      handlers: event.by ? [event.by.userId] : [],
      officers: [],
      inspection: null,
      dangers: [],
      order: null,
      rectificationReportOn: null,
      extension: null,
      reinspections: [],
      measures: [],
      summaryPenalties: [],
      penaltyProposal: null,
      closure: null,
      procedures: [],
      services: [],
      documents: [],
      taskMarks: {},
      missingYears: [],
      seq: 1,
    };
  }
  if (!state) throw new Error(`${event.type} before case_opened`);
  const s: CaseState = {
    ...state,
    seq: state.seq + 1,
    documents: [...state.documents, ...(event.documents ?? []).map((d) => ({ ...d, seq: state.seq + 1 }))],
  };
  switch (event.type) {
    case 'inspection_recorded': {
      const handlers = [...new Set([...s.handlers, ...event.officers.map((o) => o.userId)])];
      return {
        ...s,
        handlers,
        officers: event.officers,
        inspection: {
          inspectedAt: event.inspectedAt,
          place: event.place,
          unitRefusedToSign: event.unitRefusedToSign,
          refusalNote: event.refusalNote,
        },
        dangers: event.findings,
        stage: event.findings.length === 0 ? 'closed' : 'inspected',
        closure:
          event.findings.length === 0
            ? { at: event.at, reason: 'no_findings', note: 'no hidden danger found' }
            : null,
      };
    }
    case 'order_issued':
      return {
        ...s,
        stage: 'rectifying',
        order: {
          deadline: event.deadline,
          instructions: event.instructions,
          issuedAt: event.at,
          extended: false,
        },
        dangers: s.dangers.map((d) =>
          event.correctedOnSite.includes(d.id) ? { ...d, status: 'corrected_on_site' } : d,
        ),
      };
    case 'rectification_reported':
      return { ...s, rectificationReportOn: event.receivedOn };
    case 'reinspection_recorded': {
      const rectified = new Set(event.results.filter((r) => r.rectified).map((r) => r.dangerId));
      const dangers = s.dangers.map((d) =>
        rectified.has(d.id) ? { ...d, status: 'closed_out' as const } : d,
      );
      const allClosed = dangers.every((d) => d.status !== 'open');
      return {
        ...s,
        dangers,
        reinspections: [...s.reinspections, { at: event.at, results: event.results }],
        stage: allClosed ? 'closed' : 'escalated',
        closure: allClosed
          ? { at: event.at, reason: 'rectified', note: 'every hidden danger closed out' }
          : null,
      };
    }
    case 'extension_requested':
      return {
        ...s,
        extension: {
          newDeadline: event.newDeadline,
          reason: event.reason,
          requestedBy: event.by?.userId ?? '',
          requestedAt: event.at,
          decision: 'pending',
        },
      };
    case 'extension_decided': {
      if (!s.extension || !s.order) return s;
      const extension = {
        ...s.extension,
        decision: event.approved ? ('approved' as const) : ('rejected' as const),
      };
      const order = event.approved
        ? { ...s.order, deadline: s.extension.newDeadline, extended: true }
        : s.order;
      return { ...s, extension, order };
    }
    case 'measure_proposed':
    case 'emergency_measure_taken':
      return { ...s, measures: [...s.measures, event.measure] };
    case 'measure_decided':
      return {
        ...s,
        measures: updateMeasure(s, event.measureId, (m) => {
          const decided = { ...m, decidedBy: event.by?.userId ?? null, decidedAt: event.at };
          if (!event.approved) {
            // 行政强制法 第19条: an emergency measure the head disagrees with is lifted at once.
            return m.status === 'in_force'
              ? {
                  ...decided,
                  status: 'lifted',
                  liftedAt: event.at,
                  liftReason: `head disagreed: ${event.note}`,
                }
              : { ...decided, status: 'rejected' };
          }
          if (m.status === 'in_force')
            return m.confirmation
              ? { ...decided, confirmation: { ...m.confirmation, late: event.late === true } }
              : decided;
          if (event.cutoff === 'notice') return { ...decided, status: 'noticed', noticeUntil: null };
          if (event.cutoff === 'urgent') return { ...decided, status: 'in_force', effectiveAt: event.at };
          if (event.noticeHours !== null) {
            return { ...decided, status: 'noticed', noticeUntil: event.at + event.noticeHours * 3600_000 };
          }
          return {
            ...decided,
            status: 'in_force',
            effectiveAt: event.at,
            seizure:
              m.kind === 'seal_seize'
                ? { servedOn: chinaDateOf(event.at), extensionDays: null, testing: [] }
                : null,
          };
        }),
      };
    case 'measure_effective':
      return {
        ...s,
        measures: updateMeasure(s, event.measureId, (m) => ({
          ...m,
          status: 'in_force',
          effectiveAt: event.at,
        })),
      };
    case 'measure_procedure_recorded':
      return {
        ...s,
        measures: updateMeasure(s, event.measureId, (m) => ({ ...m, procedure: event.procedure })),
      };
    case 'emergency_confirmation_overdue':
      return {
        ...s,
        measures: updateMeasure(s, event.measureId, (m) => ({
          ...m,
          confirmation: { dueAt: event.dueAt, late: false, ...m.confirmation, flaggedAt: event.at },
        })),
      };
    case 'document_served': {
      const measureId = event.documentKey.split(':')[1] ?? '';
      const served = {
        ...event.service,
        documentKey: event.documentKey,
        documentType: event.documentType,
        recordedBy: event.by?.userId ?? '',
      };
      return {
        ...s,
        services: [...(s.services ?? []), served],
        measures: updateMeasure(s, measureId, (m) => {
          if (event.documentType === 'cutoff_notice' && event.noticeUntil !== null)
            return {
              ...m,
              noticeUntil: event.noticeUntil,
              cutoff: {
                urgent: false,
                urgencyReason: null,
                ...m.cutoff,
                noticeServedAt: event.service.effectiveAt,
              },
            };
          // 行政强制法 第25条: the seizure term runs from the decision's service.
          if (event.documentType === 'seizure_decision' && m.seizure)
            return { ...m, seizure: { ...m.seizure, servedOn: event.service.effectiveOn } };
          return m;
        }),
      };
    }
    case 'measure_refused_by_unit':
      return { ...s, measures: updateMeasure(s, event.measureId, (m) => ({ ...m, unitRefused: true })) };
    case 'measure_lifted':
      return {
        ...s,
        measures: updateMeasure(s, event.measureId, (m) => ({
          ...m,
          status: 'lifted',
          liftedAt: event.at,
          liftReason: event.reason,
        })),
      };
    case 'seizure_testing':
      return {
        ...s,
        measures: updateMeasure(s, event.measureId, (m) => {
          if (!m.seizure) return m;
          const testing =
            event.action === 'start'
              ? [...m.seizure.testing, { from: event.on, to: null }]
              : m.seizure.testing.map((t) => (t.to === null ? { ...t, to: event.on } : t));
          return { ...m, seizure: { ...m.seizure, testing } };
        }),
      };
    case 'seizure_extended':
      return {
        ...s,
        measures: updateMeasure(s, event.measureId, (m) =>
          m.seizure ? { ...m, seizure: { ...m.seizure, extensionDays: event.days } } : m,
        ),
      };
    case 'penalty_proposed':
      return {
        ...s,
        penaltyProposal: {
          summary: event.summary,
          dangerIds: event.dangerIds,
          proposedBy: event.by?.userId ?? '',
          at: event.at,
          acknowledged: false,
        },
      };
    case 'summary_penalty_imposed':
      return {
        ...s,
        summaryPenalties: [
          ...s.summaryPenalties,
          {
            party: event.party,
            sanctions: event.sanctions,
            fineFen: event.fineFen,
            facts: event.facts,
            legalBasis: event.legalBasis,
            at: event.at,
            by: event.by?.userId ?? '',
          },
        ],
      };
    case 'penalty_proposal_acknowledged': {
      const opened = event.penaltyId
        ? [
            {
              kind: 'penalty' as const,
              id: event.penaltyId,
              openedAt: event.at,
              status: 'open' as const,
              outcome: null,
            },
          ]
        : [];
      return s.penaltyProposal
        ? {
            ...s,
            penaltyProposal: { ...s.penaltyProposal, acknowledged: true },
            procedures: [...(s.procedures ?? []), ...opened],
          }
        : s;
    }
    case 'transfer_reported':
      return {
        ...s,
        procedures: [
          ...(s.procedures ?? []),
          { kind: 'transfer', id: event.transferId, openedAt: event.at, status: 'open', outcome: null },
        ],
      };
    case 'procedure_finished':
      return {
        ...s,
        procedures: (s.procedures ?? []).map((p) =>
          p.id === event.id ? { ...p, status: 'finished', outcome: event.outcome } : p,
        ),
      };
    case 'case_closed':
      return {
        ...s,
        stage: 'closed',
        closure: {
          at: event.at,
          reason: event.reason,
          note: event.note,
          ...(event.dangers ? { dangers: event.dangers } : {}),
          ...(event.unrectifiedReason !== undefined ? { unrectifiedReason: event.unrectifiedReason } : {}),
        },
      };
    case 'task_reminded':
      return {
        ...s,
        taskMarks: { ...s.taskMarks, [event.taskKey]: { ...marks(s, event.taskKey), reminded: true } },
      };
    case 'task_overdue':
      return {
        ...s,
        taskMarks: {
          ...s.taskMarks,
          // Found late past a rung too: it starts at that rung (tasks/task-clock.ts).
          [event.taskKey]: {
            ...marks(s, event.taskKey),
            overdue: true,
            escalationLevel: Math.max(marks(s, event.taskKey).escalationLevel, event.level ?? 0),
          },
        },
      };
    case 'task_escalated':
      return {
        ...s,
        taskMarks: {
          ...s.taskMarks,
          [event.taskKey]: { ...marks(s, event.taskKey), overdue: true, escalationLevel: event.level },
        },
      };
    case 'calendar_year_missing':
      return { ...s, missingYears: [...new Set([...s.missingYears, event.year])] };
    case 'calendar_reloaded':
      return { ...s, missingYears: s.missingYears.filter((y) => !event.years.includes(y)) };
  }
}

export function applyCaseEvents(state: CaseState | undefined, events: readonly CaseEvent[]): CaseState {
  let s = state;
  for (const e of events) s = applyCaseEvent(s, e);
  if (!s) throw new Error('no events');
  return s;
}
