import { scheduledPenaltyTasks } from '../penalty-tasks';
import type { PenaltyState } from '../penalty-types';
import { act, calendar, HEAD, OFFICER, opened, refusal, run, SUPERVISOR } from './fixtures';

/**
 * 行政处罚法 第56条: 先行登记保存 needs the head's approval beforehand and a decision within 7 working
 * days. Filed Mon 21 Sep 2026; the officer asks on Tue 22 Sep to preserve the unit's ledgers; the
 * supervisor approves on Wed 23 Sep; the ledgers are registered that day; the decision is due Sat 10 Oct
 * — 7 working days: Thu 24, Mon 28, Tue 29, Wed 30 Sep, Thu 8, Fri 9 and the make-up Saturday 10 Oct,
 * with the Mid-Autumn (25–27 Sep) and National Day (1–7 Oct) holidays left out.
 */
function filed(): PenaltyState {
  return run(opened(), [
    [{ type: 'decide_filing', approve: true, note: '同意立案' }, SUPERVISOR, '2026-09-21'],
  ]);
}

describe('story: ledgers preserved on 23 Sep 2026 with the approval beforehand, decided after the holiday', () => {
  it('holds nothing without the approval: a request first, then the approval, then the registration', () => {
    const asked = act(
      filed(),
      { type: 'request_evidence_preservation', description: '2026 年安全生产台账 3 册' },
      OFFICER,
      '2026-09-22',
    );
    expect(asked.evidence[0]).toMatchObject({
      id: 'E1',
      status: 'requested',
      requestedOn: '2026-09-22',
      registeredOn: null,
    });
    expect(scheduledPenaltyTasks(asked, calendar).map((t) => t.key)).toContain(
      'decide_evidence_preservation:E1',
    );
    expect(
      refusal(
        asked,
        { type: 'register_evidence', evidenceId: 'E1', registeredOn: '2026-09-22' },
        OFFICER,
        '2026-09-22',
      ),
    ).toMatch(/^case\.wrong_stage: .*prior approval/);
    // The one who asked does not approve (nor does any investigator).
    expect(
      refusal(
        asked,
        { type: 'decide_evidence_preservation', evidenceId: 'E1', approve: true, note: '' },
        { ...OFFICER, roles: ['supervisor'] },
        '2026-09-22',
      ),
    ).toMatch(/^auth\.four_eyes/);
    const refused = act(
      asked,
      { type: 'decide_evidence_preservation', evidenceId: 'E1', approve: false, note: '可复制留存' },
      SUPERVISOR,
      '2026-09-23',
    );
    expect(refused.evidence[0]).toMatchObject({ status: 'refused' });
    expect(refused.documents.filter((d) => d.type === 'evidence_preservation_notice')).toEqual([]);
  });

  it('registers on the day of the approval or later, and puts the 7-working-day decision before the supervisor', () => {
    let s = run(filed(), [
      [
        { type: 'request_evidence_preservation', description: '2026 年安全生产台账 3 册' },
        OFFICER,
        '2026-09-22',
      ],
      [
        { type: 'decide_evidence_preservation', evidenceId: 'E1', approve: true, note: '同意' },
        SUPERVISOR,
        '2026-09-23',
      ],
    ]);
    expect(
      refusal(
        s,
        { type: 'register_evidence', evidenceId: 'E1', registeredOn: '2026-09-22' },
        OFFICER,
        '2026-09-23',
      ),
    ).toMatch(/registeredOn/);
    s = act(
      s,
      { type: 'register_evidence', evidenceId: 'E1', registeredOn: '2026-09-23' },
      OFFICER,
      '2026-09-23',
    );
    expect(s.evidence[0]).toMatchObject({ status: 'registered', registeredOn: '2026-09-23' });
    expect(s.documents.at(-1)?.type).toBe('evidence_preservation_notice');
    const t = scheduledPenaltyTasks(s, calendar).find((x) => x.key === 'handle_evidence:E1');
    expect(t).toMatchObject({ dueDate: '2026-10-10', assigneeRole: 'supervisor' });
  });

  it('records a decision after the 7 working days as late, never refuses it', () => {
    const s = run(filed(), [
      [{ type: 'request_evidence_preservation', description: '台账' }, OFFICER, '2026-09-22'],
      [
        { type: 'decide_evidence_preservation', evidenceId: 'E1', approve: true, note: '同意' },
        SUPERVISOR,
        '2026-09-23',
      ],
      [{ type: 'register_evidence', evidenceId: 'E1', registeredOn: '2026-09-23' }, OFFICER, '2026-09-23'],
    ]);
    const inTime = act(
      s,
      { type: 'handle_evidence', evidenceId: 'E1', outcome: 'return', note: '退还' },
      HEAD,
      '2026-10-10',
    );
    expect(inTime.evidence[0]?.handling).toMatchObject({ decidedOn: '2026-10-10', late: false });
    const late = act(
      s,
      { type: 'handle_evidence', evidenceId: 'E1', outcome: 'keep_as_evidence', note: '' },
      HEAD,
      '2026-10-12',
    );
    expect(late.evidence[0]?.handling).toMatchObject({ decidedOn: '2026-10-12', late: true });
  });
});
