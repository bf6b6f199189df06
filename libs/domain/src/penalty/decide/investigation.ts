// 立案 and investigation: filing approved by a supervisor or the head (行政处罚法 第54条), evidence
// registered for preservation and decided within 7 working days (第56条).
import { plainLastDay } from '../../rulebook/clock-end';
import { ruleOf } from '../../rulebook/rulebook';
import type { PenaltyCommandOf } from '../penalty-commands';
import type { PenaltyEvent } from '../penalty-events';
import { needApprover, needHandler, needPastDate, reject, type PenaltyContext } from './guards';

export function decideFiling(ctx: PenaltyContext, c: PenaltyCommandOf<'decide_filing'>): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const role = needApprover(ctx, '立案 approval', state.proposedBy);
  if (!c.approve && !c.note.trim()) reject('case.invalid', 'penalty.refusal_needs_reason');
  if (c.approve && c.actOn !== undefined) needWithinLimitation(ctx, c.actOn, c.lifeOrHealthHarmed ?? false);
  return [
    {
      type: 'filing_decided',
      at: now,
      by: by(role),
      approved: c.approve,
      note: c.note,
      complex: c.complex ?? false,
      majorPublicInterest: c.majorPublicInterest ?? false,
      documents: c.approve ? [{ key: 'filing_approval', type: 'filing_approval' }] : [],
    },
  ];
}

/**
 * 行政处罚法 第36条: no penalty once 2 years (5 where life or health was at stake with harm) have
 * passed since the act was committed or ended. An agency-side limit: it ends on its un-rolled last
 * day, and 立案 after it is refused with the reason.
 */
function needWithinLimitation(ctx: PenaltyContext, actOn: string, lifeOrHealth: boolean): void {
  needPastDate(ctx, actOn, 'actOn');
  const rule = ruleOf(ctx.state.rulebook, lifeOrHealth ? 'limitation.life_health' : 'limitation.general');
  const limitEnds = plainLastDay(rule, actOn, 0);
  if (ctx.today > limitEnds)
    reject('case.invalid', 'penalty.limitation_passed', { actOn, years: rule.amount, limitEnds });
}

export function registerEvidence(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'register_evidence'>,
): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const role = needHandler(ctx, 'registering evidence');
  needPastDate(ctx, c.registeredOn, 'registeredOn', state.filing!.on);
  if (!c.description.trim()) reject('case.invalid', 'penalty.describe_evidence');
  const id = `E${state.evidence.length + 1}`;
  return [
    {
      type: 'evidence_registered',
      at: now,
      by: by(role),
      evidence: { id, description: c.description, registeredOn: c.registeredOn },
      documents: [{ key: `evidence:${id}`, type: 'evidence_preservation_notice' }],
    },
  ];
}

export function handleEvidence(ctx: PenaltyContext, c: PenaltyCommandOf<'handle_evidence'>): PenaltyEvent[] {
  const { state, now, by, today } = ctx;
  const e = state.evidence.find((x) => x.id === c.evidenceId);
  if (!e) return reject('case.invalid', 'penalty.unknown_evidence', { evidenceId: c.evidenceId });
  if (e.handling)
    reject('case.wrong_stage', 'penalty.evidence_decided', { id: e.id, decidedOn: e.handling.decidedOn });
  // The decision on preserved evidence is the agency's (负责人), not the investigators'.
  const role = needApprover(ctx, 'deciding on preserved evidence');
  return [
    {
      type: 'evidence_handled',
      at: now,
      by: by(role),
      evidenceId: e.id,
      handling: { decidedOn: today, outcome: c.outcome, note: c.note },
      documents: [{ key: `evidence_decision:${e.id}`, type: 'evidence_preservation_decision' }],
    },
  ];
}
