import { creditCodeProblem, fenOfYuan, isIsoDate, residentIdProblem } from '@safecase/domain';
import { Transform } from 'class-transformer';
import { isISO8601, ValidateBy } from 'class-validator';

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export const IsCalendarDate = () =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
      defaultMessage: (args?: { property: string }) =>
        `${args?.property ?? 'value'} must be a calendar date YYYY-MM-DD`,
    },
  });

/** An hour of the day written HH:mm, China time (a hearing's start, 09:30). */
export const IsHourMinute = () =>
  ValidateBy({
    name: 'isHourMinute',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value),
      defaultMessage: (args?: { property: string }) =>
        `${args?.property ?? 'value'} must be an hour and minute HH:mm (China time)`,
    },
  });

/** 统一社会信用代码 with a correct check character (GB 32100-2015). */
export const IsCreditCode = () =>
  ValidateBy({
    name: 'isCreditCode',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && creditCodeProblem(value) === undefined,
      defaultMessage: (args?: { value: unknown; property: string }) =>
        `${args?.property ?? 'value'} is not a valid unified social credit code: ${
          typeof args?.value === 'string' ? creditCodeProblem(args.value) : 'must be a string'
        }`,
    },
  });

/** 居民身份证号 with a correct check character and a real birth date (GB 11643-1999). */
export const IsResidentId = () =>
  ValidateBy({
    name: 'isResidentId',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && residentIdProblem(value) === undefined,
      defaultMessage: (args?: { value: unknown; property: string }) =>
        `${args?.property ?? 'value'} is not a valid resident identity number (GB 11643): ${
          typeof args?.value === 'string' ? residentIdProblem(args.value) : 'must be a string'
        }`,
    },
  });

// RFC 3339 (what the documents show): ISO 8601 also allows week and ordinal dates that Date.parse
// cannot read, and an unreadable instant would reach the workflow as null.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant written like 2026-11-28T08:10:00+08:00: a real date and time with its offset. */
export const IsInstant = () =>
  ValidateBy({
    name: 'isInstant',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' &&
        RFC3339.test(value) &&
        isISO8601(value, { strict: true }) &&
        Number.isFinite(Date.parse(value)),
      defaultMessage: (args?: { property: string }) =>
        `${args?.property ?? 'value'} must be a date and time with offset, e.g. 2026-11-28T08:10:00+08:00`,
    },
  });

/** Money in yuan as a decimal string ("50000.00", at most two decimals), at most `maxYuan`. */
export const IsYuan = (maxYuan = 100_000_000) =>
  ValidateBy({
    name: 'isYuan',
    constraints: [maxYuan],
    validator: {
      validate: (value: unknown) => {
        const fen = typeof value === 'string' ? fenOfYuan(value) : undefined;
        return fen !== undefined && fen <= maxYuan * 100;
      },
      defaultMessage: (args?: { property: string }) =>
        `${args?.property ?? 'value'} must be an amount in yuan such as "50000.00" (at most ${maxYuan} yuan, two decimals)`,
    },
  });

/** A validated yuan string in fen (IsYuan has checked it). */
export const fen = (yuan: string): number => fenOfYuan(yuan) ?? Number.NaN;

/**
 * A whole number written in decimal digits (no `1e3`, `0x10` or `1.0`), for query parameters. Longer
 * strings are left as text, so `@IsInt()` refuses them instead of rounding them into a float that
 * overflows the SQL they reach.
 */
export const DecimalInt = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value,
  );
