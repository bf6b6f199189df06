// The closure proposal (安全生产法 第113条) and closing the penalty case (结案).
import { term } from '../../i18n';
import { CLOSURE_GROUND_REASONS } from '../penalty-rules';
import type { PenaltyCommandOf } from '../penalty-commands';
import type { PenaltyEvent } from '../penalty-events';
import { needApprover, needHandler, reject, type PenaltyContext } from './guards';

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
