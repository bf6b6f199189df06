import { chinaDateOf, chinaHourOf, endOfChinaDay, shiftWorkingDays } from '../calendar/china-time';
import { computeDeadline } from '../calendar/deadline';
import type { IsoDate } from '../calendar/iso-date';
import { CalendarYearMissingError, type WorkCalendar } from '../calendar/work-calendar';
import type { ClockRule } from '../rulebook/rulebook';
import { CUTOFF_KINDS, type CaseState, type Measure } from './case-types';

/** Who a task waits on, and the ladder an overdue task climbs (officer → supervisor → agency head). */
export const LADDER = ['officer', 'supervisor', 'head'] as const;
export type Assignee = (typeof LADDER)[number];

export type TaskClock =
  /** A day someone set (the officer's rectification deadline). */
  | { kind: 'date'; due: IsoDate; basis: string }
  /** A period from the pinned rulebook, counted from a day. */
  | { kind: 'days'; rule: string; from: IsoDate }
  /** A period in hours from an instant. */
  | { kind: 'hours'; rule: string; from: number }
  /** 查封/扣押: the term plus any extension, testing days excluded (行政强制法 第25条). */
  | { kind: 'seizure'; measureId: string };

export interface CaseTask {
  key: string;
  kind: string;
  title: string;
  assigneeRole: Assignee;
  /** The measure a task is about, when it is about one. */
  subject: string | null;
  clock: TaskClock | null;
}

export interface TaskSchedule {
  dueAt: number | null;
  dueDate: IsoDate | null;
  remindAt: number | null;
  /** Instant of each rung above the assignee; rung i escalates to the role `escalateTo[i]`. */
  escalateAt: number[];
  escalateTo: Assignee[];
  /** The rule and its legal source, for the inbox and the audit log. */
  rule: string | null;
  source: string | null;
  /** Set when the due day reaches a year with no working-day arrangement: no timer until it is loaded. */
  missingYear: number | null;
  /** Set while the clock stands still (testing during a seizure). */
  paused: boolean;
}

function measureTasks(state: CaseState, m: Measure): CaseTask[] {
  const label = `${m.kind} ${m.id}`;
  if (m.status === 'proposed') {
    const byHead = CUTOFF_KINDS.includes(m.kind);
    return [
      {
        key: `approve_measure:${m.id}`,
        kind: 'approve_measure',
        title: byHead
          ? `Approve or refuse ${label} (主要负责人, 安全生产法 第70条)`
          : `Approve or refuse ${label} (负责人 approval, 行政强制法 第18条)`,
        assigneeRole: byHead ? 'head' : 'supervisor',
        subject: m.id,
        clock: null,
      },
    ];
  }
  if (m.status !== 'in_force') return [];
  const tasks: CaseTask[] = [];
  if (m.emergency && m.decidedAt === null && m.effectiveAt !== null) {
    tasks.push({
      key: `review_emergency:${m.id}`,
      kind: 'review_emergency_measure',
      title: `Confirm or lift the emergency ${label} (行政强制法 第19条)`,
      assigneeRole: 'supervisor',
      subject: m.id,
      clock: { kind: 'hours', rule: 'emergency_measure.report', from: m.effectiveAt },
    });
  }
  if (m.kind === 'seal_seize' && m.seizure) {
    tasks.push({
      key: `seizure_handling:${m.id}`,
      kind: 'decide_seizure_handling',
      title: `Decide how the items under ${label} are handled before the term ends`,
      assigneeRole: 'officer',
      subject: m.id,
      clock: { kind: 'seizure', measureId: m.id },
    });
  }
  return tasks;
}

/** The pending steps of a case, derived from its state: nothing to keep in sync by hand. */
export function openTasks(state: CaseState): CaseTask[] {
  if (state.stage === 'closed') return [];
  const tasks: CaseTask[] = [];
  if (state.stage === 'opened') {
    tasks.push({
      key: 'record_inspection',
      kind: 'record_inspection',
      title: 'Inspect the unit and record the inspection (two officers)',
      assigneeRole: 'officer',
      subject: null,
      clock: null,
    });
  }
  if (state.stage === 'inspected') {
    tasks.push({
      key: 'issue_order',
      kind: 'issue_order',
      title: 'Issue the order to rectify (责令限期整改指令书) with a deadline',
      assigneeRole: 'officer',
      subject: null,
      clock: null,
    });
  }
  if (state.stage === 'rectifying' && state.order) {
    const report = state.rectificationReportOn;
    const from = report && report < state.order.deadline ? report : state.order.deadline;
    tasks.push({
      key: `reinspect:${from}`,
      kind: 'reinspect',
      title: report
        ? 'Re-inspect after the unit’s rectification report'
        : 'Re-inspect after the rectification deadline',
      assigneeRole: 'officer',
      subject: null,
      clock: { kind: 'days', rule: 'reinspection.due', from },
    });
    if (state.extension?.decision === 'pending') {
      tasks.push({
        key: `decide_extension:${state.extension.requestedAt}`,
        kind: 'decide_extension',
        title: `Approve or refuse extending the rectification deadline to ${state.extension.newDeadline}`,
        assigneeRole: 'supervisor',
        subject: null,
        clock: {
          kind: 'date',
          due: state.order.deadline,
          basis: 'before the current rectification deadline',
        },
      });
    }
  }
  if (state.stage === 'escalated') {
    const acted = state.measures.length > 0 || state.penaltyProposal !== null;
    if (!acted) {
      tasks.push({
        key: 'decide_escalation',
        kind: 'decide_escalation',
        title: 'Not rectified: propose compulsory measures and/or a penalty',
        assigneeRole: 'officer',
        subject: null,
        clock: null,
      });
    }
    if (state.penaltyProposal && !state.penaltyProposal.acknowledged) {
      tasks.push({
        key: 'penalty_proposal',
        kind: 'consider_penalty_proposal',
        title: 'Consider the penalty proposal (the penalty procedure opens from it)',
        assigneeRole: 'supervisor',
        subject: null,
        clock: null,
      });
    }
  }
  for (const m of state.measures) tasks.push(...measureTasks(state, m));
  if (state.stage === 'escalated' && tasks.length === 0) {
    tasks.push({
      key: 'close_case',
      kind: 'close_case',
      title: 'Every measure is settled: close the case or re-inspect',
      assigneeRole: 'supervisor',
      subject: null,
      clock: null,
    });
  }
  return tasks;
}

