import { decide } from './fixtures';
import { openTasks } from '../case-tasks';
import { approvedCutoff, at, HEAD, OFFICER_1, refusedSuspension } from './fixtures';

describe('story: 危及生产安全的紧急情形 — the power is cut on the head’s approval, on a Saturday night', () => {
  it('needs the emergency stated, and never as an on-the-spot measure', () => {
    const s = refusedSuspension('2026-05-11');
    expect(() =>
      decide(
        s,
        {
          type: 'propose_measure',
          kind: 'power_cutoff',
          dangerIds: ['D1'],
          reason: 'defies the suspension',
          residentialSupply: false,
          urgent: true,
          urgencyReason: ' ',
        },
        OFFICER_1,
        at('2026-05-16', 22),
      ),
    ).toThrow('第70条');
    expect(() =>
      decide(
        s,
        {
          type: 'take_emergency_measure',
          kind: 'power_cutoff',
          dangerIds: ['D1'],
          reason: 'gas leak',
          takenAt: at('2026-05-16', 22),
        },
        OFFICER_1,
        at('2026-05-16', 22),
      ),
    ).toThrow('principal head');
    expect(() =>
      decide(
        s,
        {
          type: 'propose_measure',
          kind: 'stop_equipment',
          dangerIds: ['D1'],
          reason: 'x',
          residentialSupply: false,
          urgent: true,
          urgencyReason: 'y',
        },
        OFFICER_1,
        at('2026-05-16', 22),
      ),
    ).toThrow('only a supply cut-off');
  });

  it('approved Saturday 16 May 23:00, it is in force at once: no notice period, night and rest day allowed', () => {
    const s = approvedCutoff('2026-05-11', at('2026-05-16', 23), '储罐区持续泄漏，单位仍在组织生产');
    expect(s.measures[1]).toMatchObject({
      status: 'in_force',
      effectiveAt: at('2026-05-16', 23),
      noticeUntil: null,
      cutoff: { urgent: true, urgencyReason: '储罐区持续泄漏，单位仍在组织生产' },
    });
    expect(s.documents.at(-1)).toMatchObject({ key: 'cutoff_notice:M2' });
    expect(openTasks(s).map((t) => t.kind)).not.toContain('serve_cutoff_notice');
    expect(HEAD.roles).toContain('head');
  });
});
