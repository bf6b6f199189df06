// 送达 in the penalty procedure (行政处罚法 第61条): every document the party must answer or obey is
// served with its service record, and the party-side periods start from the record's effective day.
import { chinaDateOf } from '../../calendar/china-time';
import type { IsoDate } from '../../calendar/iso-date';
import {
  effectiveService,
  serviceProblem,
  type ServiceInput,
  type ServiceRecord,
} from '../../service/service-record';
import type { PenaltyDocumentType } from '../penalty-types';
import type { PenaltyEvent } from '../penalty-events';
import { refuse } from '../../enforcement/case-rejection';
import { factInstantProblem } from '../../rulebook/input-bounds';
import { needPastDate, reject, type PenaltyContext } from './guards';

/** A service as a penalty command carries it: the record, or (histories before it) only the day. */
export interface ServedBy {
  /** Histories recorded before service records: the day served, nothing else known. */
  servedOn?: IsoDate;
  service?: ServiceInput;
}

export interface Served {
  /** The day the document was handed over, left, sent or published. */
  servedOn: IsoDate;
  /** The day the party-side periods count from (the day itself not counted). */
  from: IsoDate;
  record: ServiceRecord | null;
}

/**
 * The service of a penalty document, checked like every service (留置 witness, 邮寄 receipt, 电子
 * consent), not before `notBefore` and not in the future.
 */
export function servedBy(ctx: PenaltyContext, c: ServedBy, notBefore?: IsoDate): Served {
  if (c.service) {
    const problem = serviceProblem(c.service);
    if (problem) reject('case.invalid', problem);
    const servedOn = chinaDateOf(c.service.servedAt);
    if (c.servedOn !== undefined && c.servedOn !== servedOn) reject('case.invalid', 'service.day_mismatch');
    const instant = factInstantProblem(ctx.state.rulebook, ctx.now, c.service.servedAt, 'servedAt');
    if (instant) refuse('case.invalid', instant);
    needPastDate(ctx, servedOn, 'servedAt', notBefore);
    if (c.service.receiptDate) needPastDate(ctx, c.service.receiptDate, 'receiptDate', servedOn);
    const record = effectiveService(c.service, ctx.state.rulebook);
    return { servedOn, from: record.effectiveOn, record };
  }
  if (c.servedOn === undefined) return reject('case.invalid', 'service.record_missing');
  needPastDate(ctx, c.servedOn, 'servedOn', notBefore);
  return { servedOn: c.servedOn, from: c.servedOn, record: null };
}

/**
 * The 送达回证 of a service: a numbered document (回) of its own, its facts the service record and
 * the document served (and any served with it). Keyed by the first served document, so it is issued
 * once per service.
 */
export function serviceReceipt(
  ctx: PenaltyContext,
  role: string,
  record: ServiceRecord | null,
  served: { key: string; type: PenaltyDocumentType },
  alsoServed: { key: string; type: PenaltyDocumentType }[] = [],
): PenaltyEvent[] {
  if (!record) return [];
  return [
    {
      type: 'service_receipt_issued',
      at: ctx.now,
      by: ctx.by(role),
      service: record,
      servedDocument: { key: served.key, type: served.type },
      ...(alsoServed.length ? { alsoServed: alsoServed.map((d) => ({ key: d.key, type: d.type })) } : {}),
      documents: [{ key: `receipt:${served.key}`, type: 'service_receipt' }],
    },
  ];
}
