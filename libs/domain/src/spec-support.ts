// Shared by the scenario specs only (not exported from the library).
import { startOfChinaDay } from './calendar/china-time';
import type { CaseActor } from './enforcement/case-types';
import { msg } from './i18n/message';
import type { ScheduledTask } from './tasks/task-types';

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

/** An officer's scheduled task keyed `k`, with no clock and no marks unless `fields` set them. */
export const specTask = (fields: Partial<ScheduledTask> = {}): ScheduledTask => ({
  key: 'k',
  kind: 'k',
  title: 'k',
  text: msg('task.record_inspection'),
  assigneeRole: 'officer',
  subject: null,
  clock: null,
  dueAt: null,
  dueDate: null,
  actBy: null,
  rolledEnd: null,
  remindAt: null,
  escalateAt: [],
  escalateTo: [],
  rule: null,
  source: null,
  missingYear: null,
  paused: false,
  reminded: false,
  overdue: false,
  escalationLevel: 0,
  ...fields,
});
