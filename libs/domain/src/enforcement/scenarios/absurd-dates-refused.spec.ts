import { decide } from './fixtures';
import type { CaseCommand } from '../case-commands';
import type { CaseState } from '../case-types';
import * as penalty from '../../penalty/scenarios/fixtures';
import { act, at, inspectionWith, OFFICER_1, openedCase, rectifyingCase } from './fixtures';

/** The refusal a command meets, as "code: message". */
function refusal(state: CaseState, command: CaseCommand, now: number): string {
  try {
    decide(state, command, OFFICER_1, now);
  } catch (error) {
    const e = error as { code?: string; message: string };
    return `${e.code}: ${e.message}`;
  }
  throw new Error('the command was accepted');
}

describe('story: dates beyond the rulebook’s input bounds are refused before anything changes', () => {
  const inspected = () =>
    act(
      openedCase('2026-03-02'),
      inspectionWith(['ordinary'], at('2026-03-02', 10)),
      OFFICER_1,
      at('2026-03-02', 11),
    );
  const order = (deadline: string): CaseCommand => ({
    type: 'issue_order',
    deadline,
    instructions: 'rectify',
    correctedOnSite: [],
  });

  it('refuses a rectification deadline of 9999-12-31, or a day more than a year ahead, naming the bound', () => {
    const s = inspected();
    expect(refusal(s, order('9999-12-31'), at('2026-03-02', 12))).toMatch(
      /^case\.invalid: deadline 9999-12-31 .*input\.deadline_max_ahead/,
    );
    expect(refusal(s, order('2027-03-03'), at('2026-03-02', 12))).toMatch(/input\.deadline_max_ahead/);
    expect(act(s, order('2027-03-02'), OFFICER_1, at('2026-03-02', 12)).stage).toBe('rectifying');
  });

  it('refuses an extension to a day more than a year ahead', () => {
    const s = rectifyingCase('2026-03-02', '2026-03-20');
    expect(
      refusal(
        s,
        { type: 'request_extension', newDeadline: '9999-12-31', reason: '设备未到' },
        at('2026-03-05'),
      ),
    ).toMatch(/newDeadline 9999-12-31 .*input\.deadline_max_ahead/);
  });

  it('refuses a report received more than 10 years ago or in the future', () => {
    const s = rectifyingCase('2026-03-02', '2026-03-20');
    const report = (receivedOn: string): CaseCommand => ({
      type: 'record_rectification_report',
      receivedOn,
      note: '',
    });
    expect(refusal(s, report('2016-03-04'), at('2026-03-05'))).toMatch(/receivedOn .*input\.fact_max_age/);
    expect(refusal(s, report('2026-03-06'), at('2026-03-05'))).toMatch(/receivedOn .*in the future/);
  });

  it('refuses an emergency measure taken 20 years ago', () => {
    const s = inspected();
    const command: CaseCommand = {
      type: 'take_emergency_measure',
      kind: 'suspend_production',
      dangerIds: ['D1'],
      reason: '现场危险',
      takenAt: Date.UTC(2006, 0, 1),
    };
    expect(refusal(s, command, at('2026-03-02', 12))).toMatch(/takenAt .*input\.fact_max_age/);
  });

  it('refuses a penalty fact older than the bound, and a hearing more than a year ahead', () => {
    const filed = penalty.run(penalty.opened(), [
      [{ type: 'decide_filing', approve: true, note: '同意' }, penalty.SUPERVISOR, '2026-09-21'],
    ]);
    expect(
      penalty.refusal(
        penalty.approvedEvidence(filed, '账簿', '2026-09-22'),
        { type: 'register_evidence', evidenceId: 'E1', registeredOn: '1990-01-01' },
        penalty.OFFICER_2,
        '2026-09-22',
      ),
    ).toMatch(/^case\.invalid: registeredOn 1990-01-01 .*input\.fact_max_age/);
    const requested = penalty.act(
      penalty.noticed(),
      { type: 'request_hearing', requestedOn: '2026-10-13' },
      penalty.OFFICER,
      '2026-10-13',
    );
    const hearing = (date: string) => ({ type: 'schedule_hearing' as const, date, chair: 'chair' });
    expect(penalty.refusal(requested, hearing('9999-12-31'), penalty.SUPERVISOR, '2026-10-14')).toMatch(
      /^case\.invalid: date 9999-12-31 .*input\.deadline_max_ahead/,
    );
    expect(
      penalty.act(requested, hearing('2026-10-23'), penalty.SUPERVISOR, '2026-10-14').hearing,
    ).toBeTruthy();
  });
});
