// 法制审核 (行政处罚法 第58条), 集体讨论 (第57条), the 90-day decision clock with its pauses and an
// approved extension (第60条), and the decision, never heavier than noticed (第45条).
import { plainLastDay } from '../../rulebook/clock-end';
import { fourEyesViolation } from '../../identity/four-eyes';
import { listOf, term } from '../../i18n';
import { ruleOf } from '../../rulebook/rulebook';
import { decisionClock, deliberationRequired, reviewRequired } from '../penalty-clocks';
import type { PenaltyCommandOf } from '../penalty-commands';
import type { PenaltyEvent } from '../penalty-events';
import { penaltyRose } from '../penalty-rules';
import { checkIncomeFine, checkIntended, unreviewedStatements } from './notice-and-hearing';
import { needApprover, needHandler, reject, type PenaltyContext } from './guards';

/**
 * What the decision must rest on, checked at submission and again at the decision: the hearing record
 * of a hearing requested (第64–65条), every statement and defence reviewed (第45条). Returns the day
 * of the hearing record, if any.
 */
function decisionGrounds(ctx: PenaltyContext): string | null {
  const { state } = ctx;
  const h = state.hearing;
  if (h && h.outcome === null) reject('case.wrong_stage', 'penalty.hearing_pending');
  if (h?.outcome === 'held' && !h.minutes) reject('case.wrong_stage', 'penalty.hearing_record_first');
  const unreviewed = unreviewedStatements(state, 'penalty_notice');
  if (unreviewed.length)
    reject('case.wrong_stage', 'penalty.statement_review_first', { ids: listOf(unreviewed) });
  return h?.outcome === 'held' ? h.minutes!.on : null;
}

export function submitForDecision(
  ctx: PenaltyContext,
  _c: PenaltyCommandOf<'submit_for_decision'>,
): PenaltyEvent[] {
  const { state, now, by, today } = ctx;
  const role = needHandler(ctx, 'submitting for decision');
  const notice = state.notice!;
  if (today <= notice.defenceEnds)
    reject('case.wrong_stage', 'penalty.defence_running', { defenceEnds: notice.defenceEnds });
  if (state.hearing && state.hearing.outcome === null) reject('case.wrong_stage', 'penalty.hearing_pending');
  if (!state.hearing && notice.hearingRight && today <= notice.hearingRequestEnds!)
    reject('case.wrong_stage', 'penalty.hearing_request_window', {
      hearingRequestEnds: notice.hearingRequestEnds!,
    });
  // Registered evidence is decided first; a request still awaiting approval or registration too.
  const open = state.evidence.filter((e) => !e.handling && e.status !== 'refused');
  if (open.length)
    reject('case.wrong_stage', 'penalty.evidence_first', { ids: listOf(open.map((e) => e.id)) });
  decisionGrounds(ctx);
  return [{ type: 'submitted_for_decision', at: now, by: by(role), reviewRequired: reviewRequired(state) }];
}

export function recordLegalReview(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'record_legal_review'>,
): PenaltyEvent[] {
  const { state, now, by, today, role } = ctx;
  const why = fourEyesViolation(ctx.actor, {
    proposedBy: state.review?.submittedBy,
    handlers: state.handlers,
  });
  if (why) reject('auth.four_eyes', 'penalty.review_four_eyes', { why: term(why) });
  if (!c.opinion.trim()) reject('case.invalid', 'penalty.review_opinion');
  return [
    { type: 'legal_review_recorded', at: now, by: by(role), passed: c.passed, opinion: c.opinion, on: today },
  ];
}

export function recordDeliberation(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'record_deliberation'>,
): PenaltyEvent[] {
  const { now, by, today, role } = ctx;
  const people = [...new Set(c.participants.map((p) => p.trim()).filter(Boolean))];
  if (people.length < 3) reject('case.invalid', 'penalty.deliberation_three');
  if (!c.conclusion.trim()) reject('case.invalid', 'penalty.deliberation_conclusion');
  return [
    {
      type: 'deliberation_recorded',
      at: now,
      by: by(role),
      on: today,
      participants: people,
      conclusion: c.conclusion,
    },
  ];
}

