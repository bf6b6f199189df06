import { scheduledAccidentTasks } from '../accident-tasks';
import { act, at, calendar, OFFICER, refusal, reported, SUPERVISOR } from './fixtures';

describe('story: a boiler explodes on 1 Jun 2026 — the boiler is appraised 10 Jul to 24 Jul (第27条)', () => {
  const due = (s: ReturnType<typeof reported>) =>
    scheduledAccidentTasks(s, calendar).find((t) => t.key === 'submit_report')!;
  const team = act(
    reported(),
    { type: 'form_team', leader: '张组长', members: ['李', '王'] },
    SUPERVISOR,
    at('2026-06-02'),
  );
  const appraising = act(
    team,
    { type: 'start_technical_appraisal', on: '2026-07-10', note: '委托省特种设备检验研究院鉴定锅炉' },
    OFFICER,
    at('2026-07-10'),
  );

  it('runs 60 days from the accident: due 31 Jul before the appraisal', () => {
    expect(due(team)).toMatchObject({ dueDate: '2026-07-31', paused: false });
  });

  it('stands still while the appraisal runs: no due day, and no report until it ends', () => {
    expect(due(appraising)).toMatchObject({ dueAt: null, dueDate: null, paused: true });
    expect(
      refusal(appraising, { type: 'submit_report', summary: '调查报告' }, OFFICER, at('2026-07-20')),
    ).toMatch(/^case.wrong_stage: .*technical appraisal is still running/);
    expect(
      refusal(
        appraising,
        { type: 'start_technical_appraisal', on: '2026-07-12', note: '再鉴定' },
        OFFICER,
        at('2026-07-12'),
      ),
    ).toMatch('case.wrong_stage');
  });

  it('runs on after it ends on 24 Jul, 14 days later: due Fri 14 Aug', () => {
    const ended = act(
      appraising,
      { type: 'end_technical_appraisal', on: '2026-07-24' },
      OFFICER,
      at('2026-07-27'),
    );
    expect(ended.appraisals).toEqual([
      { from: '2026-07-10', to: '2026-07-24', note: '委托省特种设备检验研究院鉴定锅炉' },
    ]);
    expect(due(ended)).toMatchObject({ dueDate: '2026-08-14', paused: false });
    // An end before the start, or in the future, is a typing error.
    expect(
      refusal(appraising, { type: 'end_technical_appraisal', on: '2026-07-09' }, OFFICER, at('2026-07-27')),
    ).toMatch('case.invalid');
    expect(
      refusal(appraising, { type: 'end_technical_appraisal', on: '2026-07-28' }, OFFICER, at('2026-07-27')),
    ).toMatch('case.invalid');
    expect(
      refusal(ended, { type: 'end_technical_appraisal', on: '2026-07-27' }, OFFICER, at('2026-07-27')),
    ).toMatch('case.wrong_stage');
  });
});
