import { chinaDateOf } from '../calendar/china-time';
import { procedureReducer } from '../tasks/bookkeeping';
import type { PenaltyEvent } from './penalty-events';
import type { PenaltyState } from './penalty-types';

function opened(e: Extract<PenaltyEvent, { type: 'penalty_opened' }>): PenaltyState {
  const { type: _type, at, by: _by, documents: _documents, proposedBy, handlers, ...opening } = e;
  return {
    ...opening,
    stage: 'proposed',
    seq: 0,
    openedAt: at,
    proposedBy,
    handlers: [...new Set([proposedBy, ...handlers])],
    filing: null,
    notFiledReason: null,
    evidence: [],
    notice: null,
    hearing: null,
    review: null,
    deliberation: null,
    decisionClock: { pauses: [], extensionDays: 0, extensionRequest: null },
    decision: null,
    decisionStatus: 'in_force',
    service: null,
    publication: null,
    remedies: [],
    continuingFines: [],
    payment: null,
    surchargeCappedOn: null,
    demandDue: false,
    demand: null,
    courtApplication: null,
    closureProposal: null,
    closing: null,
    closedAt: null,
    statements: [],
    continuingFine: null,
    closureGroundsFound: [],
    documents: [],
    taskMarks: {},
    missingYears: [],
  };
}

