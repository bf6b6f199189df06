import { HttpException } from '@nestjs/common';
import { isMessageKey, msg, renderMessage, type Locale, type Message } from '@safecase/domain';
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

/** A field problem whose messages are rendered in the caller's language. */
export interface FieldText {
  field: string;
  messages: Message[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const isText = (detail: string | Message | undefined): detail is Message =>
  typeof detail === 'object' && detail !== null;

/**
 * An error the API reports as-is: its code, title and detail are safe to show to the caller. A detail
 * given as a message (key and params) is shown in the caller's language; `detail` and `errors` are
 * its English text (what the rejection audit records).
 */
export class ProblemException extends HttpException {
  readonly title: string;
  readonly detail?: string;
  readonly errors?: FieldProblem[];

  constructor(
    readonly code: ErrorCode,
    detail?: string | Message,
    fields?: FieldProblem[] | FieldText[],
  ) {
    const { status, title } = describeError(code);
    const english = isText(detail) ? renderMessage(detail, 'en') : detail;
    super(english ?? title, status);
    this.title = title;
    this.detail = english;
    this.text = isText(detail) ? detail : undefined;
    this.fieldTexts = fields?.map((f) => ({
      field: f.field,
      messages: (f.messages as (string | Message)[]).map((m) => (isText(m) ? m : verbatim(m))),
    }));
    this.errors = this.fieldTexts?.map((f) => ({
      field: f.field,
      messages: f.messages.map((m) => renderMessage(m, 'en')),
    }));
  }

  readonly text?: Message;
  readonly fieldTexts?: FieldText[];

  detailIn(locale: Locale): string | undefined {
    return this.text ? renderMessage(this.text, locale) : this.detail;
  }

  errorsIn(locale: Locale): FieldProblem[] | undefined {
    return this.fieldTexts?.map((f) => ({
      field: f.field,
      messages: f.messages.map((m) => renderMessage(m, locale)),
    }));
  }
}

/** A message given as plain text: the same in every language (a fallback for dynamic text). */
function verbatim(text: string): Message {
  return msg('api.verbatim', { text });
}

/** class-validator's own numbers and lists in its English message ("… at most 200 …"), for the zh text. */
function limitsOf(constraint: string, message: string): string {
  if (constraint === 'isIn') return message.replace(/^.*following values:\s*/, '');
  return (message.match(/\d+(\.\d+)?/g) ?? []).join('–');
}

/** A constraint's message in the caller's language, when the catalog has the constraint; else as is. */
function constraintText(field: string, constraint: string, message: string): Message {
  const key = `validation.${constraint}`;
  if (!isMessageKey(key)) return verbatim(message);
  return { key, params: { field, message, limits: limitsOf(constraint, message) } };
}

function flatten(errors: ValidationError[], prefix = ''): FieldText[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints
      ? [
          {
            field,
            messages: Object.entries(e.constraints).map(([c, m]) => constraintText(field, c, m)),
          },
        ]
      : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** `ValidationPipe({ exceptionFactory })`: every bad field, 422, nothing applied. */
export function validationProblem(errors: ValidationError[]): ProblemException {
  return new ProblemException('validation.failed', msg('api.fields_invalid'), flatten(errors));
}
