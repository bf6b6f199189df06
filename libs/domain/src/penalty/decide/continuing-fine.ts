// 按日连续处罚 (安全生产法 第112条): the refusal to correct found on re-inspection, its notice and defence
// (行政处罚法 第44–45条), then the approval.
import { addDays } from '../../calendar/iso-date';
import { listOf } from '../../i18n';
import { continuingDailyFine } from '../late-payment';
import { defenceEnds, hearingRequestEnds, hearingRight } from '../penalty-rules';
import { unreviewedStatements } from './notice-and-hearing';
import type { PenaltyCommandOf } from '../penalty-commands';
import type { PenaltyEvent } from '../penalty-events';
import { needApprover, needHandler, needPastDate, reject, type PenaltyContext } from './guards';
import { servedBy, serviceReceipt } from './served';

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
  const notice = { key: `continuing_fine_notice:${c.asOf}`, type: 'continuing_fine_notice' } as const;
  // With the right, its 听证告知书 too (as with the intended penalty's notice).
  const documents = [
    notice,
    ...(right && c.hearingRightNotice
      ? [{ key: `hearing_right_notice:${c.asOf}`, type: 'hearing_right_notice' as const }]
      : []),
  ];
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
      documents,
    },
    ...serviceReceipt(ctx, role, served.record, notice, documents.slice(1)),
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
