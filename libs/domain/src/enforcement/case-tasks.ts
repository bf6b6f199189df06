import { chinaDateOf } from '../calendar/china-time';
import type { IsoDate } from '../calendar/iso-date';
import type { WorkCalendar } from '../calendar/work-calendar';
import { term } from '../i18n/message';
import {
  rememberingLast,
  scheduleTasks,
  task,
  taskTitle,
  type ProcedureTask,
  type ScheduledTask,
} from '../tasks';
import { CUTOFF_KINDS, type CaseState, type Measure } from './case-types';

export type CaseTask = ProcedureTask;

function measureTasks(state: CaseState, m: Measure): CaseTask[] {
  const label = { kind: term(m.kind), id: m.id };
  if (m.status === 'proposed') {
    const byHead = CUTOFF_KINDS.includes(m.kind);
    const basis = byHead ? '主要负责人, 安全生产法 第70条' : '负责人 approval, 行政强制法 第18条';
    return [
      task(
        `approve_measure:${m.id}`,
        taskTitle('task.approve_measure', { ...label, basis: term(basis) }),
        byHead ? 'head' : 'supervisor',
        null,
        m.id,
      ),
    ];
  }
  if (m.status === 'noticed' && m.noticeUntil === null) {
    // 安全生产法 第70条: the 24 hours start once the notice is served (its service record).
    return [
      task(
        `serve_cutoff_notice:${m.id}`,
        taskTitle('task.serve_cutoff_notice', label),
        'officer',
        null,
        m.id,
        'serve_cutoff_notice',
      ),
    ];
  }
  if (m.status !== 'in_force') return [];
  const tasks: CaseTask[] = [];
  if (m.emergency && m.decidedAt === null && m.effectiveAt !== null) {
    // 行政强制法 第19条: not confirmed within 24 hours, it is flagged and goes to the head.
    const flagged = m.confirmation?.flaggedAt != null;
    tasks.push(
      task(
        `review_emergency:${m.id}`,
        flagged
          ? taskTitle('task.confirm_emergency_measure_late', label)
          : taskTitle('task.review_emergency_measure', label),
        flagged ? 'head' : 'supervisor',
        { kind: 'hours', rule: 'emergency_measure.report', from: m.effectiveAt },
        m.id,
        'review_emergency_measure',
      ),
    );
  }
  // 行政强制法 第18条: measures proposed since the rule record their on-site record.
  if (m.procedure === null) {
    tasks.push(
      task(
        `record_measure_procedure:${m.id}`,
        taskTitle('task.record_measure_procedure', label),
        'officer',
        null,
        m.id,
        'record_measure_procedure',
      ),
    );
  }
  if (m.kind === 'seal_seize' && m.seizure) {
    tasks.push(
      task(
        `seizure_handling:${m.id}`,
        taskTitle('task.decide_seizure_handling', label),
        'officer',
        seizureClock(m.seizure),
        m.id,
        'decide_seizure_handling',
      ),
    );
  }
  return tasks;
}

/** The pending steps of a case, derived from its state: nothing to keep in sync by hand. */
export function openTasks(state: CaseState): CaseTask[] {
  if (state.stage === 'closed') return [];
  const tasks: CaseTask[] = [];
  if (state.stage === 'opened') {
    tasks.push(task('record_inspection', taskTitle('task.record_inspection'), 'officer'));
  }
  if (state.stage === 'inspected') {
    tasks.push(task('issue_order', taskTitle('task.issue_order'), 'officer'));
  }
  if (state.stage === 'rectifying' && state.order) {
    const report = state.rectificationReportOn;
    const from = report && report < state.order.deadline ? report : state.order.deadline;
    const after = report ? 'the unit’s rectification report' : 'the rectification deadline';
    tasks.push(
      task(`reinspect:${from}`, taskTitle('task.reinspect', { after: term(after) }), 'officer', {
        kind: 'days',
        rule: 'reinspection.due',
        from,
      }),
    );
    if (state.extension?.decision === 'pending') {
      tasks.push(
        task(
          `decide_extension:${state.extension.requestedAt}`,
          taskTitle('task.decide_extension', { newDeadline: state.extension.newDeadline }),
          'supervisor',
          { kind: 'date', due: state.order.deadline, basis: 'before the current rectification deadline' },
        ),
      );
    }
  }
  if (state.stage === 'escalated') {
    const acted = state.measures.length > 0 || state.penaltyProposal !== null;
    if (!acted) {
      tasks.push(task('decide_escalation', taskTitle('task.decide_escalation'), 'officer'));
    }
    if (state.penaltyProposal && !state.penaltyProposal.acknowledged) {
      tasks.push(
        task(
          'penalty_proposal',
          taskTitle('task.consider_penalty_proposal'),
          'supervisor',
          null,
          null,
          'consider_penalty_proposal',
        ),
      );
    }
  }
  for (const m of state.measures) tasks.push(...measureTasks(state, m));
  // 国务院令第310号: after a final refusal the agency continues the administrative handling.
  const returned = (state.procedures ?? []).some(
    (p) => p.kind === 'transfer' && p.status === 'finished' && p.outcome !== 'handed_over',
  );
  if (returned && !state.penaltyProposal && state.stage !== 'opened') {
    tasks.push(
      task('resume_administrative_handling', taskTitle('task.resume_administrative_handling'), 'officer'),
    );
  }
  const subOpen = (state.procedures ?? []).some((p) => p.kind === 'transfer' && p.status === 'open');
  if (state.stage === 'escalated' && tasks.length === 0 && !subOpen) {
    tasks.push(task('close_case', taskTitle('task.close_case'), 'supervisor'));
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

export const scheduledTasks = rememberingLast((state: CaseState, calendar: WorkCalendar): ScheduledTask[] =>
  scheduleTasks(state.rulebook, openTasks(state), state.taskMarks, calendar),
);

/** Years the calendar must hold for the case's deadlines: the current one and the next. */
export function calendarYearsNeeded(now: number): number[] {
  const year = Number(chinaDateOf(now).slice(0, 4));
  return [year - 1, year, year + 1];
}
