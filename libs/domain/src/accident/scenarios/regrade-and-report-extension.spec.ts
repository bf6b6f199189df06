import { scheduledAccidentTasks } from '../accident-tasks';
import { act, at, calendar, HEAD, OFFICER, refusal, reported, SUPERVISOR } from './fixtures';

describe('story: a scaffold collapse on 1 Jun 2026 — a death on day 29, a 60-day extension of the report', () => {
  it('re-grades on a death within 30 days and hands the accident to the city; refuses one on day 31', () => {
    const s0 = reported({ deaths: 2 });
    expect(s0).toMatchObject({ grade: 'GENERAL', level: 'county', lateReport: false });
    const s1 = act(
      s0,
      {
        type: 'update_casualties',
        deaths: 3,
        seriousInjuries: 0,
        directLossYuan: 500_000,
        note: '伤员抢救无效死亡',
      },
      OFFICER,
      at('2026-06-30'),
    );
    expect(s1).toMatchObject({
      grade: 'LARGER',
      level: 'city',
      levelHandover: { required: true, note: null },
    });
    expect(scheduledAccidentTasks(s1, calendar).map((t) => t.key)).toContain('level_handover');
    expect(
      refusal(
        s0,
        { type: 'update_casualties', deaths: 3, seriousInjuries: 0, directLossYuan: 0, note: '' },
        OFFICER,
        at('2026-07-02'),
      ),
    ).toMatch('until 2026-07-01');
  });

  it('gives the agency 2 hours to pass the report up, reminded 6 hours before (so at once)', () => {
    const t = scheduledAccidentTasks(reported(), calendar).find((x) => x.key === 'pass_report_up')!;
    expect(t).toMatchObject({
      dueAt: at('2026-06-01', 11),
      assigneeRole: 'officer',
      rule: 'accident.level_report',
    });
    const passed = act(
      reported(),
      { type: 'record_passed_up', to: '南昌市应急管理局' },
      OFFICER,
      at('2026-06-01', 10),
    );
    expect(scheduledAccidentTasks(passed, calendar).map((x) => x.key)).not.toContain('pass_report_up');
    expect(refusal(passed, { type: 'record_passed_up', to: 'x' }, OFFICER, at('2026-06-01', 10))).toMatch(
      'wrong_stage',
    );
  });

  it('gives road traffic and fire accidents 7 days', () => {
    const road = reported({ category: 'road_traffic' });
    expect(
      refusal(
        road,
        { type: 'update_casualties', deaths: 3, seriousInjuries: 0, directLossYuan: 0, note: '' },
        OFFICER,
        at('2026-06-09'),
      ),
    ).toMatch('until 2026-06-08');
  });

  it('marks a late report and opens nothing by itself (the workflow opens the penalty)', () => {
    expect(reported({ reportedAt: at('2026-06-01', 9) + 1 }).lateReport).toBe(true);
  });

  it('runs the report clock 60 days from the accident, extended once by at most 60 with approval', () => {
    let s = act(
      reported(),
      { type: 'form_team', leader: '张组长', members: ['李', '王'] },
      SUPERVISOR,
      at('2026-06-02'),
    );
    const due = () => scheduledAccidentTasks(s, calendar).find((t) => t.key === 'submit_report')!.dueDate;
    expect(due()).toBe('2026-07-31');
    expect(
      refusal(
        s,
        { type: 'request_report_extension', days: 61, reason: '技术鉴定' },
        OFFICER,
        at('2026-07-20'),
      ),
    ).toMatch('1 to 60');
    s = act(s, { type: 'request_report_extension', days: 60, reason: '技术鉴定' }, OFFICER, at('2026-07-20'));
    expect(
      refusal(s, { type: 'decide_report_extension', approve: true, note: '' }, OFFICER, at('2026-07-21')),
    ).toMatch('auth.forbidden');
    s = act(s, { type: 'decide_report_extension', approve: true, note: '同意延长' }, HEAD, at('2026-07-21'));
    expect(s.documents.map((d) => d.type)).toEqual(['investigation_team', 'report_extension']);
    // 120 days from 1 Jun is 29 Sep.
    expect(due()).toBe('2026-09-29');
    expect(
      refusal(s, { type: 'request_report_extension', days: 10, reason: '再延' }, OFFICER, at('2026-09-01')),
    ).toMatch('once');
  });
});
