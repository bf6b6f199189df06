// 告知 (行政处罚法 第44–45条) and 听证 (第63–65条).
import { earliestHearingDay, defenceEnds, hearingRequestEnds, hearingRight } from '../penalty-rules';
import type { PenaltyCommandOf } from '../penalty-commands';
import type { PenaltyEvent } from '../penalty-events';
import { yuanOfFen } from '../../money/yuan';
import type { IntendedPenalty, PenaltyState } from '../penalty-types';
import { needDayAhead, needHandler, needPastDate, reject, type PenaltyContext } from './guards';

export function checkIntended(p: IntendedPenalty): void {
  if (p.sanctions.length === 0) reject('case.invalid', 'penalty.no_sanction');
  if (!Number.isInteger(p.fineFen) || p.fineFen < 0) reject('case.invalid', 'penalty.fine_whole_fen');
  if (p.sanctions.includes('fine') !== p.fineFen > 0) reject('case.invalid', 'penalty.fine_amount');
  if (!p.facts.trim() || !p.legalBasis.trim()) reject('case.invalid', 'penalty.facts_and_basis');
}

/**
 * A fine on an individual measured on last year's income (安全生产法 第110条: 60–100%, the range fixed
 * from the rulebook when the penalty opened) stays inside it; a warning alone is not a fine.
 */
export function checkIncomeFine(state: PenaltyState, p: IntendedPenalty): void {
  const range = state.incomeFine;
  if (!range || !p.sanctions.includes('fine')) return;
  if (p.fineFen < range.minFen || p.fineFen > range.maxFen)
    reject('case.invalid', 'penalty.income_fine_range', {
      min: yuanOfFen(range.minFen),
      max: yuanOfFen(range.maxFen),
      source: range.source,
    });
}

export function serveNotice(ctx: PenaltyContext, c: PenaltyCommandOf<'serve_notice'>): PenaltyEvent[] {
  const { state, now, by, calendar } = ctx;
  const role = needHandler(ctx, 'serving the notice');
  needPastDate(ctx, c.servedOn, 'servedOn', state.filing!.on);
  checkIntended(c);
  checkIncomeFine(state, c);
  const right = hearingRight(state.rulebook, state.party, c.sanctions, c.fineFen);
  return [
    {
      type: 'notice_served',
      at: now,
      by: by(role),
      servedOn: c.servedOn,
      sanctions: c.sanctions,
      fineFen: c.fineFen,
      facts: c.facts,
      legalBasis: c.legalBasis,
      defenceEnds: defenceEnds(calendar, state.rulebook, c.servedOn),
      hearingRight: right,
      hearingRequestEnds: right ? hearingRequestEnds(calendar, state.rulebook, c.servedOn) : null,
      documents: [{ key: 'penalty_notice', type: 'penalty_notice' }],
    },
  ];
}

export function requestHearing(ctx: PenaltyContext, c: PenaltyCommandOf<'request_hearing'>): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const role = needHandler(ctx, 'recording a hearing request');
  const notice = state.notice!;
  needPastDate(ctx, c.requestedOn, 'requestedOn', notice.servedOn);
  if (!notice.hearingRight) reject('case.invalid', 'penalty.no_hearing_right');
  if (state.hearing)
    reject('case.wrong_stage', 'penalty.hearing_already_requested', {
      requestedOn: state.hearing.requestedOn,
    });
  if (c.requestedOn > notice.hearingRequestEnds!)
    reject('case.invalid', 'penalty.hearing_request_late', {
      hearingRequestEnds: notice.hearingRequestEnds!,
    });
  return [{ type: 'hearing_requested', at: now, by: by(role), requestedOn: c.requestedOn }];
}

export function scheduleHearing(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'schedule_hearing'>,
): PenaltyEvent[] {
  const { state, now, by, calendar, today, role } = ctx;
  if (!state.hearing || state.hearing.outcome) reject('case.wrong_stage', 'penalty.no_hearing_to_schedule');
  if (state.handlers.includes(c.chair)) reject('auth.four_eyes', 'penalty.chair_not_investigator');
  const earliest = earliestHearingDay(calendar, state.rulebook, today);
  if (!(c.date >= earliest)) reject('case.invalid', 'penalty.hearing_too_soon', { earliest });
  needDayAhead(ctx, c.date, 'date');
  return [
    {
      type: 'hearing_scheduled',
      at: now,
      by: by(role),
      date: c.date,
      chair: c.chair,
      documents: [{ key: `hearing_notice:${c.date}`, type: 'hearing_notice' }],
    },
  ];
}

export function recordHearing(ctx: PenaltyContext, c: PenaltyCommandOf<'record_hearing'>): PenaltyEvent[] {
  const { state, now, by, today } = ctx;
  const h = state.hearing;
  if (!h?.date || h.outcome) reject('case.wrong_stage', 'penalty.no_hearing_scheduled');
  if (ctx.actor.userId !== h.chair) reject('auth.forbidden', 'penalty.chair_records');
  if (today < h.date) reject('case.wrong_stage', 'penalty.hearing_on', { date: h.date });
  // 第64条: a party absent without good reason has waived the hearing.
  return [{ type: 'hearing_recorded', at: now, by: by('hearing_chair'), outcome: c.outcome, on: today }];
}
