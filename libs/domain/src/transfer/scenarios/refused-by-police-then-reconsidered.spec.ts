import { TRANSFER_PACKAGE } from './fixtures';
import { onDay, specActor } from '../../spec-support';
import { ARRANGEMENT_2026 } from '../../calendar/fixtures';
import { WorkCalendar } from '../../calendar/work-calendar';
import type { CaseActor } from '../../enforcement/case-types';
import { RULEBOOK_2026_V1 } from '../../rulebook/rulebook';
import { transferReportProblem } from '../transfer-decide';
import { decideTransfer } from './fixtures';
import { applyTransferEvent, applyTransferEvents } from '../transfer-reducer';
import { dueTransferClockEvents, nextTransferClockInstant, scheduledTransferTasks } from '../transfer-tasks';
import type { TransferCommand, TransferState } from '../transfer-types';

const calendar = new WorkCalendar([ARRANGEMENT_2026]);
const at = onDay;
const actor = specActor;
const OFFICER = actor('o1', ['officer']);
const HEAD = actor('head', ['supervisor', 'head']);
const SUPERVISOR = actor('sup', ['supervisor']);

const team = [
  { userId: 'o1', username: 'o1', displayName: '张三' },
  { userId: 'o2', username: 'o2', displayName: '李四' },
];

function reported(): TransferState {
  return applyTransferEvent(undefined, {
    type: 'transfer_reported',
    at: at('2026-11-02'),
    by: { userId: 'o1', username: 'o1', role: 'officer' },
    transferId: 't-1',
    caseId: 'case-1',
    agencyId: 'a',
    regionCode: '360100',
    docPrefix: '洪应急',
    enterpriseName: '某矿业有限公司',
    creditCode: '91360100MA35XXXX0X',
    suspectedOffence: '危险作业罪 (刑法 第134条之一)',
    facts: '拒不执行停产停业决定，继续组织井下作业',
    team,
    rulebook: RULEBOOK_2026_V1,
  });
}

const act = (s: TransferState, c: TransferCommand, who: CaseActor, when: number) =>
  applyTransferEvents(s, decideTransfer(s, c, who, when));

describe('story: a transfer the police refuse, reconsidered, then filed and handed over', () => {
  it('needs a team of two or more', () => {
    expect(transferReportProblem([team[0]!], 'x', 'y')).toMatch('two or more');
    expect(transferReportProblem(team, 'x', 'y')).toBeNull();
  });

  it('gives the head 3 days and escalates a missed decision to nobody above the head', () => {
    const [t] = scheduledTransferTasks(reported(), calendar);
    expect(t).toMatchObject({
      key: 'decide_transfer',
      assigneeRole: 'head',
      dueDate: '2026-11-05',
      escalateTo: [],
    });
    expect(() =>
      decideTransfer(
        reported(),
        { type: 'decide_transfer', approve: true, note: '' },
        SUPERVISOR,
        at('2026-11-03'),
      ),
    ).toThrow('needs the role head');
  });

  it('runs the 24-hour sending clock from the approval, reminding 6 hours before', () => {
    const s = act(
      reported(),
      { type: 'decide_transfer', approve: true, note: '同意移送' },
      HEAD,
      at('2026-11-03', 15),
    );
    const [t] = scheduledTransferTasks(s, calendar);
    expect(t).toMatchObject({
      key: 'send_transfer',
      dueAt: at('2026-11-04', 15),
      remindAt: at('2026-11-04', 9),
    });
    expect(nextTransferClockInstant(s, calendar, at('2026-11-03', 15))).toBe(at('2026-11-04', 9));
    expect(dueTransferClockEvents(s, calendar, at('2026-11-04', 15)).map((e) => e.type)).toContain(
      'task_overdue',
    );
  });

  it('asks reconsideration within 3 days of the refusal, then the procuratorate, then hands over', () => {
    let s = act(
      reported(),
      { type: 'decide_transfer', approve: true, note: '同意移送' },
      HEAD,
      at('2026-11-03'),
    );
    s = act(
      s,
      { type: 'record_sending', sentOn: '2026-11-03', package: TRANSFER_PACKAGE },
      OFFICER,
      at('2026-11-03', 16),
    );
    s = act(
      s,
      { type: 'record_police_decision', filed: false, on: '2026-11-05', note: '不予立案' },
      OFFICER,
      at('2026-11-05'),
    );
    expect(scheduledTransferTasks(s, calendar)[0]).toMatchObject({
      key: 'request_reconsideration',
      // The agency's 3 days end on Sun 8 Nov, un-rolled; it acts by Fri 6 Nov (docs/domain.md §2.4).
      dueDate: '2026-11-08',
      actBy: '2026-11-06',
      rolledEnd: '2026-11-09',
    });
    s = act(s, { type: 'request_reconsideration', on: '2026-11-06' }, OFFICER, at('2026-11-06'));
    s = act(
      s,
      { type: 'record_reconsideration_answer', filed: false, on: '2026-11-09' },
      OFFICER,
      at('2026-11-09'),
    );
    expect(scheduledTransferTasks(s, calendar)[0]).toMatchObject({
      key: 'request_procuratorate',
      dueDate: '2026-11-12',
    });
    s = act(s, { type: 'request_procuratorate_supervision', on: '2026-11-10' }, OFFICER, at('2026-11-10'));
    s = act(
      s,
      {
        type: 'record_procuratorate_outcome',
        policeFiled: true,
        on: '2026-11-20',
        note: '检察院通知公安机关立案',
      },
      OFFICER,
      at('2026-11-20'),
    );
    expect(s.stage).toBe('police_filed');
    expect(scheduledTransferTasks(s, calendar)[0]).toMatchObject({ key: 'hand_over', dueDate: '2026-11-23' });
    s = act(
      s,
      { type: 'record_handover', on: '2026-11-23', items: '涉案账簿、视频资料' },
      OFFICER,
      at('2026-11-23'),
    );
    expect(s).toMatchObject({ stage: 'closed', outcome: 'handed_over' });
    expect(s.documents.map((d) => d.type)).toEqual([
      'transfer_approval',
      'transfer_letter',
      // 国务院令第310号 第6条: the letter's enclosures.
      'transfer_investigation_report',
      'transfer_item_inventory',
      'transfer_appraisal',
      'transfer_reconsideration_request',
      'procuratorate_supervision_request',
      'handover_list',
    ]);
  });
});
