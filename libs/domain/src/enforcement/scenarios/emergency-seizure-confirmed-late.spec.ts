import { dueClockEvents, nextClockInstant } from '../case-clock';
import { decide } from './fixtures';
import { applyCaseEvents } from '../case-reducer';
import { scheduledTasks } from '../case-tasks';
import { act, at, calendar2026, HEAD, OFFICER_1, onSiteRecorded, rectifyingCase } from './fixtures';

describe('story: cylinders seized on the spot Friday 17 April 16:00, confirmed only on Monday', () => {
  const base = rectifyingCase('2026-04-16', '2026-04-30', ['major']);
  const seize = {
    type: 'take_emergency_measure' as const,
    kind: 'seal_seize' as const,
    dangerIds: ['D1'],
    reason: '气瓶泄漏，当场扣押',
    takenAt: at('2026-04-17', 16),
  };

  it('refuses a seizure without its inventory, also an emergency one (行政强制法 第24条)', () => {
    expect(() => decide(base, seize, OFFICER_1, at('2026-04-17', 17))).toThrow('第24条');
    expect(() =>
      decide(
        base,
        { ...seize, inventory: [{ item: '液化气钢瓶', quantity: ' ' }] },
        OFFICER_1,
        at('2026-04-17', 17),
      ),
    ).toThrow('inventory');
  });

  let s = act(
    base,
    { ...seize, inventory: [{ item: '液化气钢瓶（15 kg）', quantity: '12 个' }] },
    OFFICER_1,
    at('2026-04-17', 17),
  );

  it('has its decision and inventory at once, and 24 hours to be confirmed', () => {
    expect(s.documents.map((d) => d.type)).toEqual(
      expect.arrayContaining(['emergency_measure_record', 'seizure_decision', 'seizure_inventory']),
    );
    expect(s.measures[0]).toMatchObject({
      status: 'in_force',
      inventory: [{ item: '液化气钢瓶（15 kg）', quantity: '12 个' }],
      confirmation: { dueAt: at('2026-04-18', 16), flaggedAt: null, late: false },
    });
    expect(nextClockInstant(s, calendar2026, at('2026-04-18', 11))).toBe(at('2026-04-18', 16));
  });

  it('is flagged on Saturday 16:00 and the confirmation goes to the head', () => {
    s = applyCaseEvents(s, dueClockEvents(s, calendar2026, at('2026-04-18', 16)));
    expect(s.measures[0]?.confirmation).toMatchObject({ flaggedAt: at('2026-04-18', 16) });
    const review = scheduledTasks(s, calendar2026).find((t) => t.kind === 'review_emergency_measure');
    expect(review).toMatchObject({ assigneeRole: 'head', overdue: true });
    expect(review?.text.key).toBe('task.confirm_emergency_measure_late');
    // Flagged once.
    expect(dueClockEvents(s, calendar2026, at('2026-04-19', 9)).map((e) => e.type)).not.toContain(
      'emergency_confirmation_overdue',
    );
  });

  it('is not confirmed before its on-site record is made (行政强制法 第18条)', () => {
    expect(() =>
      decide(
        s,
        { type: 'decide_measure', measureId: 'M1', approve: true, note: '同意扣押' },
        HEAD,
        at('2026-04-20', 8),
      ),
    ).toThrow(expect.objectContaining({ code: 'case.wrong_stage', message: expect.stringContaining('M1') }));
  });

  it('confirmed by the head on Monday 20 April: recorded as late, the seizure stays in force', () => {
    s = onSiteRecorded(s, 'M1', at('2026-04-17', 17.5));
    s = act(
      s,
      { type: 'decide_measure', measureId: 'M1', approve: true, note: '同意扣押' },
      HEAD,
      at('2026-04-20', 9),
    );
    expect(s.measures[0]).toMatchObject({
      status: 'in_force',
      decidedAt: at('2026-04-20', 9),
      confirmation: { late: true },
      seizure: { servedOn: '2026-04-17' },
    });
    expect(scheduledTasks(s, calendar2026).map((t) => t.kind)).not.toContain('review_emergency_measure');
  });
});
