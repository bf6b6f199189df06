// After the decision: service (行政处罚法 第61条), publication and withdrawal (安全生产法 第78条,
// 行政处罚法 第48条), remedies and the surcharge pause (第73条), payment (第67条), written demand and
// court enforcement (行政强制法 第53–54条), continuing fines (安全生产法 第112条), closure proposal
// (第113条) and closing approval.
import { addDays } from '../../calendar/iso-date';
import { addMonths } from '../../calendar/months';
import { ruleOf } from '../../rulebook/rulebook';
import { continuingDailyFine } from '../late-payment';
import { amountDueFen, courtWindow, surchargeOn } from '../penalty-clocks';
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
  if (state.publication) reject('case.wrong_stage', `published on ${state.publication.publishedOn}`);
  needPastDate(ctx, c.publishedOn, 'publishedOn', state.decision!.decidedOn);
  return [{ type: 'decision_published', at: now, by: by(role), publishedOn: c.publishedOn }];
}

export function recordWithdrawal(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'record_publication_withdrawal'>,
): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const p = state.publication;
  if (!p?.withdrawalDueFrom || p.withdrawnOn)
    reject('case.wrong_stage', 'no publication waits to be withdrawn');
  const role = needHandler(ctx, 'recording the withdrawal');
  needPastDate(ctx, c.withdrawnOn, 'withdrawnOn', p!.withdrawalDueFrom!);
  return [{ type: 'publication_withdrawn', at: now, by: by(role), withdrawnOn: c.withdrawnOn }];
}

export function recordRemedy(ctx: PenaltyContext, c: PenaltyCommandOf<'record_remedy'>): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const role = needHandler(ctx, 'recording a remedy');
  const received = state.service!.effectiveOn;
  needPastDate(ctx, c.filedOn, 'filedOn', received);
  if (state.remedies.some((r) => r.endedOn === null))
    reject('case.wrong_stage', 'a reconsideration or lawsuit is pending');
  const closed =
    c.kind === 'reconsideration'
      ? pastDue(ctx, received, ruleOf(state.rulebook, 'reconsideration.window').amount, c.filedOn)
      : c.filedOn > addMonths(received, ruleOf(state.rulebook, 'lawsuit.window').amount)
        ? addMonths(received, ruleOf(state.rulebook, 'lawsuit.window').amount)
        : null;
  if (closed) reject('case.invalid', `the ${c.kind} window closed on ${closed}`);
  return [{ type: 'remedy_filed', at: now, by: by(role), kind: c.kind, filedOn: c.filedOn }];
}

export function recordRemedyOutcome(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'record_remedy_outcome'>,
): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const pending = state.remedies.find((r) => r.kind === c.kind && r.endedOn === null);
  if (!pending) return reject('case.wrong_stage', `no ${c.kind} is pending`);
  const role = needHandler(ctx, 'recording the outcome');
  needPastDate(ctx, c.endedOn, 'endedOn', pending.filedOn);
  let newFineFen: number | null = null;
  if (c.outcome === 'changed') {
    newFineFen =
      c.newFineFen ?? reject('case.invalid', 'a changed decision states the new fine (newFineFen)');
    if (!Number.isInteger(newFineFen) || newFineFen < 0 || newFineFen > state.decision!.fineFen)
      reject('case.invalid', 'the changed fine is a whole number of fen, no more than the decided fine');
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
    reject('case.invalid', 'a continuing fine follows a fine on a unit');
  needPastDate(ctx, c.correctionOrderedOn, 'correctionOrderedOn', state.decision!.decidedOn);
  needPastDate(ctx, c.asOf, 'asOf', c.correctionOrderedOn);
  const { days, totalFen } = continuingDailyFine(state.decision!.fineFen, c.correctionOrderedOn, c.asOf);
  if (days < 1) reject('case.invalid', 'the fine runs from the day after the correction order');
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
  if (state.payment) reject('case.wrong_stage', `paid on ${state.payment.paidOn}`);
  if (state.decisionStatus === 'revoked' || !state.decision?.fineFen)
    reject('case.wrong_stage', 'nothing is owed');
  needPastDate(ctx, c.paidOn, 'paidOn', state.service!.servedOn);
  const owed = amountDueFen(state, calendar, c.paidOn);
  if (c.amountFen !== owed)
    reject(
      'case.invalid',
      `on ${c.paidOn} the party owes ${yuan(owed)} (fine, surcharge and continuing fines)`,
    );
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
  if (state.payment) reject('case.wrong_stage', 'the penalty is paid');
  if (!state.demandDue)
    reject('case.wrong_stage', 'a demand follows more than 30 days of surcharge (行政强制法 第54条)');
  if (state.demand) reject('case.wrong_stage', `the demand was served on ${state.demand.servedOn}`);
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
  if (state.payment) reject('case.wrong_stage', 'the penalty is paid');
  if (state.courtApplication) reject('case.wrong_stage', `applied on ${state.courtApplication.filedOn}`);
  const window = courtWindow(state, calendar);
  if (!window) return reject('case.wrong_stage', 'serve the written demand first (行政强制法 第54条)');
  if (state.remedies.some((r) => r.endedOn === null))
    reject('case.wrong_stage', 'a reconsideration or lawsuit is pending');
  needPastDate(ctx, c.filedOn, 'filedOn');
  if (c.filedOn < window.earliest || c.filedOn > window.latest)
    reject(
      'case.invalid',
      `the court may be applied to from ${window.earliest} to ${window.latest} (行政强制法 第53–54条)`,
    );
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
  if (!state.closureProposal?.due) reject('case.wrong_stage', 'no closure proposal is due');
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
  if (blocker) reject('case.wrong_stage', `cannot close: ${blocker}`);
  if (!c.reason.trim()) reject('case.invalid', 'give the closing reason');
  return [{ type: 'closing_proposed', at: now, by: by(role), reason: c.reason }];
}

export function decideClosing(ctx: PenaltyContext, c: PenaltyCommandOf<'decide_closing'>): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const role = needApprover(ctx, 'closing approval', state.closing!.proposedBy);
  if (!c.approve && !c.note.trim()) reject('case.invalid', 'a refusal needs its reason');
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