function step(s: PenaltyState, e: PenaltyEvent): PenaltyState {
  switch (e.type) {
    case 'penalty_opened':
      return opened(e);
    case 'filing_decided':
      return e.approved
        ? {
            ...s,
            stage: 'investigating',
            filing: {
              on: chinaDateOf(e.at),
              approvedBy: e.by?.userId ?? '',
              complex: e.complex,
              majorPublicInterest: e.majorPublicInterest,
            },
          }
        : { ...s, stage: 'not_filed', notFiledReason: e.note, closedAt: e.at };
    case 'evidence_preservation_requested':
      return {
        ...s,
        evidence: [
          ...s.evidence,
          {
            ...e.evidence,
            status: 'requested',
            requestedBy: e.by?.userId ?? '',
            approval: null,
            registeredOn: null,
            handling: null,
          },
        ],
      };
    case 'evidence_preservation_decided':
      return {
        ...s,
        evidence: s.evidence.map((x) =>
          x.id === e.evidenceId
            ? {
                ...x,
                status: e.approved ? 'approved' : 'refused',
                approval: { approved: e.approved, on: e.on, by: e.by?.userId ?? '', note: e.note },
              }
            : x,
        ),
      };
    case 'evidence_registered': {
      const { id, registeredOn, description } = e.evidence;
      if (!s.evidence.some((x) => x.id === id))
        // Recorded before registration needed a prior approval: the item arrives whole.
        return {
          ...s,
          evidence: [
            ...s.evidence,
            {
              id,
              description: description ?? '',
              status: 'registered',
              requestedOn: registeredOn,
              requestedBy: e.by?.userId ?? '',
              approval: null,
              registeredOn,
              handling: null,
            },
          ],
        };
      return {
        ...s,
        evidence: s.evidence.map((x) => (x.id === id ? { ...x, status: 'registered', registeredOn } : x)),
      };
    }
    case 'evidence_handled':
      return {
        ...s,
        evidence: s.evidence.map((x) => (x.id === e.evidenceId ? { ...x, handling: e.handling } : x)),
      };
    case 'notice_served': {
      const { type: _t, at: _a, by: _b, documents: _d, ...notice } = e;
      return { ...s, stage: 'notified', notice };
    }
    case 'hearing_requested':
      if (s.stage === 'served' && s.continuingFine)
        return {
          ...s,
          continuingFine: {
            ...s.continuingFine,
            hearing: { requestedOn: e.requestedOn, date: null, chair: null, outcome: null },
          },
        };
      return {
        ...s,
        hearing: { requestedOn: e.requestedOn, date: null, chair: null, outcome: null },
        decisionClock: {
          ...s.decisionClock,
          pauses: [...s.decisionClock.pauses, { reason: 'hearing', from: e.requestedOn, to: null }],
        },
      };
    case 'hearing_scheduled':
      if (s.stage === 'served' && s.continuingFine?.hearing)
        return {
          ...s,
          continuingFine: {
            ...s.continuingFine,
            hearing: { ...s.continuingFine.hearing, date: e.date, chair: e.chair, ...timeAndPlace(e) },
          },
        };
      return { ...s, hearing: { ...s.hearing!, date: e.date, chair: e.chair, ...timeAndPlace(e) } };
    case 'hearing_recorded':
      if (s.stage === 'served' && s.continuingFine?.hearing)
        return {
          ...s,
          continuingFine: {
            ...s.continuingFine,
            hearing: { ...s.continuingFine.hearing, outcome: e.outcome, minutes: e.minutes ?? null },
          },
        };
      return {
        ...s,
        hearing: { ...s.hearing!, outcome: e.outcome, minutes: e.minutes ?? null },
        decisionClock: { ...s.decisionClock, pauses: closePause(s, 'hearing', e.on) },
      };
    case 'statement_recorded':
      return {
        ...s,
        statements: [
          ...(s.statements ?? []),
          { ...e.statement, recordedBy: e.by?.userId ?? '', review: null },
        ],
      };
    case 'statement_reviewed':
      return {
        ...s,
        statements: (s.statements ?? []).map((x) =>
          x.id === e.statementId
            ? {
                ...x,
                review: {
                  on: e.on,
                  by: e.by?.userId ?? '',
                  adopted: e.adopted,
                  notAdopted: e.notAdopted,
                  reasons: e.reasons,
                },
              }
            : x,
        ),
      };
    case 'submitted_for_decision':
      return {
        ...s,
        stage: e.reviewRequired ? 'in_review' : 'deciding',
        review: e.reviewRequired
          ? { submittedBy: e.by?.userId ?? '', rounds: s.review?.rounds ?? [] }
          : s.review,
      };
    case 'legal_review_recorded':
      return {
        ...s,
        // Returned: back to the handlers with the written opinion, to be corrected and submitted again.
        stage: e.passed ? 'deciding' : 'notified',
        review: {
          ...s.review!,
          rounds: [
            ...s.review!.rounds,
            { reviewer: e.by?.userId ?? '', passed: e.passed, opinion: e.opinion, on: e.on },
          ],
        },
      };
    case 'deliberation_recorded':
      return { ...s, deliberation: { on: e.on, participants: e.participants, conclusion: e.conclusion } };
    case 'decision_clock_paused':
      return {
        ...s,
        decisionClock: {
          ...s.decisionClock,
          pauses: [...s.decisionClock.pauses, { reason: e.reason, from: e.on, to: null }],
        },
      };
    case 'decision_clock_resumed':
      return { ...s, decisionClock: { ...s.decisionClock, pauses: closePause(s, 'appraisal', e.on) } };
    case 'decision_extension_requested':
      return {
        ...s,
        decisionClock: {
          ...s.decisionClock,
          extensionRequest: { days: e.days, reason: e.reason, requestedBy: e.by?.userId ?? '' },
        },
      };
    case 'decision_extension_decided':
      return {
        ...s,
        decisionClock: {
          ...s.decisionClock,
          extensionDays: s.decisionClock.extensionDays + (e.approved ? e.days : 0),
          extensionRequest: null,
        },
      };
    case 'penalty_decided': {
      const { type: _t, at: _a, by, documents: _d, ...decision } = e;
      return {
        ...s,
        stage: 'decided',
        decision: {
          ...decision,
          hearingRecordOn: decision.hearingRecordOn ?? null,
          decidedBy: by?.userId ?? '',
        },
      };
    }
    case 'decision_served':
      return {
        ...s,
        stage: 'served',
        service: {
          servedOn: e.servedOn,
          method: e.method,
          effectiveOn: e.effectiveOn,
          ...(e.record ? { record: e.record } : {}),
        },
      };
    case 'decision_published':
      return {
        ...s,
        publication: { publishedOn: e.publishedOn, withdrawalDueFrom: null, withdrawnOn: null },
      };
    case 'publication_withdrawn':
      return { ...s, publication: { ...s.publication!, withdrawnOn: e.withdrawnOn } };
    case 'remedy_filed':
      return {
        ...s,
        remedies: [...s.remedies, { kind: e.kind, filedOn: e.filedOn, endedOn: null, outcome: null }],
      };
    case 'remedy_ended': {
      const remedies = s.remedies.map((r) =>
        r.kind === e.kind && r.endedOn === null ? { ...r, endedOn: e.endedOn, outcome: e.outcome } : r,
      );
      const changes = e.outcome === 'changed' || e.outcome === 'revoked';
      return {
        ...s,
        remedies,
        decisionStatus:
          e.outcome === 'revoked' ? 'revoked' : e.outcome === 'changed' ? 'changed' : s.decisionStatus,
        decision:
          e.outcome === 'changed' && e.newFineFen !== null
            ? { ...s.decision!, fineFen: e.newFineFen }
            : s.decision,
        // 行政处罚法 第48条: a changed or revoked decision's publication is withdrawn within 3 WD.
        publication:
          changes && s.publication && !s.publication.withdrawnOn
            ? { ...s.publication, withdrawalDueFrom: e.endedOn }
            : s.publication,
      };
    }
    case 'correction_refusal_recorded':
      return {
        ...s,
        continuingFine: {
          correctionOrderedOn: e.correctionOrderedOn,
          reinspectedOn: e.reinspectedOn,
          finding: e.finding,
          notice: null,
        },
      };
    case 'continuing_fine_noticed':
      return {
        ...s,
        continuingFine: {
          ...s.continuingFine!,
          notice: {
            servedOn: e.servedOn,
            ...(e.service ? { service: e.service } : {}),
            asOf: e.asOf,
            days: e.days,
            totalFen: e.totalFen,
            defenceEnds: e.defenceEnds,
            hearingRight: e.hearingRight ?? false,
            hearingRequestEnds: e.hearingRequestEnds ?? null,
          },
          hearing: null,
        },
      };
    case 'closure_ground_recorded':
      return {
        ...s,
        closureGroundsFound: [
          ...(s.closureGroundsFound ?? []),
          { ground: e.ground, facts: e.facts, on: e.on },
        ],
      };
    case 'continuing_fine_imposed':
      return {
        ...s,
        continuingFine: null,
        continuingFines: [
          ...s.continuingFines,
          { correctionOrderedOn: e.correctionOrderedOn, asOf: e.asOf, days: e.days, totalFen: e.totalFen },
        ],
      };
    case 'payment_recorded':
      return { ...s, payment: { paidOn: e.paidOn, amountFen: e.amountFen, surchargeFen: e.surchargeFen } };
    case 'surcharge_capped':
      return { ...s, surchargeCappedOn: e.on };
    case 'demand_due':
      return { ...s, demandDue: true };
    case 'demand_served':
      return {
        ...s,
        demand: e.service
          ? { servedOn: e.servedOn, effectiveOn: e.service.effectiveOn, record: e.service }
          : { servedOn: e.servedOn },
      };
    case 'court_enforcement_applied':
      return { ...s, courtApplication: { filedOn: e.filedOn, ...(e.court ? { court: e.court } : {}) } };
    case 'closure_proposal_due':
      return { ...s, closureProposal: { reason: e.reason, due: true, submittedOn: null } };
    case 'closure_proposal_submitted':
      return { ...s, closureProposal: { ...s.closureProposal!, due: false, submittedOn: e.submittedOn } };
    case 'closing_proposed':
      return { ...s, stage: 'closing', closing: { proposedBy: e.by?.userId ?? '', reason: e.reason } };
    case 'closing_decided':
      return e.approved
        ? { ...s, stage: 'closed', closedAt: e.at }
        : { ...s, stage: 'served', closing: null };
    default:
      // The clock's marks and calendar years: applyBookkeeping.
      return s;
  }
}

/** The hour and place a scheduling recorded (older ones recorded neither: nothing is added). */
function timeAndPlace(e: { time?: string; place?: string }): { time?: string; place?: string } {
  return { ...(e.time ? { time: e.time } : {}), ...(e.place ? { place: e.place } : {}) };
}

function closePause(s: PenaltyState, reason: 'hearing' | 'appraisal', on: string) {
  return s.decisionClock.pauses.map((p) => (p.reason === reason && p.to === null ? { ...p, to: on } : p));
}

const reducer = procedureReducer<PenaltyState, PenaltyEvent>('penalty_opened', step);

/** The reducer: every event bumps the sequence number, and the documents it issues are listed. */
export const applyPenaltyEvent = reducer.apply;
export const applyPenaltyEvents = reducer.applyAll;
