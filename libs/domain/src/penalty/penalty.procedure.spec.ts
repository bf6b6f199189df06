import { describeConformance } from '../procedure/conformance';
import { amountDueFen } from './penalty-clocks';
import type { PenaltyCommand, PenaltyCommandType } from './penalty-commands';
import { decidePenalty } from './scenarios/fixtures';
import { applyPenaltyEvents } from './penalty-reducer';
import type { PenaltyStage, PenaltyState } from './penalty-types';
import { PENALTY_PROCEDURE } from './penalty.procedure';
import {
  at,
  calendar,
  CHAIR,
  HEAD,
  noticed,
  OFFICER,
  OFFICER_2,
  approvedEvidence,
  opened,
  run,
  SUPERVISOR,
} from './scenarios/fixtures';

/** A ¥10,000 fine: no hearing right, no legal review (as in unpaid-fine-surcharge-demand-court.spec.ts). */
const small = {
  sanctions: ['fine' as const],
  fineFen: 1_000_000,
  facts: '未如实记录隐患排查治理情况',
  legalBasis: '安全生产法 第101条',
};

// Each state with the day the matrix acts on it (China time): reached by the rules, never written by hand.
const days = new Map<PenaltyState, string>();
const on = (day: string, s: PenaltyState) => {
  days.set(s, day);
  return s;
};
const dayOf = (s: PenaltyState) => days.get(s) ?? '2026-11-13';

const proposed = opened('2026-10-19');
const filed = run(proposed, [
  [{ type: 'decide_filing', approve: true, note: '同意' }, SUPERVISOR, '2026-10-19'],
]);
const evidenceAsked = run(filed, [
  [{ type: 'request_evidence_preservation', description: '账簿三册' }, OFFICER, '2026-10-20'],
]);
const evidenceApproved = approvedEvidence(filed, '账簿三册', '2026-10-20');
const withEvidence = run(evidenceApproved, [
  [{ type: 'register_evidence', evidenceId: 'E1', registeredOn: '2026-10-20' }, OFFICER, '2026-10-20'],
]);
const paused = run(filed, [[{ type: 'pause_decision_clock', reason: 'appraisal' }, OFFICER, '2026-10-20']]);
const extensionAsked = run(filed, [
  [{ type: 'request_decision_extension', days: 10, reason: '案情复杂' }, OFFICER, '2026-10-20'],
]);
const noticedSmall = run(filed, [
  [{ type: 'serve_notice', servedOn: '2026-10-26', ...small }, OFFICER, '2026-10-26'],
]);
const hearingAsked = run(noticed(), [
  [{ type: 'request_hearing', requestedOn: '2026-10-13' }, OFFICER, '2026-10-13'],
]);
const hearingSet = run(hearingAsked, [
  [{ type: 'schedule_hearing', date: '2026-10-23', chair: CHAIR.userId }, SUPERVISOR, '2026-10-14'],
]);
const withStatement = run(noticedSmall, [
  [
    { type: 'record_statement', receivedOn: '2026-10-27', form: 'written', content: '已部分整改' },
    OFFICER,
    '2026-10-27',
  ],
]);
const inReview = run(noticed(), [[{ type: 'submit_for_decision' }, OFFICER_2, '2026-10-14']]);
const deciding = run(noticedSmall, [[{ type: 'submit_for_decision' }, OFFICER, '2026-10-30']]);
const decided = run(deciding, [[{ type: 'decide_penalty', ...small }, HEAD, '2026-11-09']]);
// The workflow yields this after counting the unit's penalties in the read model (安全生产法 第113条).
const closureDue = applyPenaltyEvents(decided, [
  { type: 'closure_proposal_due', reason: '180 日内三次', at: at('2026-11-09') },
]);
const served = run(decided, [
  [{ type: 'record_service', servedOn: '2026-11-10', method: 'direct' }, OFFICER, '2026-11-10'],
  [{ type: 'record_publication', publishedOn: '2026-11-11' }, OFFICER, '2026-11-11'],
]);
const refusalFound = run(served, [
  [
    {
      type: 'record_correction_refusal',
      correctionOrderedOn: '2026-11-10',
      reinspectedOn: '2026-11-12',
      finding: '复查发现仍未改正',
    },
    OFFICER,
    '2026-11-12',
  ],
]);
const continuingNoticed = run(refusalFound, [
  [
    { type: 'serve_continuing_fine_notice', servedOn: '2026-11-12', asOf: '2026-11-12' },
    OFFICER,
    '2026-11-12',
  ],
]);
const remedyFiled = run(served, [
  [{ type: 'record_remedy', kind: 'reconsideration', filedOn: '2026-11-12' }, OFFICER, '2026-11-12'],
]);
const changed = run(remedyFiled, [
  [
    {
      type: 'record_remedy_outcome',
      kind: 'reconsideration',
      endedOn: '2026-11-13',
      outcome: 'changed',
      newFineFen: 500_000,
    },
    OFFICER,
    '2026-11-13',
  ],
]);
const paid = run(served, [
  [
    { type: 'record_payment', paidOn: '2026-11-12', amountFen: amountDueFen(served, calendar, '2026-11-12') },
    OFFICER,
    '2026-11-12',
  ],
]);
const closing = run(paid, [[{ type: 'propose_closing', reason: '已履行' }, OFFICER, '2026-11-12']]);
const closed = run(closing, [
  [{ type: 'decide_closing', approve: true, note: '同意结案' }, SUPERVISOR, '2026-11-13'],
]);
const notFiled = run(proposed, [
  [{ type: 'decide_filing', approve: false, note: '不予立案' }, SUPERVISOR, '2026-10-19'],
]);

