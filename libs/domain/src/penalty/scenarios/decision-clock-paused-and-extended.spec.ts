import { endOfChinaDay } from '../../calendar/china-time';
import { decisionDueDate } from '../penalty-clocks';
import { scheduledPenaltyTasks } from '../penalty-tasks';
import {
  act,
  calendar,
  HEAD,
  intended,
  noticed,
  OFFICER,
  OFFICER_2,
  refusal,
  REVIEWER,
  run,
  SUPERVISOR,
  approvedEvidence,
} from './fixtures';

describe('story: the 90-day decision clock stands still for an appraisal and is extended once', () => {
  it('runs 90 days from 立案 (21 Sep → 20 Dec 2026) and shows on the officer’s task with its ladder', () => {
    const s = noticed();
    // 20 Dec is a Sunday: the agency's limit is due on it, un-rolled, and acted on by Fri 18 Dec;
    // the rolled end, Mon 21 Dec, is information (docs/domain.md §2.4).
    expect(decisionDueDate(s, calendar)).toBe('2026-12-20');
    const t = scheduledPenaltyTasks(s, calendar).find((x) => x.key === 'decision_due')!;
    expect(t).toMatchObject({
      dueDate: '2026-12-20',
      actBy: '2026-12-18',
      rolledEnd: '2026-12-21',
      rule: 'decision.due',
      assigneeRole: 'officer',
      escalateTo: ['supervisor', 'head'],
    });
    expect(t.dueAt).toBe(endOfChinaDay('2026-12-20'));
  });

  it('stands still during the appraisal and adds those days', () => {
    let s = act(noticed(), { type: 'pause_decision_clock', reason: 'appraisal' }, OFFICER, '2026-10-12');
    expect(decisionDueDate(s, calendar)).toBeNull();
    expect(scheduledPenaltyTasks(s, calendar).find((x) => x.key === 'decision_due')).toMatchObject({
      paused: true,
      dueAt: null,
    });
    s = act(s, { type: 'resume_decision_clock' }, OFFICER, '2026-10-22');
    expect(decisionDueDate(s, calendar)).toBe('2026-12-30');
  });

  it('refuses a late decision without an extension, and an extension beyond the rulebook’s 30 days', () => {
    const ready = run(noticed(), [
      [{ type: 'submit_for_decision' }, OFFICER, '2026-10-14'],
      [{ type: 'record_legal_review', passed: true, opinion: '同意' }, REVIEWER, '2026-10-15'],
      [
        { type: 'record_deliberation', participants: ['甲', '乙', '丙'], conclusion: '同意' },
        HEAD,
        '2026-10-16',
      ],
    ]);
    expect(refusal(ready, { type: 'decide_penalty', ...intended }, HEAD, '2026-12-21')).toMatch(
      'due by 2026-12-20',
    );
    expect(
      refusal(ready, { type: 'request_decision_extension', days: 31, reason: '鉴定' }, OFFICER, '2026-12-10'),
    ).toMatch('1 to 30');
    let s = act(
      ready,
      { type: 'request_decision_extension', days: 30, reason: '案情复杂' },
      OFFICER_2,
      '2026-12-10',
    );
    expect(
      refusal(
        s,
        { type: 'decide_decision_extension', approve: true, note: '' },
        { ...OFFICER_2, roles: ['officer', 'supervisor'] },
        '2026-12-11',
      ),
    ).toMatch('auth.four_eyes');
    s = act(
      s,
      { type: 'decide_decision_extension', approve: true, note: '同意延期' },
      SUPERVISOR,
      '2026-12-11',
    );
    expect(s.documents.at(-1)?.type).toBe('decision_extension');
    expect(decisionDueDate(s, calendar)).toBe('2027-01-19');
    expect(
      refusal(s, { type: 'request_decision_extension', days: 10, reason: '再延' }, OFFICER, '2026-12-12'),
    ).toMatch('once');
    s = act(s, { type: 'decide_penalty', ...intended }, HEAD, '2026-12-22');
    expect(s.stage).toBe('decided');
  });

  it('decides on preserved evidence within 7 working days, by the agency, before the decision', () => {
    let s = act(
      approvedEvidence(noticed(), '账簿三册', '2026-09-30'),
      { type: 'register_evidence', evidenceId: 'E1', registeredOn: '2026-09-30' },
      OFFICER,
      '2026-09-30',
    );
    const t = scheduledPenaltyTasks(s, calendar).find((x) => x.key === 'handle_evidence:E1')!;
    // 7 working days after Wed 30 Sep: Thu 8, Fri 9, Sat 10 (make-up), Mon 12 … Thu 15 Oct.
    expect(t).toMatchObject({ dueDate: '2026-10-15', assigneeRole: 'supervisor' });
    expect(refusal(s, { type: 'submit_for_decision' }, OFFICER, '2026-10-14')).toMatch('preserved evidence');
    expect(
      refusal(
        s,
        { type: 'handle_evidence', evidenceId: 'E1', outcome: 'return', note: '' },
        OFFICER,
        '2026-10-14',
      ),
    ).toMatch('auth.forbidden');
    s = act(
      s,
      { type: 'handle_evidence', evidenceId: 'E1', outcome: 'keep_as_evidence', note: '作为证据' },
      SUPERVISOR,
      '2026-10-14',
    );
    expect(s.documents.map((d) => d.type)).toContain('evidence_preservation_decision');
    expect(act(s, { type: 'submit_for_decision' }, OFFICER, '2026-10-14').stage).toBe('in_review');
  });
});
