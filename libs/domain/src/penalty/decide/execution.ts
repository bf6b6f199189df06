// After the decision: service (行政处罚法 第61条), publication and withdrawal (安全生产法 第78条,
// 行政处罚法 第48条), remedies and the surcharge pause (第73条), payment (第67条), written demand and
// court enforcement (行政强制法 第53–54条), continuing fines (安全生产法 第112条), closure proposal
// (第113条) and closing approval.
import { addDays } from '../../calendar/iso-date';
import { CalendarYearMissingError } from '../../calendar/work-calendar';
import { listOf, term } from '../../i18n';
import { ruleOf } from '../../rulebook/rulebook';
import { continuingDailyFine } from '../late-payment';
import { amountDueFen, courtWindow, surchargeOn } from '../penalty-clocks';
import {
  CLOSURE_GROUND_REASONS,
  defenceEnds,
  hearingRequestEnds,
  hearingRight,
  lawsuitAfterReconsiderationEnds,
  lawsuitWindowEnds,
} from '../penalty-rules';
import { unreviewedStatements } from './notice-and-hearing';
import type { PenaltyCommandOf } from '../penalty-commands';
import type { PenaltyEvent } from '../penalty-events';
import { needApprover, needHandler, needPastDate, pastDue, reject, type PenaltyContext } from './guards';
import { servedBy, serviceReceipt } from './served';

const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

export function recordService(ctx: PenaltyContext, c: PenaltyCommandOf<'record_service'>): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const role = needHandler(ctx, 'recording service');
  // With its service record (送达回证), the record's effective day counts (service/service-record.ts).
  const served = servedBy(ctx, { servedOn: c.servedOn, service: c.record }, state.decision!.decidedOn);
  const record = served.record;
  const method = record?.method ?? c.method ?? reject('case.invalid', 'service.record_missing');
  // 公告送达 without a record (older histories): served once the notice period has run (民事诉讼法 第95条).
  const effectiveOn = record
    ? record.effectiveOn
    : method === 'public_notice'
      ? addDays(served.servedOn, ruleOf(state.rulebook, 'service.public_notice').amount)
      : served.servedOn;
  return [
    {
      type: 'decision_served',
      at: now,
      by: by(role),
      servedOn: served.servedOn,
      method,
      effectiveOn,
      ...(record ? { record } : {}),
    },
    ...serviceReceipt(ctx, role, record, { key: 'penalty_decision', type: 'penalty_decision' }),
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
  const { state, now, by, calendar } = ctx;
  const role = needHandler(ctx, 'recording a remedy');
  const received = state.service!.effectiveOn;
  needPastDate(ctx, c.filedOn, 'filedOn', received);
  if (state.remedies.some((r) => r.endedOn === null)) reject('case.wrong_stage', 'penalty.remedy_pending');
  // One reconsideration, before any lawsuit (行政复议法 第29条); one lawsuit.
  if (state.remedies.some((r) => r.kind === c.kind || r.kind === 'lawsuit'))
    reject('case.wrong_stage', 'penalty.remedy_order', { kind: term(c.kind) });
  const afterReconsideration = state.remedies.find(
    (r) => r.kind === 'reconsideration' && r.outcome !== null && r.outcome !== 'withdrawn',
  );
  let closed: string | null;
  if (c.kind === 'reconsideration')
    closed = pastDue(ctx, received, ruleOf(state.rulebook, 'reconsideration.window').amount, c.filedOn);
  else if (afterReconsideration)
    // 行政诉讼法 第45条: 15 days from receiving the reconsideration decision, not the 6 months of 第46条.
    closed = ((end) => (c.filedOn > end ? end : null))(
      lawsuitAfterReconsiderationEnds(calendar, state.rulebook, afterReconsideration.endedOn!),
    );
  else closed = lawsuitClosed(ctx, received, c.filedOn);
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

/** A continuing fine is for a unit fined by a decision in force (安全生产法 第112条: "按照原处罚数额"). */
function needFinedUnit(ctx: PenaltyContext): number {
  const { state } = ctx;
  if (state.party !== 'unit' || !state.decision?.fineFen || state.decisionStatus === 'revoked')
    reject('case.invalid', 'penalty.continuing_needs_unit_fine');
  return state.decision.fineFen;
}

/** 第112条 "拒不改正": a re-inspection after the correction order found the unit had not corrected. */
export function recordCorrectionRefusal(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'record_correction_refusal'>,
): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const role = needHandler(ctx, 'recording the refusal to correct');
  needFinedUnit(ctx);
  if (state.continuingFine)
    reject('case.wrong_stage', 'penalty.continuing_fine_running', {
      reinspectedOn: state.continuingFine.reinspectedOn,
    });
  needPastDate(ctx, c.correctionOrderedOn, 'correctionOrderedOn', state.decision!.decidedOn);
  needPastDate(ctx, c.reinspectedOn, 'reinspectedOn', addDays(c.correctionOrderedOn, 1));
  if (!c.finding.trim()) reject('case.invalid', 'penalty.refusal_finding');
  return [
    {
      type: 'correction_refusal_recorded',
      at: now,
      by: by(role),
      correctionOrderedOn: c.correctionOrderedOn,
      reinspectedOn: c.reinspectedOn,
      finding: c.finding,
    },
  ];
}

