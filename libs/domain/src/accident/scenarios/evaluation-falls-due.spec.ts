import { endOfChinaDay } from '../../calendar/china-time';
import { applyAccidentEvents } from '../accident-reducer';
import { dueAccidentClockEvents, scheduledAccidentTasks } from '../accident-tasks';
import { act, at, calendar, HEAD, OFFICER, refusal, reported, SUPERVISOR } from './fixtures';

describe('story: the evaluation falls due a year after the 批复, and open items go to accountability', () => {
  const approved = () => {
    let s = act(
      reported(),
      { type: 'form_team', leader: '张组长', members: ['李'] },
      SUPERVISOR,
      at('2026-06-02'),
    );
    s = act(s, { type: 'record_passed_up', to: '南昌市应急管理局' }, OFFICER, at('2026-06-02'));
    s = act(s, { type: 'submit_report', summary: '调查报告' }, OFFICER, at('2026-07-20'));
    expect(scheduledAccidentTasks(s, calendar)[0]).toMatchObject({
      key: 'approve_report',
      dueDate: '2026-08-04',
    });
    s = act(s, { type: 'approve_report', note: '同意' }, HEAD, at('2026-08-03'));
    s = act(s, { type: 'record_publication', publishedOn: '2026-08-03' }, OFFICER, at('2026-08-03'));
    s = act(
      s,
      {
        type: 'add_rectification_item',
        itemId: 'I1',
        measure: '完善制度',
        responsibleUnit: '某建筑公司',
        creditCode: '91110108551385082Q',
        deadline: '2026-09-15',
      },
      OFFICER,
      at('2026-08-03'),
    );
    return act(
      s,
      {
        type: 'add_rectification_item',
        itemId: 'I2',
        measure: '培训',
        responsibleUnit: '某建筑公司',
        creditCode: '91110108551385082Q',
        deadline: '2026-09-30',
      },
      OFFICER,
      at('2026-08-03'),
    );
  };

  it('is due on 3 Aug 2027, reminded, overdue and escalated on the clock', () => {
    const s = approved();
    const t = scheduledAccidentTasks(s, calendar).find((x) => x.key === 'evaluate')!;
    expect(t).toMatchObject({
      dueDate: '2027-08-03',
      assigneeRole: 'supervisor',
      rule: 'accident.evaluation',
      escalateTo: ['head'],
    });
    // Reminded at 09:00 two working days before the due day (Fri 30 Jul 2027 on the stand-in calendar).
    expect(t.remindAt).toBe(at('2027-07-30', 9));
    const reminders = dueAccidentClockEvents(s, calendar, at('2027-07-30', 9));
    expect(reminders.map((e) => e.type)).toEqual(['task_reminded']);
    const reminded = applyAccidentEvents(s, reminders);
    const events = dueAccidentClockEvents(reminded, calendar, endOfChinaDay('2027-08-03') + 1);
    expect(events.map((e) => e.type)).toEqual(['task_overdue']);
    const later = applyAccidentEvents(reminded, events);
    expect(dueAccidentClockEvents(later, calendar, t.escalateAt[0]! + 1).map((e) => e.type)).toEqual([
      'task_escalated',
    ]);
  });

  it('refers the items still open, publishes, and closes only then', () => {
    let s = approved();
    s = applyAccidentEvents(s, [
      { type: 'rectification_item_finished', itemId: 'I1', outcome: 'done', at: at('2026-09-20') },
    ]);
    s = act(s, { type: 'record_evaluation', result: '整改措施基本落实' }, SUPERVISOR, at('2027-07-01'));
    expect(s.evaluation).toMatchObject({ referred: ['I2'] });
    expect(refusal(s, { type: 'close_accident', note: '' }, SUPERVISOR, at('2027-07-02'))).toMatch(
      'publish the evaluation',
    );
    s = act(s, { type: 'publish_evaluation', publishedOn: '2027-07-02' }, OFFICER, at('2027-07-02'));
    expect(refusal(s, { type: 'close_accident', note: '' }, SUPERVISOR, at('2027-07-02'))).toMatch(
      'still open',
    );
    s = applyAccidentEvents(s, [
      { type: 'rectification_item_finished', itemId: 'I2', outcome: 'referred', at: at('2027-07-02') },
    ]);
    s = act(s, { type: 'close_accident', note: '结案' }, SUPERVISOR, at('2027-07-03'));
    expect(s.stage).toBe('closed');
  });

  it('keeps the summons place and the referral addressee an item is added with; refuses blank ones', () => {
    const item = {
      type: 'add_rectification_item' as const,
      itemId: 'I3',
      measure: '隐患排查',
      responsibleUnit: '某建筑公司',
      creditCode: '91110108551385082Q',
      deadline: '2026-09-30',
    };
    const named = { ...item, summonsPlace: '市应急管理局三楼会议室', referralAddressee: '南昌市纪委监委' };
    const s = act(approved(), named, OFFICER, at('2026-08-03'));
    expect(s.items.find((i) => i.itemId === 'I3')).toMatchObject({ itemId: 'I3' });
    expect(refusal(approved(), { ...item, summonsPlace: ' ' }, OFFICER, at('2026-08-03'))).toMatch(
      /summonsPlace/,
    );
    expect(refusal(approved(), { ...item, referralAddressee: '' }, OFFICER, at('2026-08-03'))).toMatch(
      /referralAddressee/,
    );
  });
});
