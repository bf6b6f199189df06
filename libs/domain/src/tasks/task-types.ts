import type { IsoDate } from '../calendar/iso-date';
import type { Message } from '../i18n/message';
import type { ClockActor } from '../rulebook/rulebook';

/**
 * Who a task waits on. An overdue task climbs towards the agency head: an officer's or a legal
 * reviewer's task goes to the supervisor, then to the head; a supervisor's goes to the head.
 */
export type Assignee = 'officer' | 'supervisor' | 'head' | 'legal_reviewer';
export type Rung = 'supervisor' | 'head';

export const RUNGS_ABOVE: Record<Assignee, Rung[]> = {
  officer: ['supervisor', 'head'],
  legal_reviewer: ['supervisor', 'head'],
  supervisor: ['head'],
  head: [],
};

export type TaskClock =
  /**
   * A day someone set (the officer's rectification deadline) or a day worked out elsewhere (the last
   * day for court enforcement). An agency acts on it by its last working day on or before it.
   */
  | { kind: 'date'; due: IsoDate; basis: string; actor?: ClockActor }
  /**
   * A period in days from the pinned rulebook, counted from a day. A clock that pauses is a budget
   * plus a ledger (docs/domain.md §2): `extraDays` adds the days it stood still and any approved extension;
   * `paused` is set while it stands still, and then it has no due time.
   */
  | { kind: 'days'; rule: string; from: IsoDate; extraDays?: number; paused?: boolean }
  /** A period in hours from an instant. */
  | { kind: 'hours'; rule: string; from: number }
  /** A period in months (or years, counted as 12 months) from a day. */
  | { kind: 'months'; rule: string; from: IsoDate };

export interface ProcedureTask {
  key: string;
  kind: string;
  /** The title in English (kept in the read model as written); `text` renders it in any language. */
  title: string;
  /** The title as a message (`task.<kind>` and its params), rendered when read. */
  text: Message;
  assigneeRole: Assignee;
  /** What the task is about (a measure, a rectification item), when it is about one thing. */
  subject: string | null;
  clock: TaskClock | null;
}

export interface TaskSchedule {
  dueAt: number | null;
  /**
   * The day the task falls due (docs/domain.md §2.4): party-side, the rolled end (the party's act is
   * accepted until it has passed); agency-side and caps, the un-rolled last day. Overdue after it.
   */
  dueDate: IsoDate | null;
  /** Agency-side: the last working day on or before `dueDate`; reminders count back from it. */
  actBy: IsoDate | null;
  /** The end rolled past rest days, as information, where it differs from `dueDate`. */
  rolledEnd: IsoDate | null;
  remindAt: number | null;
  /** Instant of each rung above the assignee; rung i escalates to the role `escalateTo[i]`. */
  escalateAt: number[];
  escalateTo: Rung[];
  /** The rule and its legal source, for the inbox and the audit log. */
  rule: string | null;
  source: string | null;
  /** Set when the due day reaches a year with no working-day arrangement: no timer until it is loaded. */
  missingYear: number | null;
  /** Set while the clock stands still. */
  paused: boolean;
}

/** What has already happened to a task: kept in the procedure's state, keyed by task key. */
export interface TaskMarks {
  reminded: boolean;
  overdue: boolean;
  escalationLevel: number;
}

export interface ScheduledTask extends ProcedureTask, TaskSchedule, TaskMarks {}

/**
 * How a task that time has overtaken catches up. `one_step` is the rule: one event puts it at the rung
 * its lateness warrants. `every_rung` emits each missed mark in turn (overdue, then every rung, all at
 * the same instant): what workflows did before, kept only so their recorded histories replay alike.
 */
export type CatchUp = 'one_step' | 'every_rung';

/** The clock's own events, shared by every procedure. */
export type TaskClockEvent =
  | { type: 'task_reminded'; taskKey: string; dueAt: number; at: number }
  /**
   * A task found past its due time. One found later than a rung too (entered after the fact) carries
   * that rung: it starts there, in this one event, instead of climbing every rung in the same instant.
   */
  | { type: 'task_overdue'; taskKey: string; dueAt: number; at: number; level?: number; to?: Rung }
  | { type: 'task_escalated'; taskKey: string; level: number; to: string; at: number }
  | { type: 'calendar_year_missing'; year: number; at: number };
