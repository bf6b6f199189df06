// Payment (行政处罚法 第67条), the written demand and court enforcement (行政强制法 第53–54条).
import { amountDueFen, amountOwed, courtWindow, surchargeOn } from '../penalty-clocks';
import type { PenaltyCommandOf } from '../penalty-commands';
import type { PenaltyEvent } from '../penalty-events';
import { needApprover, needHandler, needPastDate, reject, type PenaltyContext } from './guards';
import { servedBy, serviceReceipt } from './served';

const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

export function recordPayment(ctx: PenaltyContext, c: PenaltyCommandOf<'record_payment'>): PenaltyEvent[] {
  const { state, now, by, calendar } = ctx;
  const role = needHandler(ctx, 'recording payment');
  if (state.payment) reject('case.wrong_stage', 'penalty.paid_on', { paidOn: state.payment.paidOn });
  if (state.decisionStatus === 'revoked' || !state.decision?.fineFen)
    reject('case.wrong_stage', 'penalty.nothing_owed');
  needPastDate(ctx, c.paidOn, 'paidOn', state.service!.servedOn);
  const owed = amountDueFen(state, calendar, c.paidOn);
  if (c.amountFen !== owed)
    reject('case.invalid', 'penalty.amount_owed', { paidOn: c.paidOn, amount: yuan(owed) });
  const surchargeFen = surchargeOn(state, calendar, c.paidOn)?.amountFen ?? 0;
  return [
    {
      type: 'payment_recorded',
      at: now,
      by: by(role),
      paidOn: c.paidOn,
      amountFen: c.amountFen,
      surchargeFen,
    },
  ];
}

export function serveDemand(ctx: PenaltyContext, c: PenaltyCommandOf<'serve_demand'>): PenaltyEvent[] {
  const { state, now, by, calendar } = ctx;
  const role = needHandler(ctx, 'serving the written demand');
  if (state.payment) reject('case.wrong_stage', 'penalty.paid');
  if (!state.demandDue) reject('case.wrong_stage', 'penalty.demand_after_30_days');
  if (state.demand) reject('case.wrong_stage', 'penalty.demand_served', { servedOn: state.demand.servedOn });
  const served = servedBy(ctx, c);
  // The demand is numbered as it is served; its receipt follows it (the 10 working days of
  // 行政强制法 第54条 count from the receipt's effective day).
  return [
    {
      type: 'demand_served',
      at: now,
      by: by(role),
      servedOn: served.servedOn,
      ...(served.record ? { service: served.record } : {}),
      // 行政强制法 第35条第（三）项: the 催告书 states the amount, so the event carries it as computed.
      owed: amountOwed(state, calendar, served.servedOn),
      documents: [{ key: 'payment_demand', type: 'payment_demand' }],
    },
    ...serviceReceipt(ctx, role, served.record, { key: 'payment_demand', type: 'payment_demand' }),
  ];
}

export function applyCourtEnforcement(
  ctx: PenaltyContext,
  c: PenaltyCommandOf<'apply_court_enforcement'>,
): PenaltyEvent[] {
  const { state, now, by, calendar } = ctx;
  const role = needApprover(ctx, 'the application for court enforcement');
  if (state.payment) reject('case.wrong_stage', 'penalty.paid');
  if (state.decisionStatus === 'revoked') reject('case.wrong_stage', 'penalty.nothing_owed');
  if (state.courtApplication)
    reject('case.wrong_stage', 'penalty.court_applied', { filedOn: state.courtApplication.filedOn });
  if (state.remedies.some((r) => r.endedOn === null)) reject('case.wrong_stage', 'penalty.remedy_pending');
  const window = courtWindow(state, calendar);
  if (!window) return reject('case.wrong_stage', 'penalty.demand_first');
  needPastDate(ctx, c.filedOn, 'filedOn');
  if (c.filedOn < window.earliest || c.filedOn > window.latest)
    reject('case.invalid', 'penalty.court_window', { earliest: window.earliest, latest: window.latest });
  // Optional, so that commands recorded before it decide as they did.
  const court = c.court?.trim();
  if (c.court !== undefined && !court) reject('case.invalid', 'penalty.court_name');
  return [
    {
      type: 'court_enforcement_applied',
      at: now,
      by: by(role),
      filedOn: c.filedOn,
      ...(court ? { court } : {}),
      documents: [{ key: 'court_enforcement', type: 'court_enforcement_application' }],
    },
  ];
}
