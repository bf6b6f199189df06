import { clockEnd } from '../../rulebook/clock-end';
import { ruleOf, RULEBOOK_2026_V1 } from '../../rulebook/rulebook';
import { endOfChinaDay } from '../../calendar/china-time';
import { scheduledTasks } from '../case-tasks';
import { act, at, calendar2026, OFFICER_1, onSiteRecorded, rectifyingCase, SUPERVISOR } from './fixtures';

describe('story: items sealed on 16 Jan 2026, the 30 days ending inside the Spring Festival', () => {
  // 行政强制法 第25条: 查封、扣押的期限不得超过三十日. Served Fri 16 Jan, the 30th day is Sun 15 Feb,
  // the first day of the Spring Festival holiday (15–23 Feb). A cap on coercion never extends: the
  // term ends on 15 Feb — not on Tue 24 Feb, the first working day after, which would be 39 days.
  // The handling decision is planned before it: by Sat 14 Feb, a make-up working day.
  let s = act(
    rectifyingCase('2026-01-05', '2026-01-14'),
    {
      type: 'propose_measure',
      kind: 'seal_seize',
      dangerIds: ['D1'],
      reason: 'unsafe cylinders',
      residentialSupply: false,
      inventory: [{ item: '液化气钢瓶（15 kg）', quantity: '12 个' }],
    },
    OFFICER_1,
    at('2026-01-16'),
  );
  s = act(
    s,
    { type: 'decide_measure', measureId: 'M1', approve: true, note: '同意' },
    SUPERVISOR,
    at('2026-01-16', 11),
  );
  // Carried out that afternoon with its on-site record (行政强制法 第18条).
  s = onSiteRecorded(s, 'M1', at('2026-01-16', 14));
  const handling = () => scheduledTasks(s, calendar2026).find((t) => t.kind === 'decide_seizure_handling');

  it('is due on the 30th calendar day, acted on by the working day before, with no rolled end', () => {
    expect(s.measures[0]?.seizure?.servedOn).toBe('2026-01-16');
    expect(handling()).toMatchObject({
      dueDate: '2026-02-15',
      actBy: '2026-02-14',
      rolledEnd: null,
      rule: 'seizure.term',
    });
    expect(handling()?.dueAt).toBe(endOfChinaDay('2026-02-15'));
    // The reminder counts back 2 working days from the act-by day: Thu 12 Feb, 09:00.
    expect(handling()?.remindAt).toBe(at('2026-02-12'));
  });

  it('says so in the rulebook: the agency acts, and the end is a cap', () => {
    expect(ruleOf(RULEBOOK_2026_V1, 'seizure.term')).toMatchObject({ actor: 'agency', endRule: 'cap' });
    const end = clockEnd(calendar2026, ruleOf(RULEBOOK_2026_V1, 'seizure.term'), '2026-01-16');
    expect(end.restDaysAtEnd.map((d) => d.date)).toContain('2026-02-15');
    expect(end.due).not.toBe('2026-02-24');
  });

  it('an extension of 30 days adds to the cap and still never rolls', () => {
    const extended = act(
      s,
      { type: 'extend_seizure', measureId: 'M1', days: 30 },
      SUPERVISOR,
      at('2026-02-10'),
    );
    const t = scheduledTasks(extended, calendar2026).find((x) => x.kind === 'decide_seizure_handling');
    // 15 Feb + 30 = Tue 17 Mar, a working day.
    expect(t).toMatchObject({ dueDate: '2026-03-17', actBy: '2026-03-17', rolledEnd: null });
  });
});
