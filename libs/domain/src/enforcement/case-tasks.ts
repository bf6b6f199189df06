import { chinaDateOf } from '../calendar/china-time';
import type { IsoDate } from '../calendar/iso-date';
import type { WorkCalendar } from '../calendar/work-calendar';
import { scheduleTasks, type ProcedureTask, type ScheduledTask } from '../tasks';
import { CUTOFF_KINDS, type CaseState, type Measure } from './case-types';

export type CaseTask = ProcedureTask;

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
      clock: seizureClock(m.seizure),
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
  const subOpen = (state.procedures ?? []).some((p) => p.kind === 'transfer' && p.status === 'open');
  if (state.stage === 'escalated' && tasks.length === 0 && !subOpen) {
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

function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** 查封/扣押: the term plus any extension, testing days excluded (行政强制法 第25条). */
function seizureClock(s: NonNullable<Measure['seizure']>): ProcedureTask['clock'] {
  const testingDays = s.testing.reduce((n, t) => n + daysBetween(t.from, t.to ?? t.from), 0);
  return {
    kind: 'days',
    rule: 'seizure.term',
    from: s.servedOn,
    extraDays: (s.extensionDays ?? 0) + testingDays,
    paused: s.testing.some((t) => t.to === null),
  };
}

export type { ScheduledTask };

export function scheduledTasks(state: CaseState, calendar: WorkCalendar): ScheduledTask[] {
  return scheduleTasks(state.rulebook, openTasks(state), state.taskMarks, calendar);
}

/** Years the calendar must hold for the case's deadlines: the current one and the next. */
export function calendarYearsNeeded(now: number): number[] {
  const year = Number(chinaDateOf(now).slice(0, 4));
  return [year - 1, year, year + 1];
}
