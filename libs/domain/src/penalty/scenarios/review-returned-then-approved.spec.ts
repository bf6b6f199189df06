import { paymentDueDate } from '../penalty-clocks';
import {
  act,
  calendar,
  CHAIR,
  HEAD,
  intended,
  noticed,
  OFFICER,
  OFFICER_2,
  opened,
  refusal,
  REVIEWER,
  run,
  SUPERVISOR,
} from './fixtures';

describe('story: a ¥80,000 fine — hearing requested on the last day, review returned, then approved', () => {
  it('files with a supervisor’s approval, never the proposer’s, and notices a hearing right', () => {
    const proposer = { ...OFFICER, roles: ['officer', 'supervisor'] };
    expect(
      refusal(opened(), { type: 'decide_filing', approve: true, note: '' }, proposer, '2026-09-21'),
    ).toMatch(/^auth.four_eyes: .*you made this proposal/);
    const s = noticed();
    expect(s.filing?.on).toBe('2026-09-21');
    expect(s.documents.map((d) => d.type)).toEqual(['filing_approval', 'penalty_notice']);
    expect(s.notice).toMatchObject({
      defenceEnds: '2026-10-10',
      hearingRight: true,
      hearingRequestEnds: '2026-10-13',
    });
  });

  it('accepts a hearing request on the last permitted day and refuses one a day later', () => {
    expect(
      refusal(noticed(), { type: 'request_hearing', requestedOn: '2026-10-14' }, OFFICER, '2026-10-14'),
    ).toMatch('by 2026-10-13');
    const requested = act(
      noticed(),
      { type: 'request_hearing', requestedOn: '2026-10-13' },
      OFFICER,
      '2026-10-13',
    );
    expect(requested.hearing?.requestedOn).toBe('2026-10-13');
    // An investigator may not chair; the hearing needs 7 working days' notice.
    expect(
      refusal(
        requested,
        { type: 'schedule_hearing', date: '2026-10-30', chair: 'officer-2' },
        SUPERVISOR,
        '2026-10-14',
      ),
    ).toMatch('other than the investigators');
    expect(
      refusal(
        requested,
        { type: 'schedule_hearing', date: '2026-10-22', chair: 'chair' },
        SUPERVISOR,
        '2026-10-14',
      ),
    ).toMatch('2026-10-23');
  });

  it('decides only after a passed review and a deliberation, never heavier than noticed', () => {
    let s = run(noticed(), [
      [{ type: 'request_hearing', requestedOn: '2026-10-13' }, OFFICER, '2026-10-13'],
      [{ type: 'schedule_hearing', date: '2026-10-23', chair: 'chair' }, SUPERVISOR, '2026-10-14'],
      [
        {
          type: 'record_hearing',
          outcome: 'held',
          minutes: {
            participants: ['主持人', '调查人员', '当事人委托代理人'],
            summary: '调查人员陈述违法事实，当事人申辩并质证',
            signed: true,
            refusalNote: null,
          },
        },
        CHAIR,
        '2026-10-23',
      ],
      [{ type: 'submit_for_decision' }, OFFICER_2, '2026-10-26'],
    ]);
    expect(s.stage).toBe('in_review');
    // The hearing stood the decision clock still from the request to the hearing: 10 days.
    expect(s.decisionClock.pauses).toEqual([{ reason: 'hearing', from: '2026-10-13', to: '2026-10-23' }]);
    expect(refusal(s, { type: 'decide_penalty', ...intended }, HEAD, '2026-10-26')).toMatch(
      'case.wrong_stage',
    );
    expect(
      refusal(s, { type: 'record_legal_review', passed: false, opinion: ' ' }, REVIEWER, '2026-10-27'),
    ).toMatch('written opinion');
    expect(
      refusal(
        s,
        { type: 'record_legal_review', passed: true, opinion: '同意' },
        { ...OFFICER_2, roles: ['legal_reviewer'] },
        '2026-10-27',
      ),
    ).toMatch(/^auth.four_eyes/);
    s = act(
      s,
      { type: 'record_legal_review', passed: false, opinion: '证据链不完整，补充检测报告' },
      REVIEWER,
      '2026-10-27',
    );
    expect(s.stage).toBe('notified');
    s = run(s, [
      [{ type: 'submit_for_decision' }, OFFICER, '2026-10-29'],
      [{ type: 'record_legal_review', passed: true, opinion: '同意' }, REVIEWER, '2026-10-30'],
    ]);
    expect(s.stage).toBe('deciding');
    expect(s.review?.rounds.map((r) => r.passed)).toEqual([false, true]);
    expect(refusal(s, { type: 'decide_penalty', ...intended }, HEAD, '2026-11-02')).toMatch(
      /collective deliberation/,
    );
    expect(
      refusal(
        s,
        { type: 'record_deliberation', participants: ['张', '李'], conclusion: '同意' },
        HEAD,
        '2026-11-02',
      ),
    ).toMatch('three');
    s = act(
      s,
      {
        type: 'record_deliberation',
        participants: ['张局长', '李副局长', '王科长'],
        conclusion: '同意罚款6万元',
      },
      HEAD,
      '2026-11-02',
    );
    expect(
      refusal(s, { type: 'decide_penalty', ...intended, fineFen: 9_000_000 }, HEAD, '2026-11-02'),
    ).toMatch('第45条');
    s = run(s, [
      [{ type: 'decide_penalty', ...intended, fineFen: 6_000_000 }, HEAD, '2026-11-02'],
      [{ type: 'record_service', servedOn: '2026-11-03', method: 'direct' }, OFFICER, '2026-11-03'],
    ]);
    expect(s.decision).toMatchObject({ fineFen: 6_000_000, decidedOn: '2026-11-02', decidedBy: 'head' });
    // 15 calendar days after 3 Nov is Wed 18 Nov.
    expect(paymentDueDate(s, calendar)).toBe('2026-11-18');
  });
});
