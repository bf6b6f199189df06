import { startOfChinaDay } from '../../calendar/china-time';
import { ARRANGEMENT_2026 } from '../../calendar/fixtures';
import { WorkCalendar } from '../../calendar/work-calendar';
import type { CaseActor } from '../../enforcement/case-types';
import { RULEBOOK_2026_V1 } from '../../rulebook/rulebook';
import {
  decidePenalty,
  paymentDue,
  proposePenalty,
  type PenaltyCommand,
  type PenaltyState,
} from '../penalty-procedure';

const calendar = new WorkCalendar([ARRANGEMENT_2026]);
const at = (date: string) => startOfChinaDay(date) + 10 * 3600_000;
const actor = (userId: string, roles: string[]): CaseActor => ({
  userId,
  username: userId,
  displayName: userId,
  roles,
  agencyId: 'a',
});
const OFFICER = actor('officer-1', ['officer']);
const OFFICER_2 = actor('officer-2', ['officer']);
const SUPERVISOR = actor('supervisor', ['supervisor']);
const HEAD = actor('head', ['supervisor', 'head']);
const REVIEWER = actor('reviewer', ['legal_reviewer']);
const CHAIR = actor('chair', ['officer']);

function run(state: PenaltyState, steps: [PenaltyCommand, CaseActor, string][]): PenaltyState {
  return steps.reduce((s, [command, who, day]) => decidePenalty(s, command, who, at(day), calendar), state);
}

const intended = {
  sanctions: ['fine' as const],
  fineFen: 8_000_000,
  facts: '未按规定整改重大事故隐患',
  legalBasis: '安全生产法 第102条',
};

describe('story: a ¥80,000 fine — hearing requested on the last day, review returned, then approved', () => {
  const proposed = proposePenalty({
    penaltyId: 'p-1',
    agencyId: 'a',
    party: 'unit',
    partyName: '某化工有限公司',
    rulebook: RULEBOOK_2026_V1,
    proposedBy: OFFICER,
    handlers: ['officer-2'],
  });

  const noticed = run(proposed, [
    [{ type: 'approve_filing', approve: true, note: '同意立案' }, SUPERVISOR, '2026-09-21'],
    [{ type: 'issue_notice', servedOn: '2026-09-30', ...intended }, OFFICER, '2026-09-30'],
  ]);

  it('files with a supervisor’s approval, never the proposer’s, and notices a hearing right', () => {
    expect(() =>
      decidePenalty(
        proposed,
        { type: 'approve_filing', approve: true, note: '' },
        { ...OFFICER, roles: ['officer', 'supervisor'] },
        at('2026-09-21'),
        calendar,
      ),
    ).toThrow('you made this proposal');
    expect(noticed.filedOn).toBe('2026-09-21');
    expect(noticed.notice).toMatchObject({
      defenceEnds: '2026-10-10',
      hearingRight: true,
      hearingRequestEnds: '2026-10-13',
    });
  });

  it('accepts a hearing request on the last permitted day and refuses one a day later', () => {
    expect(() =>
      decidePenalty(
        noticed,
        { type: 'request_hearing', requestedOn: '2026-10-14' },
        OFFICER,
        at('2026-10-14'),
        calendar,
      ),
    ).toThrow('by 2026-10-13');
    const requested = decidePenalty(
      noticed,
      { type: 'request_hearing', requestedOn: '2026-10-13' },
      OFFICER,
      at('2026-10-13'),
      calendar,
    );
    expect(requested.hearing?.requestedOn).toBe('2026-10-13');
    // An investigator may not chair; the hearing needs 7 working days' notice.
    expect(() =>
      decidePenalty(
        requested,
        { type: 'schedule_hearing', date: '2026-10-30', chair: 'officer-2' },
        OFFICER,
        at('2026-10-14'),
        calendar,
      ),
    ).toThrow('other than the investigators');
    expect(() =>
      decidePenalty(
        requested,
        { type: 'schedule_hearing', date: '2026-10-22', chair: 'chair' },
        OFFICER,
        at('2026-10-14'),
        calendar,
      ),
    ).toThrow('2026-10-23');
  });

  it('decides only after a passed review, never heavier than noticed, and sets the payment deadline', () => {
    let s = run(noticed, [
      [{ type: 'request_hearing', requestedOn: '2026-10-13' }, OFFICER, '2026-10-13'],
      [{ type: 'schedule_hearing', date: '2026-10-23', chair: 'chair' }, OFFICER, '2026-10-14'],
      [{ type: 'record_hearing', outcome: 'held' }, CHAIR, '2026-10-23'],
      [{ type: 'submit_for_review' }, OFFICER_2, '2026-10-26'],
    ]);
    expect(() => decidePenalty(s, { type: 'decide', ...intended }, HEAD, at('2026-10-26'), calendar)).toThrow(
      'passed legal review',
    );
    expect(() =>
      decidePenalty(s, { type: 'review', passed: false, opinion: ' ' }, REVIEWER, at('2026-10-27'), calendar),
    ).toThrow('written opinion');
    s = decidePenalty(
      s,
      { type: 'review', passed: false, opinion: '证据链不完整，补充检测报告' },
      REVIEWER,
      at('2026-10-27'),
      calendar,
    );
    expect(s.stage).toBe('notified');
    s = run(s, [
      [{ type: 'submit_for_review' }, OFFICER, '2026-10-29'],
      [{ type: 'review', passed: true, opinion: '同意' }, REVIEWER, '2026-10-30'],
    ]);
    expect(s.review?.rounds.map((r) => r.passed)).toEqual([false, true]);
    expect(() =>
      decidePenalty(s, { type: 'decide', ...intended, fineFen: 9_000_000 }, HEAD, at('2026-11-02'), calendar),
    ).toThrow('第45条');
    s = run(s, [
      [{ type: 'decide', ...intended, fineFen: 6_000_000 }, HEAD, '2026-11-02'],
      [{ type: 'record_service', servedOn: '2026-11-03' }, OFFICER, '2026-11-03'],
    ]);
    expect(s.decision).toMatchObject({ fineFen: 6_000_000, decidedOn: '2026-11-02' });
    // 15 calendar days after 3 Nov is Wed 18 Nov.
    expect(paymentDue(s, calendar)).toBe('2026-11-18');
  });
});
