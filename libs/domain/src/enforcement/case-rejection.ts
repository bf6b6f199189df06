import { msg, renderMessage, type Message, type MessageKey, type ParamArgs } from '../i18n/message';

/**
 * Why an action on a case is refused. The workflow's update validators throw these as typed
 * ApplicationFailures; the API maps each code to its HTTP status (409 / 422 / 403 / 404) and shows the
 * message (a key and its params, see i18n/) in the caller's language.
 */
export const CASE_REJECTION_CODES = [
  'case.not_found',
  'case.wrong_stage',
  'case.invalid',
  'auth.forbidden',
  'auth.four_eyes',
] as const;
export type CaseRejectionCode = (typeof CASE_REJECTION_CODES)[number];

export class CaseRejection extends Error {
  constructor(
    readonly code: CaseRejectionCode,
    /** What to tell the caller, rendered when read; `message` is its English text (logs, history). */
    readonly text: Message,
  ) {
    super(renderMessage(text, 'en'));
    this.name = 'CaseRejection';
  }
}

/** Refuses a command: `reject('case.invalid', 'case.unknown_danger', { id })`. */
export function reject<K extends MessageKey>(
  code: CaseRejectionCode,
  key: K,
  ...params: ParamArgs<K>
): never {
  throw new CaseRejection(code, msg(key, ...params));
}

/** Refuses a command with a message already made (e.g. by a bound check of the rulebook). */
export function refuse(code: CaseRejectionCode, text: Message): never {
  throw new CaseRejection(code, text);
}

export function isCaseRejectionCode(value: string): value is CaseRejectionCode {
  return (CASE_REJECTION_CODES as readonly string[]).includes(value);
}
