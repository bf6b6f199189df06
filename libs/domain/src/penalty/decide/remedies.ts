// 复议 and 诉讼 against the decision (行政复议法 第20条, 行政诉讼法 第45–46条): their windows, and the
// surcharge pause while one is pending (行政处罚法 第73条).
import { CalendarYearMissingError } from '../../calendar/work-calendar';
import { term } from '../../i18n';
import { ruleOf } from '../../rulebook/rulebook';
import { lawsuitAfterReconsiderationEnds, lawsuitWindowEnds } from '../penalty-rules';
import type { PenaltyCommandOf } from '../penalty-commands';
import type { PenaltyEvent } from '../penalty-events';
import { needHandler, needPastDate, pastDue, reject, type PenaltyContext } from './guards';

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
