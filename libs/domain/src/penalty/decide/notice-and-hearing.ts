// 告知 (行政处罚法 第44–45条) and 听证 (第63–65条).
import { earliestHearingDay, defenceEnds, hearingRequestEnds, hearingRight } from '../penalty-rules';
import type { PenaltyCommandOf } from '../penalty-commands';
import type { PenaltyEvent } from '../penalty-events';
import type { IntendedPenalty } from '../penalty-types';
import { needHandler, needPastDate, reject, type PenaltyContext } from './guards';

export function checkIntended(p: IntendedPenalty): void {
  if (p.sanctions.length === 0) reject('case.invalid', 'name at least one sanction');
  if (!Number.isInteger(p.fineFen) || p.fineFen < 0)
    reject('case.invalid', 'the fine is a whole number of fen');
  if (p.sanctions.includes('fine') !== p.fineFen > 0)
    reject('case.invalid', 'a fine needs an amount, and only a fine');
  if (!p.facts.trim() || !p.legalBasis.trim()) reject('case.invalid', 'state the facts and the legal basis');
}

export function serveNotice(ctx: PenaltyContext, c: PenaltyCommandOf<'serve_notice'>): PenaltyEvent[] {
  const { state, now, by, calendar } = ctx;
  const role = needHandler(ctx, 'serving the notice');
  needPastDate(ctx, c.servedOn, 'servedOn', state.filing!.on);
  checkIntended(c);
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
  if (!notice.hearingRight)
    reject('case.invalid', 'this penalty carries no hearing right (行政处罚法 第63条)');
  if (state.hearing)
    reject('case.wrong_stage', `a hearing was already requested on ${state.hearing.requestedOn}`);
  if (c.requestedOn > notice.hearingRequestEnds!)
    reject(
      'case.invalid',
      `a hearing had to be requested by ${notice.hearingRequestEnds} (行政处罚法 第64条)`,
    );
  return [{ type: 'hearing_requested', at: now, by: by(role), requestedOn: c.requestedOn }];
}

export function scheduleHearing(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'schedule_hearing'>,
): PenaltyEvent[] {
  const { state, now, by, calendar, today, role } = ctx;
  if (!state.hearing || state.hearing.outcome) reject('case.wrong_stage', 'no hearing waits to be scheduled');
  if (state.handlers.includes(c.chair))
    reject(
      'auth.four_eyes',
      'the hearing is chaired by someone other than the investigators (行政处罚法 第64条)',
    );
  const earliest = earliestHearingDay(calendar, state.rulebook, today);
  if (!(c.date >= earliest))
    reject('case.invalid', `notified today, the hearing can be held on ${earliest} at the earliest`);
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
  if (!h?.date || h.outcome) reject('case.wrong_stage', 'no hearing is scheduled');
  if (ctx.actor.userId !== h!.chair) reject('auth.forbidden', 'the hearing is recorded by its chair');
  if (today < h!.date!) reject('case.wrong_stage', `the hearing is on ${h!.date}`);
  // 第64条: a party absent without good reason has waived the hearing.
  return [{ type: 'hearing_recorded', at: now, by: by('hearing_chair'), outcome: c.outcome, on: today }];
}
