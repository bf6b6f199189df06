import { term } from '../i18n/message';
import { chinaDateOf } from '../calendar/china-time';
import type { IsoDate } from '../calendar/iso-date';
import type { WorkCalendar } from '../calendar/work-calendar';
import { task, taskTitle, taskClockOf, type CatchUp, type ProcedureTask } from '../tasks';
import { approvalRule } from './accident-rules';
import type { AccidentEvent, AccidentState } from './accident-types';

const extra = (e: { days: number; status: string } | null) => (e?.status === 'approved' ? e.days : 0);
const daysBetween = (from: IsoDate, to: IsoDate) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * The days the report clock stood still for technical appraisal (第27条: not counted), and whether it
 * stands still now. An appraisal from 10 Jul to 25 Jul adds 15 days.
 */
export function appraisalPause(s: AccidentState): { days: number; running: boolean } {
  // A record written before appraisals were kept has none.
  const appraisals = s.appraisals ?? [];
  return {
    days: appraisals.reduce((n, a) => n + (a.to ? daysBetween(a.from, a.to) : 0), 0),
    running: appraisals.some((a) => a.to === null),
  };
}

/** The pending steps of an accident, derived from its state. */
export function openAccidentTasks(s: AccidentState): ProcedureTask[] {
  if (s.stage === 'closed') return [];
  const tasks: ProcedureTask[] = [];
  if (s.levelHandover.required && !s.levelHandover.note)
    tasks.push(task('level_handover', taskTitle('task.level_handover', { level: term(s.level) }), 'head'));
  if (!s.passedUp)
    tasks.push(
      task('pass_report_up', taskTitle('task.pass_report_up'), 'officer', {
        kind: 'hours',
        rule: 'accident.level_report',
        from: s.reportedAt,
      }),
    );
  if (s.stage === 'reported') tasks.push(task('form_team', taskTitle('task.form_team'), 'supervisor'));
  if (s.stage === 'reported' || s.stage === 'investigating')
    tasks.push(
      task('submit_report', taskTitle('task.submit_report'), 'officer', {
        kind: 'days',
        rule: 'accident.report',
        from: chinaDateOf(s.occurredAt),
        extraDays: extra(s.reportExtension) + appraisalPause(s).days,
        paused: appraisalPause(s).running,
      }),
    );
  if (s.stage === 'investigating' && s.reportExtension?.status === 'requested')
    tasks.push(
      task(
        'decide_report_extension',
        taskTitle('task.decide_report_extension', { days: s.reportExtension.days }),
        'supervisor',
      ),
    );
  if (s.stage === 'report_submitted')
    tasks.push(
      task('approve_report', taskTitle('task.approve_report'), 'head', {
        kind: 'days',
        rule: approvalRule(s),
        from: s.report!.submittedOn,
        extraDays: extra(s.approvalExtension),
      }),
    );
  if (s.stage === 'report_submitted' && s.approvalExtension?.status === 'requested')
    tasks.push(
      task(
        'decide_approval_extension',
        taskTitle('task.decide_approval_extension', { days: s.approvalExtension.days }),
        'head',
      ),
    );
  if (s.stage === 'approved') tasks.push(task('publish_report', taskTitle('task.publish_report'), 'officer'));
  if (s.stage === 'approved' || s.stage === 'published')
    tasks.push(
      task('evaluate', taskTitle('task.evaluate'), 'supervisor', {
        kind: 'months',
        rule: 'accident.evaluation',
        from: s.approval!.approvedOn,
      }),
    );
  if (s.stage === 'evaluated' && !s.evaluation!.publishedOn)
    tasks.push(task('publish_evaluation', taskTitle('task.publish_evaluation'), 'officer'));
  if (s.stage === 'evaluated' && s.evaluation!.publishedOn && s.items.every((i) => i.status !== 'open'))
    tasks.push(task('close_accident', taskTitle('task.close_accident'), 'supervisor'));
  return tasks;
}

const clock = taskClockOf(openAccidentTasks);
export const scheduledAccidentTasks = clock.scheduled;
export const dueAccidentClockEvents: (
  s: AccidentState,
  calendar: WorkCalendar,
  now: number,
  catchUp?: CatchUp,
) => AccidentEvent[] = clock.due;
export const nextAccidentClockInstant = clock.next;
