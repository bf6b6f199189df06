import { Injectable, type PipeTransform } from '@nestjs/common';
import { ProblemException } from '@safecase/common';

/** The years an arrangement may be loaded for: the seeded history (2000 on) and this century. */
export const CALENDAR_YEARS = { first: 2000, last: 2100 } as const;

/** `:year` as four digits within CALENDAR_YEARS, else 422 naming the field (never a database error). */
@Injectable()
export class CalendarYearPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
    if (year >= CALENDAR_YEARS.first && year <= CALENDAR_YEARS.last) return year;
    const message = `年份须为 ${CALENDAR_YEARS.first} 至 ${CALENDAR_YEARS.last} 之间的四位数字`;
    throw new ProblemException('validation.failed', `${message}。`, [{ field: 'year', messages: [message] }]);
  }
}