function rule(state: CaseState, id: string): ClockRule {
  const r = state.rulebook.rules[id];
  if (!r) throw new Error(`rulebook ${state.rulebook.version} has no rule ${id}`);
  return r;
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

function dueOf(
  state: CaseState,
  clock: TaskClock,
  calendar: WorkCalendar,
): {
  dueAt: number | null;
  dueDate: IsoDate | null;
  rule: string | null;
  source: string | null;
  paused: boolean;
} {
  switch (clock.kind) {
    case 'date':
      return {
        dueAt: endOfChinaDay(clock.due),
        dueDate: clock.due,
        rule: null,
        source: clock.basis,
        paused: false,
      };
    case 'days': {
      const r = rule(state, clock.rule);
      if (r.unit !== 'working_days' && r.unit !== 'calendar_days')
        throw new Error(`${clock.rule} is not in days`);
      const { due } = computeDeadline(calendar, clock.from, r.amount, r.unit);
      return { dueAt: endOfChinaDay(due), dueDate: due, rule: clock.rule, source: r.source, paused: false };
    }
    case 'hours': {
      const r = rule(state, clock.rule);
      const dueAt = clock.from + r.amount * 3600_000;
      return { dueAt, dueDate: chinaDateOf(dueAt - 1), rule: clock.rule, source: r.source, paused: false };
    }
    case 'seizure': {
      const m = state.measures.find((x) => x.id === clock.measureId);
      const s = m?.seizure;
      const term = rule(state, 'seizure.term');
      if (!s) throw new Error(`no seizure ${clock.measureId}`);
      if (s.testing.some((t) => t.to === null)) {
        return { dueAt: null, dueDate: null, rule: 'seizure.term', source: term.source, paused: true };
      }
      const testingDays = s.testing.reduce((n, t) => n + daysBetween(t.from, t.to ?? t.from), 0);
      const { due } = computeDeadline(
        calendar,
        s.servedOn,
        term.amount + (s.extensionDays ?? 0) + testingDays,
        'calendar_days',
      );
      return {
        dueAt: endOfChinaDay(due),
        dueDate: due,
        rule: 'seizure.term',
        source: term.source,
        paused: false,
      };
    }
  }
}

/**
 * When a task falls due, when its reminder goes out and when each rung of the ladder is reached, from
 * the case's pinned rulebook and the working-day calendar. A year without an arrangement is never
 * guessed (DOMAIN §2): the schedule says which year is missing and carries no instants.
 */
export function scheduleTask(state: CaseState, task: CaseTask, calendar: WorkCalendar): TaskSchedule {
  const rungsAbove = LADDER.slice(LADDER.indexOf(task.assigneeRole) + 1);
  const empty: TaskSchedule = {
    dueAt: null,
    dueDate: null,
    remindAt: null,
    escalateAt: [],
    escalateTo: [],
    rule: null,
    source: null,
    missingYear: null,
    paused: false,
  };
  if (!task.clock) return empty;
  let missingYear: number | null = null;
  // Each instant is computed on its own: a rung in a year not yet loaded leaves the due time intact.
  const attempt = <T>(f: () => T): T | null => {
    try {
      return f();
    } catch (error) {
      if (!(error instanceof CalendarYearMissingError)) throw error;
      missingYear ??= error.year;
      return null;
    }
  };
  const due = attempt(() => dueOf(state, task.clock!, calendar));
  if (!due || due.dueAt === null || due.dueDate === null) return { ...empty, ...due, missingYear };
  const dueDate = due.dueDate;
  const remindAt =
    task.clock.kind === 'hours'
      ? due.dueAt - rule(state, 'reminder.lead_hours').amount * 3600_000
      : attempt(() =>
          chinaHourOf(shiftWorkingDays(calendar, dueDate, -rule(state, 'reminder.lead').amount), 9),
        );
  const escalateAt: number[] = [];
  let rungDate: IsoDate | null = dueDate;
  for (const to of rungsAbove) {
    const from: IsoDate | null = rungDate;
    rungDate =
      from === null
        ? null
        : attempt(() => shiftWorkingDays(calendar, from, rule(state, `escalation.${to}`).amount));
    if (rungDate === null) break;
    escalateAt.push(endOfChinaDay(rungDate));
  }
  return { ...due, remindAt, escalateAt, escalateTo: rungsAbove.slice(0, escalateAt.length), missingYear };
}

export interface ScheduledTask extends CaseTask, TaskSchedule {
  reminded: boolean;
  overdue: boolean;
  escalationLevel: number;
}

export function scheduledTasks(state: CaseState, calendar: WorkCalendar): ScheduledTask[] {
  return openTasks(state).map((t) => {
    const marks = state.taskMarks[t.key] ?? { reminded: false, overdue: false, escalationLevel: 0 };
    return { ...t, ...scheduleTask(state, t, calendar), ...marks };
  });
}

/** Years the calendar must hold for the case's deadlines: the current one and the next. */
export function calendarYearsNeeded(now: number): number[] {
  const year = Number(chinaDateOf(now).slice(0, 4));
  return [year - 1, year, year + 1];
}
