import { HttpException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { describeError, type ErrorCode } from './error-codes';

/** RFC 9457 problem details, the body of every error response. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** Stable machine-readable code, e.g. `validation.failed`; clients switch on this, not on text. */
  code: ErrorCode;
  instance?: string;
  requestId?: string;
  /** One entry per bad field for validation failures. */
  errors?: FieldProblem[];
}

export interface FieldProblem {
  field: string;
  messages: string[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** An error the API reports as-is: its code, title and detail are safe to show to the caller. */
export class ProblemException extends HttpException {
  readonly title: string;

  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors?: FieldProblem[],
  ) {
    const { status, title } = describeError(code);
    super(detail ?? title, status);
    this.title = title;
  }
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** `ValidationPipe({ exceptionFactory })`: every bad field, 422, nothing applied. */
export function validationProblem(errors: ValidationError[]): ProblemException {
  return new ProblemException(
    'validation.failed',
    'One or more fields are invalid; see errors.',
    flatten(errors),
  );
}
