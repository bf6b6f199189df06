import { chinaDateOf } from '../calendar/china-time';
import type { WorkCalendar } from '../calendar/work-calendar';
import { task, taskClockOf, type CatchUp, type ProcedureTask } from '../tasks';
import { approvalRule } from './accident-rules';
import type { AccidentEvent, AccidentState } from './accident-types';

const extra = (e: { days: number; status: string } | null) => (e?.status === 'approved' ? e.days : 0);

/** The pending steps of an accident, derived from its state. */
export function openAccidentTasks(s: AccidentState): ProcedureTask[] {
  if (s.stage === 'closed') return [];
  const tasks: ProcedureTask[] = [];
  if (s.levelHandover.required && !s.levelHandover.note)
    tasks.push(
      task(
        'level_handover',
        `Investigated at ${s.level} level: hand the investigation up (国务院令第493号 第19条)`,
        'head',
      ),
    );
  if (!s.passedUp)
    tasks.push(
      task(
        'pass_report_up',
        'Pass the accident report up to the next level (2 hours, 国务院令第493号 第10–11条)',
        'officer',
        {
          kind: 'hours',
          rule: 'accident.level_report',
          from: s.reportedAt,
        },
      ),
    );
  if (s.stage === 'reported') tasks.push(task('form_team', 'Form the investigation team', 'supervisor'));
  if (s.stage === 'reported' || s.stage === 'investigating')
    tasks.push(
      task(
        'submit_report',
        'Submit the investigation report (60 days from the accident, 第29条)',
        'officer',
        {
          kind: 'days',
          rule: 'accident.report',
          from: chinaDateOf(s.occurredAt),
          extraDays: extra(s.reportExtension),
        },
      ),
    );
  if (s.reportExtension?.status === 'requested')
    tasks.push(
      task(
        'decide_report_extension',
        `Approve or refuse ${s.reportExtension.days} more days for the report`,
        'supervisor',
      ),
    );
  if (s.stage === 'report_submitted')
    tasks.push(
      task('approve_report', 'Record the approval (批复) of the report (第32条)', 'head', {
        kind: 'days',
        rule: approvalRule(s),
        from: s.report!.submittedOn,
        extraDays: extra(s.approvalExtension),
      }),
    );
  if (s.approvalExtension?.status === 'requested')
    tasks.push(
      task(
        'decide_approval_extension',
        `Approve or refuse ${s.approvalExtension.days} more days for the approval`,
        'head',
      ),
    );
  if (s.stage === 'approved')
    tasks.push(task('publish_report', 'Publish the investigation report', 'officer'));
  if (s.stage === 'approved' || s.stage === 'published')
    tasks.push(
      task(
        'evaluate',
        'Evaluate how the rectification and prevention measures were carried out (安全生产法 第86条)',
        'supervisor',
        {
          kind: 'months',
          rule: 'accident.evaluation',
          from: s.approval!.approvedOn,
        },
      ),
    );
  if (s.stage === 'evaluated' && !s.evaluation!.publishedOn)
    tasks.push(task('publish_evaluation', 'Publish the evaluation', 'officer'));
  if (s.stage === 'evaluated' && s.evaluation!.publishedOn && s.items.every((i) => i.status !== 'open'))
    tasks.push(task('close_accident', 'Close the accident file', 'supervisor'));
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
