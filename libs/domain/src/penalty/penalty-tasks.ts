import { term } from '../i18n/message';
import { chinaDateOf, startOfChinaDay } from '../calendar/china-time';
import { CalendarYearMissingError, type WorkCalendar } from '../calendar/work-calendar';
import { ruleOf } from '../rulebook/rulebook';
import {
  nextInstant,
  rememberingLast,
  scheduleTasks,
  task,
  taskTitle,
  taskClockEvents,
  taskInstants,
  type CatchUp,
  type ProcedureTask,
  type ScheduledTask,
} from '../tasks';
import {
  courtWindow,
  dayOfSurcharge,
  decisionClock,
  DAYS_TO_CAP,
  deliberationRequired,
  surchargeOn,
} from './penalty-clocks';
import type { PenaltyEvent } from './penalty-events';
import type { PenaltyState } from './penalty-types';

/**
 * A date the clock cannot tell yet because it reaches a year whose working-day arrangement is not
 * loaded: null, so nothing is guessed (docs/domain.md §2); loading the year re-plans the procedure.
 */
function unlessYearMissing<T>(f: () => T): T | null {
  try {
    return f();
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return null;
    throw error;
  }
}

const DECIDING: PenaltyState['stage'][] = ['investigating', 'notified', 'in_review', 'deciding'];

function beforeDecision(s: PenaltyState): ProcedureTask[] {
  const tasks: ProcedureTask[] = [
    task('decision_due', taskTitle('task.decision_due'), 'officer', decisionClock(s)),
  ];
  if (s.stage === 'investigating')
    tasks.push(task('serve_notice', taskTitle('task.serve_notice'), 'officer'));
  const h = s.hearing;
  if (s.stage === 'notified' && h && !h.date)
    tasks.push(task('schedule_hearing', taskTitle('task.schedule_hearing'), 'supervisor'));
  if (s.stage === 'notified' && h?.date && !h.outcome)
    tasks.push(
      task('record_hearing', taskTitle('task.record_hearing', { date: h.date }), 'supervisor', {
        kind: 'date',
        due: h.date,
        basis: '听证通知 (行政处罚法 第64条)',
      }),
    );
  if (s.stage === 'notified' && (!h || h.outcome)) {
    const returned = s.review?.rounds.at(-1);
    tasks.push(
      task(
        'submit_for_decision',
        returned && !returned.passed
          ? taskTitle('task.submit_for_decision.again', { opinion: returned.opinion })
          : taskTitle('task.submit_for_decision', { defenceEnds: s.notice!.defenceEnds }),
        'officer',
      ),
    );
  }
  if (s.stage === 'in_review')
    tasks.push(task('legal_review', taskTitle('task.legal_review'), 'legal_reviewer'));
  if (s.stage === 'deciding' && deliberationRequired(s) && !s.deliberation)
    tasks.push(task('deliberation', taskTitle('task.deliberation'), 'head'));
  else if (s.stage === 'deciding')
    tasks.push(task('decide_penalty', taskTitle('task.decide_penalty'), 'supervisor'));
  if (s.decisionClock.extensionRequest)
    tasks.push(
      task(
        'decide_decision_extension',
        taskTitle('task.decide_decision_extension', { days: s.decisionClock.extensionRequest.days }),
        'supervisor',
      ),
    );
  return tasks;
}

function afterDecision(s: PenaltyState, calendar: WorkCalendar): ProcedureTask[] {
  const tasks: ProcedureTask[] = [];
  const decidedOn = s.decision!.decidedOn;
  if (s.stage === 'decided')
    tasks.push(
      task('serve_decision', taskTitle('task.serve_decision'), 'officer', {
        kind: 'days',
        rule: 'decision.service',
        from: decidedOn,
      }),
    );
  if (!s.publication && s.decisionStatus === 'in_force')
    tasks.push(
      task('publish_decision', taskTitle('task.publish_decision'), 'officer', {
        kind: 'days',
        rule: 'publication.due',
        from: decidedOn,
      }),
    );
  if (s.publication?.withdrawalDueFrom && !s.publication.withdrawnOn)
    tasks.push(
      task('withdraw_publication', taskTitle('task.withdraw_publication'), 'officer', {
        kind: 'days',
        rule: 'publication.withdrawal',
        from: s.publication.withdrawalDueFrom,
      }),
    );
  if (s.closureProposal?.due)
    tasks.push(
      task(
        'closure_proposal',
        taskTitle('task.closure_proposal', { reason: term(s.closureProposal.reason) }),
        'head',
      ),
    );
  if (s.stage !== 'served') return tasks;
  const owes = s.decision!.fineFen > 0 && !s.payment && s.decisionStatus !== 'revoked';
  const pending = s.remedies.some((r) => r.endedOn === null);
  if (owes && !s.demandDue)
    tasks.push(
      task('payment_due', taskTitle('task.payment_due'), 'officer', {
        kind: 'days',
        rule: 'payment.due',
        from: s.service!.effectiveOn,
      }),
    );
  const cf = s.continuingFine;
  if (cf && !cf.notice)
    tasks.push(
      task('serve_continuing_fine_notice', taskTitle('task.serve_continuing_fine_notice'), 'officer'),
    );
  const ch = cf?.hearing;
  if (ch && !ch.date) tasks.push(task('schedule_hearing', taskTitle('task.schedule_hearing'), 'supervisor'));
  if (ch?.date && !ch.outcome)
    tasks.push(
      task('record_hearing', taskTitle('task.record_hearing', { date: ch.date }), 'supervisor', {
        kind: 'date',
        due: ch.date,
        basis: '听证通知 (行政处罚法 第64条)',
      }),
    );
  if (cf?.notice && (!ch || ch.outcome))
    tasks.push(
      task(
        'impose_continuing_fine',
        taskTitle('task.impose_continuing_fine', { defenceEnds: cf.notice.defenceEnds }),
        'supervisor',
      ),
    );
  if (owes && s.demandDue && !s.demand)
    tasks.push(task('serve_demand', taskTitle('task.serve_demand'), 'officer'));
  const window = unlessYearMissing(() => courtWindow(s, calendar));
  if (owes && window && !s.courtApplication && !pending)
    tasks.push(
      task(
        'apply_court_enforcement',
        taskTitle('task.apply_court_enforcement', { earliest: window.earliest }),
        'supervisor',
        { kind: 'date', due: window.latest, basis: '行政强制法 第53条', actor: 'agency' },
      ),
    );
  if (!owes && !pending && (s.publication || s.decisionStatus === 'revoked'))
    tasks.push(task('propose_closing', taskTitle('task.propose_closing'), 'officer'));
  return tasks;
}

