// 告知 (行政处罚法 第44–45条) and 听证 (第63–65条).
import { earliestHearingDay, defenceEnds, hearingRequestEnds, hearingRight } from '../penalty-rules';
import type { PenaltyCommandOf } from '../penalty-commands';
import type { PenaltyEvent } from '../penalty-events';
import { yuanOfFen } from '../../money/yuan';
import {
  currentHearing,
  MINUTES_SECTIONS,
  type HearingMinutes,
  type IntendedPenalty,
  type PartyStatement,
  type PenaltyState,
} from '../penalty-types';
import { needApprover, needDayAhead, needHandler, needPastDate, reject, type PenaltyContext } from './guards';
import { servedBy, serviceReceipt } from './served';

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
  const served = servedBy(ctx, c, state.filing!.on);
  checkIntended(c);
  checkIncomeFine(state, c);
  const right = hearingRight(state.rulebook, state.party, c.sanctions, c.fineFen);
  // 第63条: a penalty that gives the right has its 听证告知书 (听告), served with the 告知书 and listed
  // on the same 送达回证.
  const documents = [
    NOTICE,
    ...(right && c.hearingRightNotice
      ? [{ key: 'hearing_right_notice', type: 'hearing_right_notice' as const }]
      : []),
  ];
  // The periods of 第44–45条 and 第64条 are the party's: they start from the service's effective day.
  return [
    {
      type: 'notice_served',
      at: now,
      by: by(role),
      servedOn: served.servedOn,
      ...(served.record ? { service: served.record } : {}),
      sanctions: c.sanctions,
      fineFen: c.fineFen,
      facts: c.facts,
      legalBasis: c.legalBasis,
      defenceEnds: defenceEnds(calendar, state.rulebook, served.from),
      hearingRight: right,
      hearingRequestEnds: right ? hearingRequestEnds(calendar, state.rulebook, served.from) : null,
      documents,
    },
    ...serviceReceipt(ctx, role, served.record, NOTICE, documents.slice(1)),
  ];
}

const NOTICE = { key: 'penalty_notice', type: 'penalty_notice' } as const;

const HOUR_MINUTE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The notice a hearing would be about: the intended penalty's, or (after the decision) a continuing fine's. */
function hearingNotice(ctx: PenaltyContext): {
  servedOn: string;
  hearingRight: boolean;
  hearingRequestEnds: string | null;
} {
  const s = ctx.state;
  if (s.stage !== 'served') return s.notice!;
  const cf = s.continuingFine?.notice;
  if (!cf) return reject('case.wrong_stage', 'penalty.no_notice_to_answer');
  return {
    servedOn: cf.servedOn,
    hearingRight: cf.hearingRight ?? false,
    hearingRequestEnds: cf.hearingRequestEnds ?? null,
  };
}

export function requestHearing(ctx: PenaltyContext, c: PenaltyCommandOf<'request_hearing'>): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const role = needHandler(ctx, 'recording a hearing request');
  const notice = hearingNotice(ctx);
  needPastDate(ctx, c.requestedOn, 'requestedOn', notice.servedOn);
  if (!notice.hearingRight) reject('case.invalid', 'penalty.no_hearing_right');
  const hearing = currentHearing(state);
  if (hearing)
    reject('case.wrong_stage', 'penalty.hearing_already_requested', { requestedOn: hearing.requestedOn });
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
  const hearing = currentHearing(state);
  if (!hearing || hearing.outcome) reject('case.wrong_stage', 'penalty.no_hearing_to_schedule');
  if (state.handlers.includes(c.chair)) reject('auth.four_eyes', 'penalty.chair_not_investigator');
  const earliest = earliestHearingDay(calendar, state.rulebook, today);
  if (!(c.date >= earliest)) reject('case.invalid', 'penalty.hearing_too_soon', { earliest });
  needDayAhead(ctx, c.date, 'date');
  if ((c.time !== undefined && !HOUR_MINUTE.test(c.time)) || (c.place !== undefined && !c.place.trim()))
    reject('case.invalid', 'penalty.hearing_time');
  return [
    {
      type: 'hearing_scheduled',
      at: now,
      by: by(role),
      date: c.date,
      chair: c.chair,
      ...(c.time !== undefined ? { time: c.time } : {}),
      ...(c.place !== undefined ? { place: c.place.trim() } : {}),
      documents: [{ key: `hearing_notice:${c.date}`, type: 'hearing_notice' }],
    },
  ];
}

export function recordHearing(ctx: PenaltyContext, c: PenaltyCommandOf<'record_hearing'>): PenaltyEvent[] {
  const { state, now, by, today } = ctx;
  const h = currentHearing(state);
  if (!h?.date || h.outcome) reject('case.wrong_stage', 'penalty.no_hearing_scheduled');
  if (ctx.actor.userId !== h.chair) reject('auth.forbidden', 'penalty.chair_records');
  if (today < h.date) reject('case.wrong_stage', 'penalty.hearing_on', { date: h.date });
  // 第64条(八): a held hearing has its record, signed by the participants (or their refusal noted);
  // 第65条: the decision is made on it. A party absent without good reason has waived the hearing.
  const minutes = c.outcome === 'held' ? heldMinutes(c.minutes, today) : null;
  return [
    { type: 'hearing_recorded', at: now, by: by('hearing_chair'), outcome: c.outcome, on: today, minutes },
  ];
}