/** The notice of the continuing fine (行政处罚法 第44条): days and amount, and the defence period. */
export function serveContinuingFineNotice(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'serve_continuing_fine_notice'>,
): PenaltyEvent[] {
  const { state, now, by, calendar } = ctx;
  const role = needHandler(ctx, 'serving the notice');
  const fineFen = needFinedUnit(ctx);
  const cf = state.continuingFine;
  if (!cf) return reject('case.wrong_stage', 'penalty.refusal_not_found');
  if (cf.notice)
    reject('case.wrong_stage', 'penalty.continuing_fine_noticed', { servedOn: cf.notice.servedOn });
  const served = servedBy(ctx, c, cf.reinspectedOn);
  // Counted from the day after the correction order up to a day no later than the refusal was found.
  needPastDate(ctx, c.asOf, 'asOf', addDays(cf.correctionOrderedOn, 1));
  if (c.asOf > cf.reinspectedOn)
    reject('case.invalid', 'penalty.continuing_as_of', { reinspectedOn: cf.reinspectedOn });
  const { days, totalFen } = continuingDailyFine(fineFen, cf.correctionOrderedOn, c.asOf);
  if (days < 1) reject('case.invalid', 'penalty.continuing_from');
  // A large fine (the total imposed) gives the right to a hearing (行政处罚法 第63条).
  const right = hearingRight(state.rulebook, state.party, ['fine'], totalFen);
  return [
    {
      type: 'continuing_fine_noticed',
      at: now,
      by: by(role),
      servedOn: served.servedOn,
      ...(served.record ? { service: served.record } : {}),
      asOf: c.asOf,
      days,
      totalFen,
      defenceEnds: defenceEnds(calendar, state.rulebook, served.from),
      hearingRight: right,
      hearingRequestEnds: right ? hearingRequestEnds(calendar, state.rulebook, served.from) : null,
      documents: [{ key: `continuing_fine_notice:${c.asOf}`, type: 'continuing_fine_notice' }],
    },
    ...serviceReceipt(ctx, role, served.record, {
      key: `continuing_fine_notice:${c.asOf}`,
      type: 'continuing_fine_notice',
    }),
  ];
}

export function imposeContinuingFine(
  ctx: PenaltyContext,
  _c: PenaltyCommandOf<'impose_continuing_fine'>,
): PenaltyEvent[] {
  const { state, now, by, today } = ctx;
  const role = needApprover(ctx, 'the continuing daily fine (安全生产法 第112条)');
  needFinedUnit(ctx);
  const cf = state.continuingFine;
  if (!cf) return reject('case.wrong_stage', 'penalty.refusal_not_found');
  const notice = cf.notice ?? reject('case.wrong_stage', 'penalty.continuing_fine_notice_first');
  if (today <= notice.defenceEnds)
    reject('case.wrong_stage', 'penalty.defence_running', { defenceEnds: notice.defenceEnds });
  const h = cf.hearing;
  if (!h && notice.hearingRight && today <= notice.hearingRequestEnds!)
    reject('case.wrong_stage', 'penalty.hearing_request_window', {
      hearingRequestEnds: notice.hearingRequestEnds!,
    });
  if (h && h.outcome === null) reject('case.wrong_stage', 'penalty.hearing_pending');
  if (h?.outcome === 'held' && !h.minutes) reject('case.wrong_stage', 'penalty.hearing_record_first');
  const unreviewed = unreviewedStatements(state, 'continuing_fine_notice');
  if (unreviewed.length)
    reject('case.wrong_stage', 'penalty.statement_review_first', { ids: listOf(unreviewed) });
  return [
    {
      type: 'continuing_fine_imposed',
      at: now,
      by: by(role),
      correctionOrderedOn: cf.correctionOrderedOn,
      asOf: notice.asOf,
      days: notice.days,
      totalFen: notice.totalFen,
      documents: [{ key: `continuing_fine:${notice.asOf}`, type: 'continuing_fine_decision' }],
    },
  ];
}

/** 安全生产法 第113条(二)–(四), found in this case: the closure proposal falls due (once). */
export function recordClosureGround(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'record_closure_ground'>,
): PenaltyEvent[] {
  const { state, now, by, today } = ctx;
  const role = needHandler(ctx, 'recording a ground for closure');
  if (!c.facts.trim()) reject('case.invalid', 'penalty.closure_ground_facts');
  if ((state.closureGroundsFound ?? []).some((g) => g.ground === c.ground))
    reject('case.wrong_stage', 'penalty.closure_ground_recorded', { ground: term(c.ground) });
  const events: PenaltyEvent[] = [
    { type: 'closure_ground_recorded', at: now, by: by(role), ground: c.ground, facts: c.facts, on: today },
  ];
  if (!state.closureProposal)
    events.push({ type: 'closure_proposal_due', at: now, reason: CLOSURE_GROUND_REASONS[c.ground] });
  return events;
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
  const served = servedBy(ctx, c);
  // The demand is numbered as it is served; its receipt follows it (the 10 working days of
  // 行政强制法 第54条 count from the receipt's effective day).
  return [
    {
      type: 'demand_served',
      at: now,
      by: by(role),
      servedOn: served.servedOn,
      ...(served.record ? { service: served.record } : {}),
      documents: [{ key: 'payment_demand', type: 'payment_demand' }],
    },
    ...serviceReceipt(ctx, role, served.record, { key: 'payment_demand', type: 'payment_demand' }),
  ];
}

export function applyCourtEnforcement(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'apply_court_enforcement'>,
): PenaltyEvent[] {
  const { state, now, by, calendar } = ctx;
  const role = needApprover(ctx, 'the application for court enforcement');
  if (state.payment) reject('case.wrong_stage', 'penalty.paid');
  if (state.decisionStatus === 'revoked') reject('case.wrong_stage', 'penalty.nothing_owed');
  if (state.courtApplication)
    reject('case.wrong_stage', 'penalty.court_applied', { filedOn: state.courtApplication.filedOn });
  if (state.remedies.some((r) => r.endedOn === null)) reject('case.wrong_stage', 'penalty.remedy_pending');
  const window = courtWindow(state, calendar);
  if (!window) return reject('case.wrong_stage', 'penalty.demand_first');
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
