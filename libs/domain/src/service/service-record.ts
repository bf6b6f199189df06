import { chinaDateOf, endOfChinaDay, startOfChinaDay } from '../calendar/china-time';
import { addDays, isIsoDate, type IsoDate } from '../calendar/iso-date';
import type { Rulebook } from '../rulebook/rulebook';

/**
 * 送达 (行政处罚法 第61条, applying 民事诉讼法 第87–95条; 行政强制法 第38条): how a document reached the
 * party. Every party-side period, and the 24 hours' notice of a supply cut-off, starts from the
 * effective instant of its service record, never from the day the agency decided.
 *
 * - `direct` 直接送达: handed to the party (or its legal representative, a person in charge, an adult
 *   family member); effective when received.
 * - `left` 留置送达: the party refuses to accept; the document is left at its premises. Valid only with
 *   a witness who attests it, or a photo or video of the leaving (its SHA-256) (民事诉讼法 第89条).
 * - `entrusted` 委托送达: another agency serves on our behalf; effective when the party receives it.
 * - `mail` 邮寄送达: effective on the date of the return receipt (民事诉讼法 第91条), which must be known.
 * - `public_notice` 公告送达: when no other way works; effective once the notice period ran
 *   (`service.public_notice`, 30 days, 民事诉讼法 第95条).
 * - `electronic` 电子送达: only with the party's recorded consent (行政处罚法 第61条第2款).
 */
export const SERVICE_METHODS = [
  'direct',
  'left',
  'entrusted',
  'mail',
  'public_notice',
  'electronic',
] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];

/** A service as an officer records it (the 送达回证's facts). */
export interface ServiceInput {
  method: ServiceMethod;
  /** Who received it (name and capacity); for public notice, where it was published. */
  receiver: string;
  /** When it was handed over, left, sent, published or transmitted. */
  servedAt: number;
  /** 留置: the witness who attests the leaving. */
  witness?: string | null;
  /** 留置: SHA-256 of the photo or video of the leaving (64 hex characters). */
  photoSha256?: string | null;
  /** 委托: the agency that served on our behalf. */
  entrustedTo?: string | null;
  /** 邮寄: the date on the return receipt (回执). */
  receiptDate?: IsoDate | null;
  /** 电子: where the party's consent to electronic service is recorded (e.g. 送达地址确认书). */
  consent?: string | null;
}

/** A service on the record: what was recorded and the instant it counts from. */
export interface ServiceRecord extends ServiceInput {
  /** The instant the service takes effect: clocks that count from service count from here. */
  effectiveAt: number;
  /** The day of `effectiveAt`, China time: day-counted periods start from it (the day not counted). */
  effectiveOn: IsoDate;
}

/** The refusals `serviceProblem` gives (i18n/refusals/service.ts), none with params. */
export type ServiceProblem =
  | 'service.method_unknown'
  | 'service.receiver_missing'
  | 'service.served_at_invalid'
  | 'service.left_needs_witness'
  | 'service.entrusted_needs_agency'
  | 'service.mail_needs_receipt'
  | 'service.receipt_before_sending'
  | 'service.electronic_needs_consent';

const SHA256 = /^[0-9a-f]{64}$/;
const filled = (v: string | null | undefined): boolean => typeof v === 'string' && v.trim().length > 0;

/**
 * Why a recorded service is not valid service, as a message key of the catalog (`service.*`), or null.
 * The API's DTO checks the same rules field by field; the procedures check it again (a workflow never
 * trusts its caller's checks).
 */
export function serviceProblem(s: ServiceInput): ServiceProblem | null {
  if (!(SERVICE_METHODS as readonly string[]).includes(s.method)) return 'service.method_unknown';
  if (!filled(s.receiver)) return 'service.receiver_missing';
  if (!Number.isFinite(s.servedAt)) return 'service.served_at_invalid';
  switch (s.method) {
    case 'left':
      if (!filled(s.witness) && !(typeof s.photoSha256 === 'string' && SHA256.test(s.photoSha256)))
        return 'service.left_needs_witness';
      return null;
    case 'entrusted':
      return filled(s.entrustedTo) ? null : 'service.entrusted_needs_agency';
    case 'mail':
      if (!s.receiptDate || !isIsoDate(s.receiptDate)) return 'service.mail_needs_receipt';
      return s.receiptDate < chinaDateOf(s.servedAt) ? 'service.receipt_before_sending' : null;
    case 'electronic':
      return filled(s.consent) ? null : 'service.electronic_needs_consent';
    default:
      return null;
  }
}

/**
 * The instant a service takes effect. 邮寄: the receipt date; an hour-counted clock starts at the end
 * of that day (the hour of receipt is unknown, and counting from its start could only shorten the
 * party's time). 公告: the publication instant plus the notice period. Others: when served.
 */
export function effectiveService(s: ServiceInput, rulebook: Rulebook): ServiceRecord {
  let effectiveAt = s.servedAt;
  let effectiveOn = chinaDateOf(s.servedAt);
  if (s.method === 'mail' && s.receiptDate) {
    effectiveOn = s.receiptDate;
    effectiveAt = Math.max(s.servedAt, endOfChinaDay(s.receiptDate));
  }
  if (s.method === 'public_notice') {
    const days = rulebook.rules['service.public_notice']?.amount ?? 30;
    effectiveOn = addDays(chinaDateOf(s.servedAt), days);
    effectiveAt = s.servedAt + (startOfChinaDay(effectiveOn) - startOfChinaDay(chinaDateOf(s.servedAt)));
  }
  return {
    method: s.method,
    receiver: s.receiver,
    servedAt: s.servedAt,
    witness: s.witness ?? null,
    photoSha256: s.photoSha256 ?? null,
    entrustedTo: s.entrustedTo ?? null,
    receiptDate: s.receiptDate ?? null,
    consent: s.consent ?? null,
    effectiveAt,
    effectiveOn,
  };
}
