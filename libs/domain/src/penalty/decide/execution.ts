// After the decision: service (行政处罚法 第61条), publication and withdrawal (安全生产法 第78条,
// 行政处罚法 第48条), remedies and the surcharge pause (第73条), payment (第67条), written demand and
// court enforcement (行政强制法 第53–54条), continuing fines (安全生产法 第112条), closure proposal
// (第113条) and closing approval.
import { addDays } from '../../calendar/iso-date';
import { CalendarYearMissingError } from '../../calendar/work-calendar';
import { term } from '../../i18n';
import { ruleOf } from '../../rulebook/rulebook';
import { continuingDailyFine } from '../late-payment';
import { amountDueFen, courtWindow, surchargeOn } from '../penalty-clocks';
import { lawsuitWindowEnds } from '../penalty-rules';
import type { PenaltyCommandOf } from '../penalty-commands';
import type { PenaltyEvent } from '../penalty-events';
import { needApprover, needHandler, needPastDate, pastDue, reject, type PenaltyContext } from './guards';

const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

export function recordService(ctx: PenaltyContext, c: PenaltyCommandOf<'record_service'>): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const role = needHandler(ctx, 'recording service');
  needPastDate(ctx, c.servedOn, 'servedOn', state.decision!.decidedOn);
  // 公告送达 counts as served when the notice period has run (民事诉讼法 第95条).
  const effectiveOn =
    c.method === 'public_notice'
      ? addDays(c.servedOn, ruleOf(state.rulebook, 'service.public_notice').amount)
      : c.servedOn;
  return [
    { type: 'decision_served', at: now, by: by(role), servedOn: c.servedOn, method: c.method, effectiveOn },
  ];
}

export function recordPublication(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'record_publication'>,
): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const role = needHandler(ctx, 'recording the publication');
  if (state.publication)
    reject('case.wrong_stage', 'penalty.published_on', { publishedOn: state.publication.publishedOn });
  needPastDate(ctx, c.publishedOn, 'publishedOn', state.decision!.decidedOn);
  return [{ type: 'decision_published', at: now, by: by(role), publishedOn: c.publishedOn }];
}

export function recordWithdrawal(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'record_publication_withdrawal'>,
): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const p = state.publication;
  if (!p?.withdrawalDueFrom || p.withdrawnOn) reject('case.wrong_stage', 'penalty.nothing_to_withdraw');
  const role = needHandler(ctx, 'recording the withdrawal');
  needPastDate(ctx, c.withdrawnOn, 'withdrawnOn', p.withdrawalDueFrom);
  return [{ type: 'publication_withdrawn', at: now, by: by(role), withdrawnOn: c.withdrawnOn }];
}

export function recordRemedy(ctx: PenaltyContext, c: PenaltyCommandOf<'record_remedy'>): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const role = needHandler(ctx, 'recording a remedy');
  const received = state.service!.effectiveOn;
  needPastDate(ctx, c.filedOn, 'filedOn', received);
  if (state.remedies.some((r) => r.endedOn === null)) reject('case.wrong_stage', 'penalty.remedy_pending');
  const closed =
    c.kind === 'reconsideration'
      ? pastDue(ctx, received, ruleOf(state.rulebook, 'reconsideration.window').amount, c.filedOn)
      : lawsuitClosed(ctx, received, c.filedOn);
  if (closed) reject('case.invalid', 'penalty.remedy_window_closed', { kind: term(c.kind), closed });
  return [{ type: 'remedy_filed', at: now, by: by(role), kind: c.kind, filedOn: c.filedOn }];
}

/**
 * The lawsuit window's rolled end when `filedOn` is past it, else null (a party-side period: the
 * suit is accepted up to the working day after a rest-day end). Never guessed across a year not loaded.
 */
