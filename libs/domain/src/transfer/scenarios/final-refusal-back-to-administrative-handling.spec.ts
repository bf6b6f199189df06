import { OFFICER, HEAD, reportedOn, step, TRANSFER_PACKAGE } from './fixtures';
import { openTasks } from '../../enforcement/case-tasks';
import { applyCaseEvent } from '../../enforcement/case-reducer';
import { act, at, OFFICER_1, rectifyingCase, SUPERVISOR } from '../../enforcement/scenarios/fixtures';

describe('story: the procuratorate upholds the refusal on 30 November 2026; the case goes on administratively', () => {
  it('closes the transfer as not filed and marks the administrative handling as continuing', () => {
    let s = reportedOn('2026-11-02', 'penalty-9');
    expect(s.penaltyId).toBe('penalty-9');
    s = step(s, { type: 'decide_transfer', approve: true, note: '同意' }, HEAD, '2026-11-03');
    s = step(
      s,
      { type: 'record_sending', sentOn: '2026-11-03', package: TRANSFER_PACKAGE },
      OFFICER,
      '2026-11-03',
      15,
    );
    s = step(
      s,
      { type: 'record_police_decision', filed: false, on: '2026-11-06', note: '不予立案' },
      OFFICER,
      '2026-11-06',
    );
    s = step(s, { type: 'request_procuratorate_supervision', on: '2026-11-09' }, OFFICER, '2026-11-09');
    s = step(
      s,
      { type: 'record_procuratorate_outcome', policeFiled: false, on: '2026-11-30', note: '不予立案监督' },
      OFFICER,
      '2026-11-30',
    );
    s = step(s, { type: 'close_transfer', note: '终结移送，依法给予行政处罚' }, HEAD, '2026-11-30', 15);
    expect(s).toMatchObject({ stage: 'closed', outcome: 'not_filed', administrativeHandling: true });
  });

  it('gives the case back a task to continue, and lets it report a transfer again or propose a penalty', () => {
    let c = act(
      rectifyingCase('2026-10-12', '2026-10-26', ['major']),
      {
        type: 'record_reinspection',
        results: [{ dangerId: 'D1', rectified: false, note: '未整改' }],
      },
      OFFICER_1,
      at('2026-10-27'),
    );
    c = act(
      c,
      {
        type: 'report_transfer',
        transferId: 't-1',
        team: [OFFICER_1, { userId: 'officer-2', username: 'nc.officer2', displayName: 'Officer 2' }].map(
          ({ userId, username, displayName }) => ({ userId, username, displayName }),
        ),
        suspectedOffence: '危险作业罪',
        facts: '拒不执行停产停业决定',
      },
      OFFICER_1,
      at('2026-11-02'),
    );
    expect(openTasks(c).map((t) => t.kind)).not.toContain('resume_administrative_handling');
    c = applyCaseEvent(c, {
      type: 'procedure_finished',
      kind: 'transfer',
      id: 't-1',
      outcome: 'not_filed',
      at: at('2026-11-30'),
    });
    expect(openTasks(c).map((t) => t.kind)).toContain('resume_administrative_handling');
    c = act(
      c,
      { type: 'propose_penalty', dangerIds: ['D1'], summary: '安全生产法 第102条' },
      OFFICER_1,
      at('2026-12-01'),
    );
    expect(openTasks(c).map((t) => t.kind)).not.toContain('resume_administrative_handling');
    expect(SUPERVISOR.roles).toContain('supervisor');
  });
});
