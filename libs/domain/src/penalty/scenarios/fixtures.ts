import { onDay, specActor } from '../../spec-support';
import { ARRANGEMENT_2026 } from '../../calendar/fixtures';
import { WorkCalendar } from '../../calendar/work-calendar';
import type { CaseActor } from '../../enforcement/case-types';
import { RULEBOOK_2026_V1 } from '../../rulebook/rulebook';
import type { PenaltyCommand } from '../penalty-commands';
import { decideChecked } from '../../procedure/checked';
import { decidePenalty as decideRules } from '../penalty-decide';
import type { PenaltyEvent } from '../penalty-events';
import { applyPenaltyEvent, applyPenaltyEvents } from '../penalty-reducer';
import type { PenaltyState } from '../penalty-types';
import { PENALTY_PROCEDURE } from '../penalty.procedure';

/** The rules as the workflow runs them: behind the definition's stage and role gate (`decideChecked`). */
export const decidePenalty = decideChecked(PENALTY_PROCEDURE, decideRules);

/**
 * 2026 as published, and a stand-in 2027 for specs whose clocks run past New Year: weekends and
 * 1 Jan only (the real 2027 arrangement is loaded by an admin when the State Council publishes it).
 */
export const calendar = new WorkCalendar([
  ARRANGEMENT_2026,
  { year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [] },
]);
/** 10:00 China time on a day. */
export const at = (date: string) => onDay(date);

const actor = specActor;
export const OFFICER = actor('officer-1', ['officer']);
export const OFFICER_2 = actor('officer-2', ['officer']);
export const SUPERVISOR = actor('supervisor', ['supervisor']);
export const HEAD = actor('head', ['supervisor', 'head']);
export const REVIEWER = actor('reviewer', ['legal_reviewer']);
export const CHAIR = actor('chair', ['officer']);

export const intended = {
  sanctions: ['fine' as const],
  fineFen: 8_000_000,
  facts: '未按规定整改重大事故隐患',
  legalBasis: '安全生产法 第102条',
};

export function opened(day = '2026-09-18', overrides: Partial<PenaltyState> = {}): PenaltyState {
  const event: PenaltyEvent = {
    type: 'penalty_opened',
    at: at(day),
    by: { userId: OFFICER.userId, username: OFFICER.username, role: 'officer' },
    penaltyId: 'p-1',
    caseId: 'case-1',
    agencyId: 'a',
    regionCode: '360100',
    docPrefix: '洪应急',
    party: 'unit',
    partyName: '某化工有限公司',
    creditCode: '91360100MA35XXXX0X',
    facts: '逾期未整改重大事故隐患',
    majorHiddenDanger: true,
    rulebook: RULEBOOK_2026_V1,
    proposedBy: OFFICER.userId,
    handlers: [OFFICER_2.userId],
  };
  return { ...applyPenaltyEvent(undefined, event), ...overrides };
}

/** One command on a given day (10:00 China time), applied: the state after it. */
export function act(state: PenaltyState, command: PenaltyCommand, who: CaseActor, day: string): PenaltyState {
  return applyPenaltyEvents(state, decidePenalty(state, command, who, at(day), calendar));
}

export function run(state: PenaltyState, steps: [PenaltyCommand, CaseActor, string][]): PenaltyState {
  return steps.reduce((s, [command, who, day]) => act(s, command, who, day), state);
}

/** The refusal a command meets, as "code: message". */
export function refusal(state: PenaltyState, command: PenaltyCommand, who: CaseActor, day: string): string {
  try {
    decidePenalty(state, command, who, at(day), calendar);
  } catch (error) {
    const e = error as { code?: string; message: string };
    return `${e.code}: ${e.message}`;
  }
  throw new Error('the command was accepted');
}

/** A ¥10,000 fine (no hearing right): the small fine of the payment and enforcement stories. */
export const smallFine = {
  sanctions: ['fine' as const],
  fineFen: 1_000_000,
  facts: '未如实记录隐患排查治理情况',
  legalBasis: '安全生产法 第101条',
};

/** A ¥80,000 fine filed 21 Sep, noticed 30 Sep 2026 (the eve of National Day). */
export function noticed(): PenaltyState {
  return run(opened(), [
    [{ type: 'decide_filing', approve: true, note: '同意立案' }, SUPERVISOR, '2026-09-21'],
    [{ type: 'serve_notice', servedOn: '2026-09-30', ...intended }, OFFICER, '2026-09-30'],
  ]);
}

/**
 * A ¥10,000 fine without hearing right: filed 19 Oct 2026, noticed 26 Oct, decided 9 Nov and served
 * 10 Nov, so payment is due 25 Nov (15 days, 行政处罚法 第67条).
 */
export function servedFine(): PenaltyState {
  return run(opened('2026-10-19'), [
    [{ type: 'decide_filing', approve: true, note: '同意' }, SUPERVISOR, '2026-10-19'],
    [{ type: 'serve_notice', servedOn: '2026-10-26', ...smallFine }, OFFICER, '2026-10-26'],
    [{ type: 'submit_for_decision' }, OFFICER, '2026-10-30'],
    [{ type: 'decide_penalty', ...smallFine }, HEAD, '2026-11-09'],
    [{ type: 'record_service', servedOn: '2026-11-10', method: 'direct' }, OFFICER, '2026-11-10'],
  ]);
}

/**
 * A ¥10,000 fine served Mon 1 Jun 2026, left unpaid; the written demand served Mon 2 Nov. The lawsuit
 * window closes Tue 1 Dec (six months from 1 Jun), so court enforcement may be applied for from 2 Dec
 * and within 3 months, to 1 Mar 2027: the December court-enforcement stories start here.
 */
export function demandedFine(): PenaltyState {
  const served = run(opened('2026-05-04'), [
    [{ type: 'decide_filing', approve: true, note: '同意' }, SUPERVISOR, '2026-05-04'],
    [{ type: 'serve_notice', servedOn: '2026-05-11', ...smallFine }, OFFICER, '2026-05-11'],
    [{ type: 'submit_for_decision' }, OFFICER, '2026-05-15'],
    [{ type: 'decide_penalty', ...smallFine }, HEAD, '2026-05-25'],
    [{ type: 'record_service', servedOn: '2026-06-01', method: 'direct' }, OFFICER, '2026-06-01'],
  ]);
  const due = applyPenaltyEvents(served, [{ type: 'demand_due', at: at('2026-07-20'), surchargeDays: 30 }]);
  return act(due, { type: 'serve_demand', servedOn: '2026-11-02' }, OFFICER, '2026-11-02');
}

/**
 * Evidence requested for preservation by an investigator and approved beforehand by the supervisor
 * (行政处罚法 第56条), both on `day`: ready to be registered as `E<n>`.
 */
export function approvedEvidence(state: PenaltyState, description: string, day: string): PenaltyState {
  const requested = act(state, { type: 'request_evidence_preservation', description }, OFFICER, day);
  const id = requested.evidence.at(-1)!.id;
  return act(
    requested,
    { type: 'decide_evidence_preservation', evidenceId: id, approve: true, note: '同意先行登记保存' },
    SUPERVISOR,
    day,
  );
}