const states: Record<PenaltyStage, PenaltyState[]> = {
  proposed: [on('2026-10-19', proposed)],
  not_filed: [on('2026-10-19', notFiled)],
  investigating: [
    on('2026-10-20', evidenceAsked),
    on('2026-10-20', evidenceApproved),
    on('2026-10-20', withEvidence),
    on('2026-10-21', paused),
    on('2026-10-21', extensionAsked),
  ],
  notified: [
    on('2026-10-30', noticedSmall),
    on('2026-10-28', withStatement),
    on('2026-10-13', noticed()),
    on('2026-10-14', hearingAsked),
    on('2026-10-23', hearingSet),
  ],
  in_review: [on('2026-10-15', inReview)],
  deciding: [on('2026-11-09', deciding)],
  decided: [on('2026-11-10', decided), on('2026-11-10', closureDue)],
  served: [
    on('2026-11-12', served),
    on('2026-11-12', refusalFound),
    // The defence period of the continuing fine's notice (3 working days) has run by 18 Nov.
    on('2026-11-18', continuingNoticed),
    on('2026-11-13', remedyFiled),
    on('2026-11-14', changed),
    on('2026-11-12', paid),
  ],
  closing: [on('2026-11-12', closing)],
  closed: [on('2026-11-13', closed)],
};

