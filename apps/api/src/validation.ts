import { creditCodeProblem, isIsoDate } from '@safecase/domain';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';

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

/**
 * A whole number written in decimal digits (no `1e3`, `0x10` or `1.0`), for query parameters. Longer
 * strings are left as text, so `@IsInt()` refuses them instead of rounding them into a float that
 * overflows the SQL they reach.
 */
export const DecimalInt = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value,
  );