/**
 * The 听证笔录 as recorded: participants, what was said (the summary, or its own sections), the
 * signatures. Each section is kept only when given, so minutes without them read as before.
 */
function heldMinutes(m: Omit<HearingMinutes, 'on'> | undefined, on: string): HearingMinutes {
  if (!m) return reject('case.invalid', 'penalty.hearing_minutes_needed');
  const participants = [...new Set(m.participants.map((p) => p.trim()).filter(Boolean))];
  const sections: Partial<HearingMinutes> = {};
  for (const k of MINUTES_SECTIONS) if (m[k]?.trim()) sections[k] = m[k];
  const summary = m.summary ?? '';
  if (participants.length < 2 || (!summary.trim() && Object.keys(sections).length === 0))
    reject('case.invalid', 'penalty.hearing_minutes_content');
  if (!m.signed && !m.refusalNote?.trim()) reject('case.invalid', 'penalty.hearing_minutes_signature');
  const times = [m.startTime, m.endTime].filter((t): t is string => typeof t === 'string');
  if (times.some((t) => !HOUR_MINUTE.test(t)) || (m.startTime && m.endTime && m.endTime < m.startTime))
    reject('case.invalid', 'penalty.hearing_minutes_time');
  const panel = [...new Set((m.panel ?? []).map((p) => p.trim()).filter(Boolean))];
  return {
    on,
    participants,
    summary,
    signed: m.signed,
    refusalNote: m.signed ? null : m.refusalNote!,
    ...(m.startTime ? { startTime: m.startTime } : {}),
    ...(m.endTime ? { endTime: m.endTime } : {}),
    ...(m.place?.trim() ? { place: m.place.trim() } : {}),
    ...(panel.length ? { panel } : {}),
    ...(m.recorder?.trim() ? { recorder: m.recorder.trim() } : {}),
    ...sections,
  };
}

/** The notice a statement now answers: the intended penalty before the decision, a continuing fine's after. */
function noticeAnswered(ctx: PenaltyContext): { answers: PartyStatement['answers']; servedOn: string } {
  const s = ctx.state;
  if (s.stage === 'notified') return { answers: 'penalty_notice', servedOn: s.notice!.servedOn };
  const cf = s.continuingFine?.notice;
  if (!cf) return reject('case.wrong_stage', 'penalty.no_notice_to_answer');
  return { answers: 'continuing_fine_notice', servedOn: cf.servedOn };
}

/** 行政处罚法 第45条: the party's statement and defence, recorded as received (in writing or orally). */
export function recordStatement(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'record_statement'>,
): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const role = needHandler(ctx, 'recording the statement and defence');
  const { answers, servedOn } = noticeAnswered(ctx);
  needPastDate(ctx, c.receivedOn, 'receivedOn', servedOn);
  if (!c.content.trim()) reject('case.invalid', 'penalty.statement_content');
  const id = `S${(state.statements ?? []).length + 1}`;
  return [
    {
      type: 'statement_recorded',
      at: now,
      by: by(role),
      statement: { id, answers, receivedOn: c.receivedOn, form: c.form, content: c.content },
    },
  ];
}

/**
 * 复核 (第45条): the agency "应当进行复核": which facts, reasons and evidence it adopts, which it does not and
 * why. By someone other than the investigators; the decision is not heavier for it (checked at decision).
 */
export function reviewStatement(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'review_statement'>,
): PenaltyEvent[] {
  const { state, now, by, today } = ctx;
  const st = (state.statements ?? []).find((x) => x.id === c.statementId);
  if (!st) return reject('case.invalid', 'penalty.unknown_statement', { statementId: c.statementId });
  if (st.review) reject('case.wrong_stage', 'penalty.statement_reviewed', { id: st.id, on: st.review.on });
  const role = needApprover(ctx, 'reviewing the statement and defence', st.recordedBy);
  if (!c.reasons.trim() || (!c.adopted.trim() && !c.notAdopted.trim()))
    reject('case.invalid', 'penalty.statement_review_content');
  return [
    {
      type: 'statement_reviewed',
      at: now,
      by: by(role),
      statementId: st.id,
      on: today,
      adopted: c.adopted,
      notAdopted: c.notAdopted,
      reasons: c.reasons,
    },
  ];
}

/** Statements answering `answers` not yet reviewed: their ids. */
export function unreviewedStatements(
  state: { statements?: PartyStatement[] },
  answers: PartyStatement['answers'],
): string[] {
  return (state.statements ?? []).filter((x) => x.answers === answers && !x.review).map((x) => x.id);
}