function lawsuitClosed(ctx: PenaltyContext, received: string, filedOn: string): string | null {
  try {
    const ends = lawsuitWindowEnds(ctx.calendar, ctx.state.rulebook, received);
    return filedOn > ends ? ends : null;
  } catch (error) {
    if (!(error instanceof CalendarYearMissingError)) throw error;
    return reject('case.invalid', 'penalty.calendar_missing', { year: error.year, day: filedOn });
  }
}

export function recordRemedyOutcome(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'record_remedy_outcome'>,
): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const pending = state.remedies.find((r) => r.kind === c.kind && r.endedOn === null);
  if (!pending) return reject('case.wrong_stage', 'penalty.no_remedy_pending', { kind: term(c.kind) });
  const role = needHandler(ctx, 'recording the outcome');
  needPastDate(ctx, c.endedOn, 'endedOn', pending.filedOn);
  let newFineFen: number | null = null;
  if (c.outcome === 'changed') {
    newFineFen = c.newFineFen ?? reject('case.invalid', 'penalty.new_fine_needed');
    if (!Number.isInteger(newFineFen) || newFineFen < 0 || newFineFen > state.decision!.fineFen)
      reject('case.invalid', 'penalty.new_fine_range');
  }
  return [
    {
      type: 'remedy_ended',
      at: now,
      by: by(role),
      kind: c.kind,
      endedOn: c.endedOn,
      outcome: c.outcome,
      newFineFen,
    },
  ];
}

export function imposeContinuingFine(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'impose_continuing_fine'>,
): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const role = needApprover(ctx, 'the continuing daily fine (安全生产法 第112条)');
  if (state.party !== 'unit' || !state.decision?.fineFen)
    reject('case.invalid', 'penalty.continuing_needs_unit_fine');
  needPastDate(ctx, c.correctionOrderedOn, 'correctionOrderedOn', state.decision.decidedOn);
  needPastDate(ctx, c.asOf, 'asOf', c.correctionOrderedOn);
  const { days, totalFen } = continuingDailyFine(state.decision.fineFen, c.correctionOrderedOn, c.asOf);
  if (days < 1) reject('case.invalid', 'penalty.continuing_from');
  return [
    {
      type: 'continuing_fine_imposed',
      at: now,
      by: by(role),
      correctionOrderedOn: c.correctionOrderedOn,
      asOf: c.asOf,
      days,
      totalFen,
      documents: [{ key: `continuing_fine:${c.asOf}`, type: 'continuing_fine_decision' }],
    },
  ];
}

export function recordPayment(ctx: PenaltyContext, c: PenaltyCommandOf<'record_payment'>): PenaltyEvent[] {
  const { state, now, by, calendar } = ctx;
  const role = needHandler(ctx, 'recording payment');
  if (state.payment) reject('case.wrong_stage', 'penalty.paid_on', { paidOn: state.payment.paidOn });
  if (state.decisionStatus === 'revoked' || !state.decision?.fineFen)
    reject('case.wrong_stage', 'penalty.nothing_owed');
  needPastDate(ctx, c.paidOn, 'paidOn', state.service!.servedOn);
  const owed = amountDueFen(state, calendar, c.paidOn);
  if (c.amountFen !== owed)
    reject('case.invalid', 'penalty.amount_owed', { paidOn: c.paidOn, amount: yuan(owed) });
  const surchargeFen = surchargeOn(state, calendar, c.paidOn)?.amountFen ?? 0;
  return [
    {
      type: 'payment_recorded',
      at: now,
      by: by(role),
      paidOn: c.paidOn,
      amountFen: c.amountFen,
      surchargeFen,
    },
  ];
}

export function serveDemand(ctx: PenaltyContext, c: PenaltyCommandOf<'serve_demand'>): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const role = needHandler(ctx, 'serving the written demand');
  if (state.payment) reject('case.wrong_stage', 'penalty.paid');
  if (!state.demandDue) reject('case.wrong_stage', 'penalty.demand_after_30_days');
  if (state.demand) reject('case.wrong_stage', 'penalty.demand_served', { servedOn: state.demand.servedOn });
  needPastDate(ctx, c.servedOn, 'servedOn');
  return [
    {
      type: 'demand_served',
      at: now,
      by: by(role),
      servedOn: c.servedOn,
      documents: [{ key: 'payment_demand', type: 'payment_demand' }],
    },
  ];
}

