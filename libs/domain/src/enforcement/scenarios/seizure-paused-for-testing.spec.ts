import { decide } from './fixtures';
import { scheduledTasks } from '../case-tasks';
import { act, at, calendar2026, OFFICER_1, onSiteRecorded, rectifyingCase, SUPERVISOR } from './fixtures';

describe('story: items sealed for 30 days, sent for testing, then extended once', () => {
  let s = act(
    rectifyingCase('2026-06-01', '2026-06-30'),
    {
      type: 'propose_measure',
      kind: 'seal_seize',
      dangerIds: ['D1'],
      reason: 'unsafe cylinders',
      residentialSupply: false,
      inventory: [{ item: '液化气钢瓶', quantity: '12 个' }],
    },
    OFFICER_1,
    at('2026-06-02'),
  );
  s = act(
    s,
    { type: 'decide_measure', measureId: 'M1', approve: true, note: 'ok' },
    SUPERVISOR,
    at('2026-06-02', 11),
  );
  // Carried out that afternoon with its on-site record (行政强制法 第18条).
  s = onSiteRecorded(s, 'M1', at('2026-06-02', 14));
  const handling = () => scheduledTasks(s, calendar2026).find((t) => t.kind === 'decide_seizure_handling');

  it('runs 30 calendar days from service, excluding testing days, and extends only once by at most 30', () => {
    // Served Tue 2 Jun: 30 days → Thu 2 Jul.
    expect(handling()?.dueDate).toBe('2026-07-02');
    s = act(
      s,
      { type: 'seizure_testing', measureId: 'M1', action: 'start', on: '2026-06-10' },
      OFFICER_1,
      at('2026-06-10'),
    );
    expect(handling()).toMatchObject({ paused: true, dueAt: null });
    s = act(
      s,
      { type: 'seizure_testing', measureId: 'M1', action: 'end', on: '2026-06-15' },
      OFFICER_1,
      at('2026-06-15'),
    );
    // Five testing days do not count: Tue 7 Jul.
    expect(handling()?.dueDate).toBe('2026-07-07');
    expect(() =>
      decide(s, { type: 'extend_seizure', measureId: 'M1', days: 31 }, SUPERVISOR, at('2026-06-20')),
    ).toThrow('1 to 30');
    s = act(s, { type: 'extend_seizure', measureId: 'M1', days: 30 }, SUPERVISOR, at('2026-06-20'));
    expect(handling()?.dueDate).toBe('2026-08-06');
    expect(() =>
      decide(s, { type: 'extend_seizure', measureId: 'M1', days: 5 }, SUPERVISOR, at('2026-06-21')),
    ).toThrow('only once');
  });
});
