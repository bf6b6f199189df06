import { chinaDateOf, startOfChinaDay } from '../calendar/china-time';
import { CalendarYearMissingError, type WorkCalendar } from '../calendar/work-calendar';
import { ruleOf } from '../rulebook/rulebook';
import {
  nextInstant,
  scheduleTasks,
  task,
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
    task(
      'decision_due',
      'The penalty decision is due (90 days from 立案, 行政处罚法 第60条)',
      'officer',
      decisionClock(s),
    ),
  ];
  if (s.stage === 'investigating')
    tasks.push(task('serve_notice', 'Serve the notice of the intended penalty (第44条)', 'officer'));
  const h = s.hearing;
  if (s.stage === 'notified' && h && !h.date)
    tasks.push(
      task(
        'schedule_hearing',
        'Schedule the requested hearing, 7 working days ahead, with a chair who did not investigate',
        'supervisor',
      ),
    );
  if (s.stage === 'notified' && h?.date && !h.outcome)
    tasks.push(
      task('record_hearing', `Hold and record the hearing of ${h.date}`, 'supervisor', {
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
          ? `Correct the case as the legal review asked (“${returned.opinion}”) and submit it again`
          : `Submit for decision once the defence period ends (${s.notice!.defenceEnds})`,
        'officer',
      ),
    );
  }
  if (s.stage === 'in_review')
    tasks.push(task('legal_review', 'Legal review (法制审核, 行政处罚法 第58条)', 'legal_reviewer'));
  if (s.stage === 'deciding' && deliberationRequired(s) && !s.deliberation)
    tasks.push(task('deliberation', 'Collective deliberation by the leadership (集体讨论, 第57条)', 'head'));
  else if (s.stage === 'deciding')
    tasks.push(task('decide_penalty', 'Decide the penalty (no heavier than noticed, 第45条)', 'supervisor'));
  if (s.decisionClock.extensionRequest)
    tasks.push(
      task(
        'decide_decision_extension',
        `Approve or refuse ${s.decisionClock.extensionRequest.days} more days to decide`,
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
      task(
        'serve_decision',
        'Serve the penalty decision (on the spot, else within 7 working days, 第61条)',
        'officer',
        { kind: 'days', rule: 'decision.service', from: decidedOn },
      ),
    );
  if (!s.publication && s.decisionStatus === 'in_force')
    tasks.push(
      task('publish_decision', 'Publish the decision (安全生产法 第78条)', 'officer', {
        kind: 'days',
        rule: 'publication.due',
        from: decidedOn,
      }),
    );
  if (s.publication?.withdrawalDueFrom && !s.publication.withdrawnOn)
    tasks.push(
      task(
        'withdraw_publication',
        'Withdraw the publication of the changed or revoked decision (第48条)',
        'officer',
        { kind: 'days', rule: 'publication.withdrawal', from: s.publication.withdrawalDueFrom },
      ),
    );
  if (s.closureProposal?.due)
    tasks.push(
      task(
        'closure_proposal',
        `Propose closing the unit to the local government: ${s.closureProposal.reason}`,
        'head',
      ),
    );
  if (s.stage !== 'served') return tasks;
  const owes = s.decision!.fineFen > 0 && !s.payment && s.decisionStatus !== 'revoked';
  const pending = s.remedies.some((r) => r.endedOn === null);
  if (owes && !s.demandDue)
    tasks.push(
      task('payment_due', 'The fine falls due (15 days from receipt, 第67条)', 'officer', {
        kind: 'days',
        rule: 'payment.due',
        from: s.service!.effectiveOn,
      }),
    );
  if (owes && s.demandDue && !s.demand)
    tasks.push(task('serve_demand', 'Serve the written demand to pay (催告, 行政强制法 第54条)', 'officer'));
  const window = unlessYearMissing(() => courtWindow(s, calendar));
  if (owes && window && !s.courtApplication && !pending)
    tasks.push(
      task(
        'apply_court_enforcement',
        `Apply to the court for enforcement from ${window.earliest}`,
        'supervisor',
        { kind: 'date', due: window.latest, basis: '行政强制法 第53条' },
      ),
    );
  if (!owes && !pending && (s.publication || s.decisionStatus === 'revoked'))
    tasks.push(task('propose_closing', 'Propose closing the penalty case (结案)', 'officer'));
  return tasks;
}

/** The pending steps of a penalty case, derived from its state. */
export function openPenaltyTasks(s: PenaltyState, calendar: WorkCalendar): ProcedureTask[] {
  if (s.stage === 'closed' || s.stage === 'not_filed') return [];
  const tasks: ProcedureTask[] = [];
  if (s.stage === 'proposed')
    tasks.push(
      task('decide_filing', 'Approve or refuse 立案 (行政处罚法 第54条)', 'supervisor', {
        kind: 'days',
        rule: 'filing.in_time',
        from: chinaDateOf(s.openedAt),
      }),
    );
  for (const e of s.evidence.filter((x) => !x.handling))
    tasks.push(
      task(
        `handle_evidence:${e.id}`,
        `Decide on the evidence preserved: ${e.description} (第56条)`,
        'supervisor',
        { kind: 'days', rule: 'evidence_preservation.decision', from: e.registeredOn },
        e.id,
      ),
    );
  if (DECIDING.includes(s.stage)) tasks.push(...beforeDecision(s));
  if (s.decision) tasks.push(...afterDecision(s, calendar));
  if (s.stage === 'closing')
    tasks.push(task('decide_closing', `Approve closing: ${s.closing!.reason}`, 'supervisor'));
  return tasks;
}

export function scheduledPenaltyTasks(s: PenaltyState, calendar: WorkCalendar): ScheduledTask[] {
  return scheduleTasks(s.rulebook, openPenaltyTasks(s, calendar), s.taskMarks, calendar);
}

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
