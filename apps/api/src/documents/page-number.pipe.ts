import { Injectable, type PipeTransform } from '@nestjs/common';
import { ProblemException } from '@safecase/common';
import { msg } from '@safecase/domain';

/** `:n` as a page number from 1 (up to 9999), else 422 naming the field, never a database error. */
@Injectable()
export class PageNumberPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (/^[1-9]\d{0,3}$/.test(value)) return Number(value);
    const message = msg('api.page_number_invalid');
    throw new ProblemException('validation.failed', message, [{ field: 'n', messages: [message] }]);
  }
}
