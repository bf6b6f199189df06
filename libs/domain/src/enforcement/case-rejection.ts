/**
 * Why an action on a case is refused. The workflow's update validators throw these as typed
 * ApplicationFailures; the API maps each code to its HTTP status (409 / 422 / 403 / 404).
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
    message: string,
  ) {
    super(message);
    this.name = 'CaseRejection';
  }
}

export function isCaseRejectionCode(value: string): value is CaseRejectionCode {
  return (CASE_REJECTION_CODES as readonly string[]).includes(value);
}