/** The pending steps of a penalty case, derived from its state. */
export function openPenaltyTasks(s: PenaltyState, calendar: WorkCalendar): ProcedureTask[] {
  if (s.stage === 'closed' || s.stage === 'not_filed') return [];
  const tasks: ProcedureTask[] = [];
  if (s.stage === 'proposed')
    tasks.push(
      task('decide_filing', taskTitle('task.decide_filing'), 'supervisor', {
        kind: 'days',
        rule: 'filing.in_time',
        from: chinaDateOf(s.openedAt),
      }),
    );
  for (const e of s.evidence) {
    const description = { description: e.description };
    if (e.status === 'requested')
      tasks.push(
        task(
          `decide_evidence_preservation:${e.id}`,
          taskTitle('task.decide_evidence_preservation', description),
          'supervisor',
          null,
          e.id,
        ),
      );
    else if (e.status === 'approved')
      tasks.push(
        task(
          `register_evidence:${e.id}`,
          taskTitle('task.register_evidence', description),
          'officer',
          null,
          e.id,
        ),
      );
    else if (e.status === 'registered' && !e.handling && e.registeredOn)
      tasks.push(
        task(
          `handle_evidence:${e.id}`,
          taskTitle('task.handle_evidence', description),
          'supervisor',
          { kind: 'days', rule: 'evidence_preservation.decision', from: e.registeredOn },
          e.id,
        ),
      );
  }
  const open = ['notified', 'served'].includes(s.stage);
  for (const st of (s.statements ?? []).filter((x) => open && !x.review))
    tasks.push(
      task(
        `review_statement:${st.id}`,
        taskTitle('task.review_statement', { id: st.id }),
        'supervisor',
        null,
        st.id,
      ),
    );
  if (DECIDING.includes(s.stage)) tasks.push(...beforeDecision(s));
  if (s.decision) tasks.push(...afterDecision(s, calendar));
  if (s.stage === 'closing')
    tasks.push(
      task('decide_closing', taskTitle('task.decide_closing', { reason: s.closing!.reason }), 'supervisor'),
    );
  return tasks;
}

export const scheduledPenaltyTasks = rememberingLast(
  (s: PenaltyState, calendar: WorkCalendar): ScheduledTask[] =>
    scheduleTasks(s.rulebook, openPenaltyTasks(s, calendar), s.taskMarks, calendar),
);

/** The surcharge milestones the clock marks: more than 30 days (the demand may go) and the cap. */
function surchargeMilestones(s: PenaltyState, calendar: WorkCalendar) {
  if (s.stage !== 'served' || s.payment || s.decisionStatus === 'revoked' || !s.decision?.fineFen) return [];
  const demandAfter = ruleOf(s.rulebook, 'demand.after_surcharge').amount;
  const demandDay = s.demandDue
    ? null
    : unlessYearMissing(() => dayOfSurcharge(s, calendar, demandAfter + 1));
  const capDay = s.surchargeCappedOn
    ? null
    : unlessYearMissing(() => dayOfSurcharge(s, calendar, DAYS_TO_CAP));
  return [
    ...(demandDay ? [{ kind: 'demand' as const, at: startOfChinaDay(demandDay), day: demandDay }] : []),
    ...(capDay ? [{ kind: 'cap' as const, at: startOfChinaDay(capDay), day: capDay }] : []),
  ];
}

/** What the passage of time alone does to a penalty case (one durable timer, never polling). */
export function duePenaltyClockEvents(
  s: PenaltyState,
  calendar: WorkCalendar,
  now: number,
  catchUp?: CatchUp,
): PenaltyEvent[] {
  if (s.stage === 'closed' || s.stage === 'not_filed') return [];
  const events: PenaltyEvent[] = taskClockEvents(
    scheduledPenaltyTasks(s, calendar),
    s.missingYears,
    now,
    catchUp,
  );
  for (const m of surchargeMilestones(s, calendar)) {
    if (now < m.at) continue;
    if (m.kind === 'demand')
      events.push({
        type: 'demand_due',
        at: now,
        surchargeDays: ruleOf(s.rulebook, 'demand.after_surcharge').amount,
      });
    else
      events.push({
        type: 'surcharge_capped',
        at: now,
        on: m.day,
        amountFen: surchargeOn(s, calendar, m.day)!.amountFen,
      });
  }
  return events;
}

export function nextPenaltyClockInstant(s: PenaltyState, calendar: WorkCalendar, now: number): number | null {
  if (s.stage === 'closed' || s.stage === 'not_filed') return null;
  const instants = taskInstants(scheduledPenaltyTasks(s, calendar));
  for (const m of surchargeMilestones(s, calendar)) instants.push(m.at);
  return nextInstant(instants, now);
}
