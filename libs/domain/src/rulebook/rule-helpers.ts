import type { ClockRule } from './clock-rule';

/** A rule whose value is in the cited text. */
export const confirmed = (
  r: Omit<ClockRule, 'status' | 'pausedBy'> & { pausedBy?: string[] },
): ClockRule => ({
  pausedBy: [],
  ...r,
  status: 'confirmed',
});
/** A rule whose shipped value is a default awaiting the department rule or local practice. */
export const configurable = (
  r: Omit<ClockRule, 'status' | 'pausedBy'> & { pausedBy?: string[] },
): ClockRule => ({
  pausedBy: [],
  ...r,
  status: 'configurable',
});
