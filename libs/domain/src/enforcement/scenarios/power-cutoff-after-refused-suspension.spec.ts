import { dueClockEvents, nextClockInstant } from '../case-clock';
import type { CaseCommand } from '../case-commands';
import { decide } from './fixtures';
import { applyCaseEvents } from '../case-reducer';
import { openTasks } from '../case-tasks';
import { act, at, calendar2026, HEAD, OFFICER_1, rectifyingCase, SUPERVISOR } from './fixtures';

describe('story: a unit defies a suspension about a major hidden danger; power is cut after notice', () => {
  const base = act(
    rectifyingCase('2026-05-11', '2026-05-29', ['major']),
    {
      type: 'propose_measure',
      kind: 'suspend_production',
      dangerIds: ['D1'],
      reason: 'cannot be made safe',
      residentialSupply: false,
    },
    OFFICER_1,
    at('2026-05-12'),
  );
  const cutoff: CaseCommand = {
    type: 'propose_measure',
    kind: 'power_cutoff',
    dangerIds: ['D1'],
    reason: 'defies suspension',
    residentialSupply: false,
  };

  it('refuses a cut-off before the suspension is in force and refused (安全生产法 第70条)', () => {
    expect(() => decide(base, cutoff, OFFICER_1, at('2026-05-12', 10))).toThrow('安全生产法 第70条');
  });

  it('refuses a cut-off of residential supply, whatever else holds (行政强制法 第43条)', () => {
    expect(() =>
      decide(base, { ...cutoff, residentialSupply: true }, OFFICER_1, at('2026-05-12', 10)),
    ).toThrow('第43条');
  });

  it('needs the principal head; the 24 hours run from the notice’s service, not the approval', () => {
    let s = act(
      base,
      { type: 'decide_measure', measureId: 'M1', approve: true, note: 'approved' },
      SUPERVISOR,
      at('2026-05-12', 11),
    );
    expect(s.measures[0]?.status).toBe('in_force');
    s = act(
      s,
      { type: 'record_unit_refusal', measureId: 'M1', note: 'kept working' },
      OFFICER_1,
      at('2026-05-13'),
    );
    s = act(s, cutoff, OFFICER_1, at('2026-05-13', 10));
    expect(s.measures[1]).toMatchObject({ id: 'M2', kind: 'power_cutoff', status: 'proposed' });

    expect(() =>
      decide(
        s,
        { type: 'decide_measure', measureId: 'M2', approve: true, note: '' },
        SUPERVISOR,
        at('2026-05-13', 11),
      ),
    ).toThrow('head');
    // Approved Wednesday 13 May 11:00; the notice waits for its service.
    s = act(
      s,
      { type: 'decide_measure', measureId: 'M2', approve: true, note: 'ok' },
      HEAD,
      at('2026-05-13', 11),
    );
    expect(s.measures[1]).toMatchObject({ status: 'noticed', noticeUntil: null });
    expect(s.documents.at(-1)).toMatchObject({ key: 'cutoff_notice:M2', type: 'cutoff_notice' });
    expect(openTasks(s).map((t) => t.kind)).toContain('serve_cutoff_notice');
    // Nothing happens 24 hours after the approval.
    expect(nextClockInstant(s, calendar2026, at('2026-05-13', 12))).not.toBe(at('2026-05-14', 11));
    expect(dueClockEvents(s, calendar2026, at('2026-05-14', 11))).toEqual([]);

    // Served on the unit's head at 15:00 the same day: effective Thursday 14 May 15:00.
    s = act(
      s,
      {
        type: 'record_service',
        documentKey: 'cutoff_notice:M2',
        service: { method: 'direct', receiver: '王五（总经理）', servedAt: at('2026-05-13', 15) },
      },
      OFFICER_1,
      at('2026-05-13', 16),
    );
    expect(s.measures[1]).toMatchObject({ status: 'noticed', noticeUntil: at('2026-05-14', 15) });
    expect(s.services?.[0]).toMatchObject({
      documentKey: 'cutoff_notice:M2',
      method: 'direct',
      effectiveAt: at('2026-05-13', 15),
      effectiveOn: '2026-05-13',
    });
    expect(nextClockInstant(s, calendar2026, at('2026-05-13', 17))).toBe(at('2026-05-14', 15));
    expect(dueClockEvents(s, calendar2026, at('2026-05-14', 14))).toEqual([]);
    s = applyCaseEvents(s, dueClockEvents(s, calendar2026, at('2026-05-14', 15)));
    expect(s.measures[1]).toMatchObject({ status: 'in_force', effectiveAt: at('2026-05-14', 15) });

    s = act(
      s,
      { type: 'record_reinspection', results: [{ dangerId: 'D1', rectified: true, note: 'fixed' }] },
      OFFICER_1,
      at('2026-05-20'),
    );
    expect(s.stage).toBe('closed');
    expect(s.measures.map((m) => m.status)).toEqual(['lifted', 'lifted']);
  });
});
