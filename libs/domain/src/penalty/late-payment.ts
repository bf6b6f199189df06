import { addDays, type IsoDate } from '../calendar/iso-date';

/** A period during which the surcharge does not accrue: 复议 or 诉讼 pending (行政处罚法 第73条). */
export interface SurchargePause {
  from: IsoDate;
  /** The last day of the pause; null while the reconsideration or lawsuit is still pending. */
  to: IsoDate | null;
  reason: 'reconsideration' | 'lawsuit';
}

export interface Surcharge {
  /** Days on which the surcharge accrued (after the payment deadline, outside pauses, up to `asOf`). */
  days: number;
  /** In fen (分), never more than the fine (行政强制法 第45条). */
  amountFen: number;
  capped: boolean;
  /** The day the cap was reached, when it was. */
  cappedOn: IsoDate | null;
  /** Whether it accrues on `asOf` (false when paused or capped). */
  accruing: boolean;
}

/** 3% of the fine for each day late (行政处罚法 第72条). */
const DAILY_RATE_PERCENT = 3;

function paused(day: IsoDate, pauses: readonly SurchargePause[]): boolean {
  return pauses.some((p) => day >= p.from && (p.to === null || day <= p.to));
}

/**
 * The late-payment surcharge (加处罚款) on `asOf`: from the day after the payment deadline, 3% of the
 * fine per day, capped at the fine, not counted while a reconsideration or lawsuit is pending. Whole
 * days, counted one by one (a case has at most a few hundred), in integer fen so no rounding creeps in.
 */
export function lateSurcharge(
  fineFen: number,
  paymentDue: IsoDate,
  asOf: IsoDate,
  pauses: readonly SurchargePause[] = [],
): Surcharge {
  if (!Number.isInteger(fineFen) || fineFen <= 0)
    throw new RangeError('the fine must be a positive whole number of fen');
  let days = 0;
  let cappedOn: IsoDate | null = null;
  for (let day = addDays(paymentDue, 1); day <= asOf; day = addDays(day, 1)) {
    if (paused(day, pauses)) continue;
    days += 1;
    if (cappedOn === null && Math.floor((fineFen * DAILY_RATE_PERCENT * days) / 100) >= fineFen)
      cappedOn = day;
  }
  const amountFen = Math.min(fineFen, Math.floor((fineFen * DAILY_RATE_PERCENT * days) / 100));
  return {
    days,
    amountFen,
    capped: cappedOn !== null,
    cappedOn,
    accruing: asOf > paymentDue && cappedOn === null && !paused(asOf, pauses),
  };
}

/**
 * 按日连续处罚 (安全生产法 第112条): a unit that was fined and ordered to correct, and refuses, is fined
 * the original amount again for each day from the day after the correction order until `asOf` (or the
 * day before it corrected). Returns the days and the total in fen.
 */
export function continuingDailyFine(
  originalFineFen: number,
  correctionOrderedOn: IsoDate,
  asOf: IsoDate,
): { days: number; totalFen: number } {
  if (!Number.isInteger(originalFineFen) || originalFineFen <= 0)
    throw new RangeError('the fine must be a positive whole number of fen');
  let days = 0;
  for (let day = addDays(correctionOrderedOn, 1); day <= asOf; day = addDays(day, 1)) days += 1;
  return { days, totalFen: days * originalFineFen };
}
