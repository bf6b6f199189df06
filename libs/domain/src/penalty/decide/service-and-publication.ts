// After the decision: its service (行政处罚法 第61条), publication and withdrawal (安全生产法 第78条,
// 行政处罚法 第48条).
import { addDays } from '../../calendar/iso-date';
import { ruleOf } from '../../rulebook/rulebook';
import type { PenaltyCommandOf } from '../penalty-commands';
import type { PenaltyEvent } from '../penalty-events';
import { needHandler, needPastDate, reject, type PenaltyContext } from './guards';
import { servedBy, serviceReceipt } from './served';

export function recordService(ctx: PenaltyContext, c: PenaltyCommandOf<'record_service'>): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const role = needHandler(ctx, 'recording service');
  // With its service record (送达回证), the record's effective day counts (service/service-record.ts).
  const served = servedBy(ctx, { servedOn: c.servedOn, service: c.record }, state.decision!.decidedOn);
  const record = served.record;
  const method = record?.method ?? c.method ?? reject('case.invalid', 'service.record_missing');
  // 公告送达 without a record (older histories): served once the notice period has run (民事诉讼法 第95条).
  const effectiveOn = record
    ? record.effectiveOn
    : method === 'public_notice'
      ? addDays(served.servedOn, ruleOf(state.rulebook, 'service.public_notice').amount)
      : served.servedOn;
  return [
    {
      type: 'decision_served',
      at: now,
      by: by(role),
      servedOn: served.servedOn,
      method,
      effectiveOn,
      ...(record ? { record } : {}),
    },
    ...serviceReceipt(ctx, role, record, { key: 'penalty_decision', type: 'penalty_decision' }),
  ];
}

export function recordPublication(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'record_publication'>,
): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const role = needHandler(ctx, 'recording the publication');
  if (state.publication)
    reject('case.wrong_stage', 'penalty.published_on', { publishedOn: state.publication.publishedOn });
  needPastDate(ctx, c.publishedOn, 'publishedOn', state.decision!.decidedOn);
  return [{ type: 'decision_published', at: now, by: by(role), publishedOn: c.publishedOn }];
}

export function recordWithdrawal(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'record_publication_withdrawal'>,
): PenaltyEvent[] {
  const { state, now, by } = ctx;
  const p = state.publication;
  if (!p?.withdrawalDueFrom || p.withdrawnOn) reject('case.wrong_stage', 'penalty.nothing_to_withdraw');
  const role = needHandler(ctx, 'recording the withdrawal');
  needPastDate(ctx, c.withdrawnOn, 'withdrawnOn', p.withdrawalDueFrom);
  return [{ type: 'publication_withdrawn', at: now, by: by(role), withdrawnOn: c.withdrawnOn }];
}