export function applyCourtEnforcement(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'apply_court_enforcement'>,
): PenaltyEvent[] {
  const { state, now, by, calendar } = ctx;
  const role = needApprover(ctx, 'the application for court enforcement');
  if (state.payment) reject('case.wrong_stage', 'penalty.paid');
  if (state.courtApplication)
    reject('case.wrong_stage', 'penalty.court_applied', { filedOn: state.courtApplication.filedOn });
  const window = courtWindow(state, calendar);
  if (!window) return reject('case.wrong_stage', 'penalty.demand_first');
  if (state.remedies.some((r) => r.endedOn === null)) reject('case.wrong_stage', 'penalty.remedy_pending');
  needPastDate(ctx, c.filedOn, 'filedOn');
  if (c.filedOn < window.earliest || c.filedOn > window.latest)
    reject('case.invalid', 'penalty.court_window', { earliest: window.earliest, latest: window.latest });
  return [
    {
      type: 'court_enforcement_applied',
      at: now,
      by: by(role),
      filedOn: c.filedOn,
      documents: [{ key: 'court_enforcement', type: 'court_enforcement_application' }],
    },
  ];
}

export function submitClosureProposal(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'submit_closure_proposal'>,
): PenaltyEvent[] {
  const { state, now, by, today } = ctx;
  if (!state.closureProposal?.due) reject('case.wrong_stage', 'penalty.no_closure_proposal_due');
  const { role } = ctx;
  return [
    {
      type: 'closure_proposal_submitted',
      at: now,
      by: by(role),
      submittedOn: today,
      note: c.note,
      documents: [{ key: 'closure_proposal', type: 'closure_proposal' }],
    },
  ];
}

/** Why the case cannot close yet, or null. */
export function closingBlocker(ctx: PenaltyContext): string | null {
  const s = ctx.state;
  const revoked = s.decisionStatus === 'revoked';
  if (s.remedies.some((r) => r.endedOn === null)) return 'a reconsideration or lawsuit is pending';
  if (!revoked && s.decision!.fineFen > 0 && !s.payment && !s.courtApplication)
    return 'the fine is neither paid nor handed to the court';
  if (!revoked && !s.publication) return 'the decision is not yet published (安全生产法 第78条)';
  if (s.publication?.withdrawalDueFrom && !s.publication.withdrawnOn)
    return 'the publication is not yet withdrawn';
  if (s.evidence.some((e) => !e.handling)) return 'preserved evidence is still undecided';
  return null;
}

export function proposeClosing(ctx: PenaltyContext, c: PenaltyCommandOf<'propose_closing'>): PenaltyEvent[] {
  const { now, by } = ctx;
  const role = needHandler(ctx, 'proposing closing');
  const blocker = closingBlocker(ctx);
  if (blocker) reject('case.wrong_stage', 'penalty.cannot_close', { blocker: term(blocker) });
  if (!c.reason.trim()) reject('case.invalid', 'penalty.closing_reason');
  return [{ type: 'closing_proposed', at: now, by: by(role), reason: c.reason }];
}

export function decideClosing(ctx: PenaltyContext, c: PenaltyCommandOf<'decide_closing'>): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const role = needApprover(ctx, 'closing approval', state.closing!.proposedBy);
  if (!c.approve && !c.note.trim()) reject('case.invalid', 'common.refusal_reason');
  return [
    {
      type: 'closing_decided',
      at: now,
      by: by(role),
      approved: c.approve,
      note: c.note,
      documents: c.approve ? [{ key: 'closing_approval', type: 'closing_approval' }] : [],
    },
  ];
}
