/** The console's route segment for each kind of record, and the API path that reads it. */
export const RECORD_KINDS = {
  cases: { procedure: 'enforcement', api: '/cases', noun: 'case' },
  penalties: { procedure: 'penalty', api: '/penalties', noun: 'penalty' },
  transfers: { procedure: 'transfer', api: '/transfers', noun: 'transfer' },
  accidents: { procedure: 'accident', api: '/accidents', noun: 'accident' },
  items: { procedure: 'rectification_item', api: '/rectification-items', noun: 'rectification_item' },
} as const;
export type RecordKind = keyof typeof RECORD_KINDS;

const BY_PROCEDURE: Record<string, RecordKind> = {
  enforcement: 'cases',
  case: 'cases',
  penalty: 'penalties',
  transfer: 'transfers',
  accident: 'accidents',
  rectification_item: 'items',
};

export function recordHref(procedure: string, id: string): string {
  return `/records/${BY_PROCEDURE[procedure] ?? 'cases'}/${id}`;
}

/** The stages of each procedure in order, for the steps (side exits such as not_filed are left out). */
export const STAGE_PATHS: Record<RecordKind, string[]> = {
  cases: ['opened', 'inspected', 'rectifying', 'closed'],
  penalties: [
    'proposed',
    'investigating',
    'notified',
    'in_review',
    'deciding',
    'decided',
    'served',
    'closing',
    'closed',
  ],
  transfers: ['reported', 'approved', 'sent', 'police_filed', 'closed'],
  accidents: ['reported', 'report_submitted', 'approved', 'published', 'evaluated', 'closed'],
  items: ['open', 'awaiting_verification', 'closed'],
};