function sample(type: PenaltyCommandType, s: PenaltyState): PenaltyCommand {
  const day = dayOf(s);
  const commands: { [T in PenaltyCommandType]: () => Extract<PenaltyCommand, { type: T }> } = {
    decide_filing: () => ({ type: 'decide_filing', approve: true, note: '同意' }),
    request_evidence_preservation: () => ({ type: 'request_evidence_preservation', description: '账簿' }),
    decide_evidence_preservation: () => ({
      type: 'decide_evidence_preservation',
      evidenceId: 'E1',
      approve: true,
      note: '同意',
    }),
    register_evidence: () => ({ type: 'register_evidence', evidenceId: 'E1', registeredOn: day }),
    record_statement: () => ({ type: 'record_statement', receivedOn: day, form: 'oral', content: '申辩' }),
    review_statement: () => ({
      type: 'review_statement',
      statementId: 'S1',
      adopted: '',
      notAdopted: '已部分整改',
      reasons: '复查未见整改',
    }),
    handle_evidence: () => ({ type: 'handle_evidence', evidenceId: 'E1', outcome: 'return', note: '' }),
    serve_notice: () => ({ type: 'serve_notice', servedOn: day, ...small }),
    request_hearing: () => ({ type: 'request_hearing', requestedOn: day }),
    schedule_hearing: () => ({ type: 'schedule_hearing', date: '2026-12-01', chair: CHAIR.userId }),
    record_hearing: () => ({
      type: 'record_hearing',
      outcome: 'held',
      minutes: { participants: ['主持人', '当事人'], summary: '听证', signed: true, refusalNote: null },
    }),
    submit_for_decision: () => ({ type: 'submit_for_decision' }),
    record_legal_review: () => ({ type: 'record_legal_review', passed: true, opinion: '同意' }),
    record_deliberation: () => ({
      type: 'record_deliberation',
      participants: ['甲', '乙', '丙'],
      conclusion: '同意',
    }),
    pause_decision_clock: () => ({ type: 'pause_decision_clock', reason: 'appraisal' }),
    resume_decision_clock: () => ({ type: 'resume_decision_clock' }),
    request_decision_extension: () => ({ type: 'request_decision_extension', days: 10, reason: '案情复杂' }),
    decide_decision_extension: () => ({ type: 'decide_decision_extension', approve: true, note: '同意' }),
    decide_penalty: () => ({ type: 'decide_penalty', ...small }),
    record_service: () => ({ type: 'record_service', servedOn: day, method: 'direct' }),
    record_publication: () => ({ type: 'record_publication', publishedOn: day }),
    record_publication_withdrawal: () => ({ type: 'record_publication_withdrawal', withdrawnOn: day }),
    record_remedy: () => ({ type: 'record_remedy', kind: 'reconsideration', filedOn: day }),
    record_remedy_outcome: () => ({
      type: 'record_remedy_outcome',
      kind: 'reconsideration',
      endedOn: day,
      outcome: 'upheld',
    }),
    record_correction_refusal: () => ({
      type: 'record_correction_refusal',
      correctionOrderedOn: '2026-11-10',
      reinspectedOn: day,
      finding: '仍未改正',
    }),
    serve_continuing_fine_notice: () => ({ type: 'serve_continuing_fine_notice', servedOn: day, asOf: day }),
    impose_continuing_fine: () => ({ type: 'impose_continuing_fine' }),
    record_closure_ground: () => ({
      type: 'record_closure_ground',
      ground: 'unsafe_after_suspension',
      facts: '停产整顿后复查仍不具备安全生产条件',
    }),
    record_payment: () => ({
      type: 'record_payment',
      paidOn: day,
      amountFen: s.decision ? amountDueFen(s, calendar, day) : 1,
    }),
    serve_demand: () => ({ type: 'serve_demand', servedOn: day }),
    apply_court_enforcement: () => ({ type: 'apply_court_enforcement', filedOn: day }),
    submit_closure_proposal: () => ({ type: 'submit_closure_proposal', note: '提请关闭' }),
    propose_closing: () => ({ type: 'propose_closing', reason: '已履行' }),
    decide_closing: () => ({ type: 'decide_closing', approve: true, note: '同意' }),
  };
  return commands[type]();
}

describe('the penalty procedure’s definition agrees with its rules', () => {
  describeConformance({
    definition: PENALTY_PROCEDURE,
    states,
    sample,
    decide: (s, c, actor) => decidePenalty(s, c, actor, at(dayOf(s)), calendar),
    handlers: (s) => s.handlers,
    notAccepted: {
      // Both follow more than 30 days of surcharge (the clock's demand_due): see
      // scenarios/unpaid-fine-surcharge-demand-court.spec.ts, which runs the clock that far.
      serve_demand: 'needs demand_due from the clock',
      apply_court_enforcement: 'needs the demand served first',
    },
  });
});
