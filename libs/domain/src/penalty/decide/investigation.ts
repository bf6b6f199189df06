// 立案 and investigation: filing approved by a supervisor or the head (行政处罚法 第54条), evidence
// registered for preservation and decided within 7 working days (第56条).
import { computeDeadline } from '../../calendar/deadline';
import type { IsoDate } from '../../calendar/iso-date';
import { CalendarYearMissingError, type WorkCalendar } from '../../calendar/work-calendar';
import { term } from '../../i18n';
import { plainLastDay } from '../../rulebook/clock-end';
import { ruleOf } from '../../rulebook/rulebook';
import type { PenaltyCommandOf } from '../penalty-commands';
import type { PenaltyEvent } from '../penalty-events';
import type { PenaltyState, PreservedEvidence } from '../penalty-types';
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

export function requestEvidencePreservation(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'request_evidence_preservation'>,
): PenaltyEvent[] {
  const { state, now, by, today } = ctx;
  const role = needHandler(ctx, 'registering evidence');
  if (!c.description.trim()) reject('case.invalid', 'penalty.describe_evidence');
  const id = `E${state.evidence.length + 1}`;
  return [
    {
      type: 'evidence_preservation_requested',
      at: now,
      by: by(role),
      evidence: { id, description: c.description, requestedOn: today },
    },
  ];
}

function evidenceItem(ctx: PenaltyContext, evidenceId: string): PreservedEvidence {
  const e = ctx.state.evidence.find((x) => x.id === evidenceId);
  return e ?? reject('case.invalid', 'penalty.unknown_evidence', { evidenceId });
}

/** 第56条: "经行政机关负责人批准" — the head (or a supervisor as 负责人) approves before anything is held. */
export function decideEvidencePreservation(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'decide_evidence_preservation'>,
): PenaltyEvent[] {
  const { now, by, today } = ctx;
  const e = evidenceItem(ctx, c.evidenceId);
  if (e.status !== 'requested')
    reject('case.wrong_stage', 'penalty.evidence_not_requested', { id: e.id, status: term(e.status) });
  const role = needApprover(ctx, 'approving evidence preservation', e.requestedBy);
  if (!c.approve && !c.note.trim()) reject('case.invalid', 'common.refusal_reason');
  return [
    {
      type: 'evidence_preservation_decided',
      at: now,
      by: by(role),
      evidenceId: e.id,
      approved: c.approve,
      on: today,
      note: c.note,
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
  const { now, by } = ctx;
  const role = needHandler(ctx, 'registering evidence');
  const e = evidenceItem(ctx, c.evidenceId);
  if (e.status !== 'approved')
    reject('case.wrong_stage', 'penalty.evidence_needs_approval', { id: e.id, status: term(e.status) });
  // Registered no earlier than the approval: the approval comes first (第56条).
  needPastDate(ctx, c.registeredOn, 'registeredOn', e.approval!.on);
  return [
    {
      type: 'evidence_registered',
      at: now,
      by: by(role),
      evidence: { id: e.id, registeredOn: c.registeredOn },
      documents: [{ key: `evidence:${e.id}`, type: 'evidence_preservation_notice' }],
    },
  ];
}

export function handleEvidence(ctx: PenaltyContext, c: PenaltyCommandOf<'handle_evidence'>): PenaltyEvent[] {
  const { state, now, by, today, calendar } = ctx;
  const e = evidenceItem(ctx, c.evidenceId);
  if (e.status !== 'registered' || !e.registeredOn)
    reject('case.wrong_stage', 'penalty.evidence_not_registered', { id: e.id, status: term(e.status) });
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
      handling: {
        decidedOn: today,
        outcome: c.outcome,
        note: c.note,
        late: evidenceDecisionLate(state, calendar, e.registeredOn, today),
      },
      documents: [{ key: `evidence_decision:${e.id}`, type: 'evidence_preservation_decision' }],
    },
  ];
}

/**
 * Whether the decision on `today` comes after the 7 working days of 第56条. A late decision is still
 * made (the evidence must be released or dealt with); the record says it was late. A year not loaded
 * leaves the question open (false), as nothing is guessed.
 */
function evidenceDecisionLate(
  state: PenaltyState,
  calendar: WorkCalendar,
  registeredOn: IsoDate,
  today: IsoDate,
): boolean {
  const rule = ruleOf(state.rulebook, 'evidence_preservation.decision');
  try {
    return today > computeDeadline(calendar, registeredOn, rule.amount, rule.unit as 'working_days').due;
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return false;
    throw error;
  }
}
