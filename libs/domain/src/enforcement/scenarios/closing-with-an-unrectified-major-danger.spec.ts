import { decide } from './fixtures';
import { act, at, OFFICER_1, rectifyingCase, SUPERVISOR } from './fixtures';

describe('story: a major hidden danger unrectified on 23 March 2026; the supervisor closes the case', () => {
  const escalated = act(
    rectifyingCase('2026-03-02', '2026-03-20', ['major', 'ordinary']),
    {
      type: 'record_reinspection',
      results: [
        { dangerId: 'D1', rectified: false, note: '未整改' },
        { dangerId: 'D2', rectified: true, note: '' },
      ],
    },
    OFFICER_1,
    at('2026-03-23'),
  );
  const proposed = act(
    escalated,
    { type: 'propose_penalty', dangerIds: ['D1'], summary: '安全生产法 第102条' },
    OFFICER_1,
    at('2026-03-24'),
  );

  it('never closes over the open danger without a word', () => {
    expect(() =>
      decide(escalated, { type: 'close_case', note: '结案' }, SUPERVISOR, at('2026-03-24')),
    ).toThrow('D1');
  });

  it('closes when the danger is handed to the running penalty procedure, and says so', () => {
    const s = act(
      act(
        proposed,
        { type: 'acknowledge_penalty_proposal', note: '立案', penaltyId: 'p-7' },
        SUPERVISOR,
        at('2026-03-25'),
      ),
      { type: 'close_case', note: '隐患移交行政处罚程序' },
      SUPERVISOR,
      at('2026-03-26'),
    );
    expect(s.closure).toMatchObject({
      reason: 'by_supervisor',
      unrectifiedReason: null,
      dangers: [
        { dangerId: 'D1', disposition: 'handed_to_procedure', procedureId: 'p-7' },
        { dangerId: 'D2', disposition: 'closed_out', procedureId: null },
      ],
    });
  });

  it('does not count a penalty procedure that has ended: the reason is then needed', () => {
    let s = act(
      proposed,
      { type: 'acknowledge_penalty_proposal', note: '立案', penaltyId: 'p-7' },
      SUPERVISOR,
      at('2026-03-25'),
    );
    s = {
      ...s,
      procedures: s.procedures?.map((p) => ({ ...p, status: 'finished' as const, outcome: 'closed' })),
    };
    expect(() => decide(s, { type: 'close_case', note: '结案' }, SUPERVISOR, at('2026-04-30'))).toThrow('D1');
  });

  it('closes with a recorded reason, approved by the supervisor who closes it', () => {
    const s = act(
      escalated,
      { type: 'close_case', note: '结案', unrectifiedReason: '该装置已于 3 月 23 日拆除，单位注销' },
      SUPERVISOR,
      at('2026-03-24'),
    );
    expect(s.stage).toBe('closed');
    expect(s.closure).toMatchObject({
      unrectifiedReason: '该装置已于 3 月 23 日拆除，单位注销',
      dangers: [{ dangerId: 'D1', disposition: 'closed_with_reason', procedureId: null }, { dangerId: 'D2' }],
    });
    expect(() =>
      decide(
        escalated,
        { type: 'close_case', note: '结案', unrectifiedReason: 'x' },
        OFFICER_1,
        at('2026-03-24'),
      ),
    ).toThrow();
  });
});