export function pauseDecisionClock(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'pause_decision_clock'>,
): PenaltyEvent[] {
  const { state, now, by, today } = ctx;
  const role = needHandler(ctx, 'pausing the decision clock for an appraisal');
  if (state.decisionClock.pauses.some((p) => p.reason === 'appraisal' && p.to === null))
    reject('case.wrong_stage', 'penalty.appraisal_running');
  return [{ type: 'decision_clock_paused', at: now, by: by(role), reason: c.reason, on: today }];
}

export function resumeDecisionClock(
  ctx: PenaltyContext,
  _c: PenaltyCommandOf<'resume_decision_clock'>,
): PenaltyEvent[] {
  const { state, now, by, today } = ctx;
  const role = needHandler(ctx, 'resuming the decision clock');
  if (!state.decisionClock.pauses.some((p) => p.reason === 'appraisal' && p.to === null))
    reject('case.wrong_stage', 'penalty.no_appraisal');
  return [{ type: 'decision_clock_resumed', at: now, by: by(role), on: today }];
}

export function requestDecisionExtension(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'request_decision_extension'>,
): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const role = needHandler(ctx, 'requesting more time to decide');
  const max = ruleOf(state.rulebook, 'decision.extension').amount;
  if (state.decisionClock.extensionDays > 0 || state.decisionClock.extensionRequest)
    reject('case.wrong_stage', 'penalty.extended_once');
  if (!Number.isInteger(c.days) || c.days < 1 || c.days > max)
    reject('case.invalid', 'penalty.extension_days', { max });
  if (!c.reason.trim()) reject('case.invalid', 'penalty.extension_reason');
  return [{ type: 'decision_extension_requested', at: now, by: by(role), days: c.days, reason: c.reason }];
}

export function decideDecisionExtension(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'decide_decision_extension'>,
): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const request = state.decisionClock.extensionRequest;
  if (!request) return reject('case.wrong_stage', 'common.no_extension_requested');
  const role = needApprover(ctx, 'approving the extension', request.requestedBy);
  return [
    {
      type: 'decision_extension_decided',
      at: now,
      by: by(role),
      approved: c.approve,
      days: request.days,
      note: c.note,
      documents: c.approve ? [{ key: 'decision_extension', type: 'decision_extension' }] : [],
    },
  ];
}

export function decidePenaltyCommand(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'decide_penalty'>,
): PenaltyEvent[] {
  const { state, now, by, today } = ctx;
  const role = needApprover(ctx, 'the penalty decision');
  // 行政处罚法 第27条 and 国务院令第310号: a penalty never takes the place of a transfer on the same facts.
  if (c.openTransfers?.length)
    reject('case.wrong_stage', 'penalty.transfer_open', { ids: listOf(c.openTransfers) });
  const hearingRecordOn = decisionGrounds(ctx);
  if (reviewRequired(state) && !state.review?.rounds.at(-1)?.passed)
    reject('case.wrong_stage', 'penalty.review_required');
  if (deliberationRequired(state) && !state.deliberation)
    reject('case.wrong_stage', 'penalty.deliberation_required');
  checkIntended(c);
  checkIncomeFine(state, c);
  const rose = penaltyRose(state.notice!, c);
  if (rose) reject('case.invalid', 'penalty.heavier_than_noticed', { rose });
  const clock = decisionClock(state);
  // An agency-side limit: due on its un-rolled last day (docs/domain.md §2.4).
  const due = clock.paused
    ? null
    : plainLastDay(ruleOf(state.rulebook, 'decision.due'), clock.from, clock.extraDays ?? 0);
  if (due && today > due) reject('case.wrong_stage', 'penalty.decision_overdue', { due });
  return [
    {
      type: 'penalty_decided',
      at: now,
      by: by(role),
      decidedOn: today,
      hearingRecordOn,
      sanctions: c.sanctions,
      fineFen: c.fineFen,
      facts: c.facts,
      legalBasis: c.legalBasis,
      documents: [{ key: 'penalty_decision', type: 'penalty_decision' }],
    },
  ];
}
