// 法制审核 (行政处罚法 第58条), 集体讨论 (第57条), the 90-day decision clock with its pauses and an
// approved extension (第60条), and the decision, never heavier than noticed (第45条).
import { fourEyesViolation } from '../../identity/four-eyes';
import { ruleOf } from '../../rulebook/rulebook';
import { decisionClock, deliberationRequired, reviewRequired } from '../penalty-clocks';
import type { PenaltyCommandOf } from '../penalty-commands';
import type { PenaltyEvent } from '../penalty-events';
import { penaltyRose } from '../penalty-rules';
import { checkIntended } from './notice-and-hearing';
import { needApprover, needHandler, pastDue, reject, type PenaltyContext } from './guards';

export function submitForDecision(
  ctx: PenaltyContext,
  _c: PenaltyCommandOf<'submit_for_decision'>,
): PenaltyEvent[] {
  const { state, now, by, today } = ctx;
  const role = needHandler(ctx, 'submitting for decision');
  const notice = state.notice!;
  if (today <= notice.defenceEnds)
    reject('case.wrong_stage', `the statement and defence period runs until ${notice.defenceEnds}`);
  if (state.hearing && state.hearing.outcome === null)
    reject('case.wrong_stage', 'the requested hearing has not taken place');
  if (!state.hearing && notice.hearingRight && today <= notice.hearingRequestEnds!)
    reject('case.wrong_stage', `the party may request a hearing until ${notice.hearingRequestEnds}`);
  const open = state.evidence.filter((e) => !e.handling);
  if (open.length)
    reject('case.wrong_stage', `decide on the preserved evidence first: ${open.map((e) => e.id).join(', ')}`);
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
  if (why) reject('auth.four_eyes', `legal review: ${why}`);
  if (!c.opinion.trim()) reject('case.invalid', 'a legal review needs its written opinion');
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
  if (people.length < 3)
    reject('case.invalid', 'a collective deliberation names at least three participants');
  if (!c.conclusion.trim()) reject('case.invalid', 'record the conclusion of the deliberation');
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
    reject('case.wrong_stage', 'an appraisal is already under way');
  return [{ type: 'decision_clock_paused', at: now, by: by(role), reason: c.reason, on: today }];
}

export function resumeDecisionClock(
  ctx: PenaltyContext,
  _c: PenaltyCommandOf<'resume_decision_clock'>,
): PenaltyEvent[] {
  const { state, now, by, today } = ctx;
  const role = needHandler(ctx, 'resuming the decision clock');
  if (!state.decisionClock.pauses.some((p) => p.reason === 'appraisal' && p.to === null))
    reject('case.wrong_stage', 'no appraisal is under way');
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
    reject('case.wrong_stage', 'the decision period may be extended once');
  if (!Number.isInteger(c.days) || c.days < 1 || c.days > max)
    reject('case.invalid', `an extension is 1 to ${max} days (rule decision.extension)`);
  if (!c.reason.trim()) reject('case.invalid', 'give the reason for the extension');
  return [{ type: 'decision_extension_requested', at: now, by: by(role), days: c.days, reason: c.reason }];
}

export function decideDecisionExtension(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'decide_decision_extension'>,
): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const request = state.decisionClock.extensionRequest;
  if (!request) return reject('case.wrong_stage', 'no extension was requested');
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
  if (reviewRequired(state) && !state.review?.rounds.at(-1)?.passed)
    reject('case.wrong_stage', 'no decision without a passed legal review (行政处罚法 第58条)');
  if (deliberationRequired(state) && !state.deliberation)
    reject('case.wrong_stage', 'a complex or major case is decided after collective deliberation (第57条)');
  checkIntended(c);
  const rose = penaltyRose(state.notice!, c);
  if (rose) reject('case.invalid', `${rose} (行政处罚法 第45条)`);
  const clock = decisionClock(state);
  const due = clock.paused
    ? null
    : pastDue(ctx, clock.from, ruleOf(state.rulebook, 'decision.due').amount + (clock.extraDays ?? 0), today);
  if (due)
    reject('case.wrong_stage', `the decision was due by ${due}: an approved extension is needed (第60条)`);
  return [
    {
      type: 'penalty_decided',
      at: now,
      by: by(role),
      decidedOn: today,
      sanctions: c.sanctions,
      fineFen: c.fineFen,
      facts: c.facts,
      legalBasis: c.legalBasis,
      documents: [{ key: 'penalty_decision', type: 'penalty_decision' }],
    },
  ];
}
