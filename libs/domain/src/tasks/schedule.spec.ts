import { ARRANGEMENT_2026 } from '../calendar/fixtures';
import { WorkCalendar } from '../calendar/work-calendar';
import { specTask } from '../spec-support';
import { rememberingLast } from './schedule';
import type { ScheduledTask } from './task-types';

type State = { n: number };

const scheduled = (s: State): ScheduledTask => specTask({ key: `k${s.n}` });

describe('a schedule remembered for its last state and calendar', () => {
  const calendar = new WorkCalendar([ARRANGEMENT_2026]);
  let computed = 0;
  const schedule = rememberingLast((s: State) => {
    computed += 1;
    return [scheduled(s)];
  });

  beforeEach(() => {
    computed = 0;
  });

  it('answers the same state and calendar again without computing', () => {
    const s = { n: 1 };
    const first = schedule(s, calendar);
    expect(schedule(s, calendar)).toBe(first);
    expect(computed).toBe(1);
  });

  it('computes again for a new state, or the same state on a new calendar', () => {
    const s = { n: 2 };
    schedule(s, calendar);
    expect(schedule({ n: 3 }, calendar)[0]!.key).toBe('k3');
    expect(schedule({ n: 3 }, new WorkCalendar([ARRANGEMENT_2026]))[0]!.key).toBe('k3');
    expect(computed).toBe(3);
  });

  it('hands out an answer no caller can change', () => {
    const s = { n: 4 };
    const tasks = schedule(s, calendar);
    expect(() => tasks.push(scheduled({ n: 5 }))).toThrow(TypeError);
    expect(() => {
      (tasks[0] as { reminded: boolean }).reminded = true;
    }).toThrow(TypeError);
    expect(schedule(s, calendar)).toEqual([scheduled(s)]);
  });
});
