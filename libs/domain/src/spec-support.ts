// Shared by the scenario specs only (not exported from the library).
import { startOfChinaDay } from './calendar/china-time';
import type { CaseActor } from './enforcement/case-types';

/** An instant on a China date, at 10:00 unless told otherwise. */
export const onDay = (day: string, hour = 10): number => startOfChinaDay(day) + hour * 3600_000;

/** A user of agency `a`, named by their id, holding `roles`. */
export const specActor = (userId: string, roles: string[]): CaseActor => ({
  userId,
  username: userId,
  displayName: userId,
  roles,
  agencyId: 'a',
});
