import { decidePenalty } from '../penalty-decide';
import {
  act,
  at,
  calendar,
  CHAIR,
  intended,
  noticed,
  OFFICER,
  opened,
  refusal,
  run,
  SUPERVISOR,
} from './fixtures';

/**
 * 行政处罚法 第63–64条: the intended ¥80,000 fine (over the unit threshold) gives the right to a
 * hearing, so the notice served directly on Wed 30 Sep 2026 goes with its own 听证告知书 (听告), and
 * the one 送达回证 lists both. A ¥10,000 fine gives no right and no 听证告知书. Runs recorded before
 * the workflow set `hearingRightNotice` replay as they were: the notice alone.
 */
describe('story: the 听证告知书 served with the notice of an ¥80,000 fine', () => {
  const filed = () =>
    run(opened(), [[{ type: 'decide_filing', approve: true, note: '同意立案' }, SUPERVISOR, '2026-09-21']]);
  const serve = (over: object = {}) => ({
    type: 'serve_notice' as const,
    ...intended,
    service: { method: 'direct' as const, receiver: '王五（总经理）', servedAt: at('2026-09-30') },
    hearingRightNotice: true,
    ...over,
  });
  const decide = (command: ReturnType<typeof serve>) =>
    decidePenalty(filed(), command, OFFICER, at('2026-09-30') + 3600_000, calendar);

  it('issues the 听告 beside the 罚告 and lists both on one 送达回证', () => {
    const [notice, receipt] = decide(serve());
    expect(notice).toMatchObject({
      type: 'notice_served',
      hearingRight: true,
      documents: [
        { key: 'penalty_notice', type: 'penalty_notice' },
        { key: 'hearing_right_notice', type: 'hearing_right_notice' },
      ],
    });
    expect(receipt).toMatchObject({
      type: 'service_receipt_issued',
      servedDocument: { key: 'penalty_notice', type: 'penalty_notice' },
      alsoServed: [{ key: 'hearing_right_notice', type: 'hearing_right_notice' }],
      documents: [{ key: 'receipt:penalty_notice', type: 'service_receipt' }],
    });
    const s = act(filed(), serve(), OFFICER, '2026-09-30');
    expect(s.documents.map((d) => d.type)).toEqual([
      'filing_approval',
      'penalty_notice',
      'hearing_right_notice',
      'service_receipt',
    ]);
  });

  it('issues none without the right, and none in a run recorded before the 听告 (no flag)', () => {
    const small = decide(serve({ fineFen: 1_000_000 }));
    expect(small[0]!.documents).toEqual([{ key: 'penalty_notice', type: 'penalty_notice' }]);
    expect(small[1]).not.toHaveProperty('alsoServed');
    const older = decide(serve({ hearingRightNotice: undefined }));
    expect(older[0]!.documents).toEqual([{ key: 'penalty_notice', type: 'penalty_notice' }]);
    expect(older[1]).not.toHaveProperty('alsoServed');
  });

  it('keeps the hour and place of the hearing, and refuses a malformed hour or a blank place', () => {
    const requested = act(
      noticed(),
      { type: 'request_hearing', requestedOn: '2026-10-13' },
      OFFICER,
      '2026-10-13',
    );
    const schedule = { type: 'schedule_hearing' as const, date: '2026-10-23', chair: CHAIR.userId };
    const s = act(
      requested,
      { ...schedule, time: '09:30', place: ' 本局三楼听证室 ' },
      SUPERVISOR,
      '2026-10-14',
    );
    expect(s.hearing).toMatchObject({ date: '2026-10-23', time: '09:30', place: '本局三楼听证室' });
    expect(refusal(requested, { ...schedule, time: '9:30' }, SUPERVISOR, '2026-10-14')).toMatch(/HH:mm/);
    expect(refusal(requested, { ...schedule, place: '  ' }, SUPERVISOR, '2026-10-14')).toMatch(/place/);
    const plain = act(requested, schedule, SUPERVISOR, '2026-10-14');
    expect(plain.hearing).not.toHaveProperty('time');
  });

  it('keeps each section of rich minutes apart, and needs a summary only when no section is given', () => {
    const scheduled = run(noticed(), [
      [{ type: 'request_hearing', requestedOn: '2026-10-13' }, OFFICER, '2026-10-13'],
      [{ type: 'schedule_hearing', date: '2026-10-23', chair: CHAIR.userId }, SUPERVISOR, '2026-10-14'],
    ]);
    const rich = {
      participants: ['调查人员 刘某', '当事人委托代理人 王某'],
      summary: '',
      signed: true,
      refusalNote: null,
      startTime: '09:30',
      endTime: '11:10',
      place: '本局三楼听证室',
      panel: ['赵听证员', ' '],
      recorder: '钱书记员',
      investigatorsCase: '调查人员出示现场照片，建议罚款八万元。',
      partyStatement: '代理人申辩：已补设警示标志。',
      crossExamination: '双方就照片的拍摄时间质证。',
      finalStatement: '请求从轻处罚。',
    };
    const held = act(
      scheduled,
      { type: 'record_hearing', outcome: 'held', minutes: rich },
      CHAIR,
      '2026-10-23',
    );
    expect(held.hearing?.minutes).toEqual({ ...rich, on: '2026-10-23', panel: ['赵听证员'] });
    const empty = {
      ...rich,
      investigatorsCase: ' ',
      partyStatement: '',
      crossExamination: '',
      finalStatement: '',
    };
    expect(
      refusal(scheduled, { type: 'record_hearing', outcome: 'held', minutes: empty }, CHAIR, '2026-10-23'),
    ).toMatch('at least two');
    const backwards = { ...rich, startTime: '11:10', endTime: '09:30' };
    expect(
      refusal(
        scheduled,
        { type: 'record_hearing', outcome: 'held', minutes: backwards },
        CHAIR,
        '2026-10-23',
      ),
    ).toMatch(/end not before the start/);
  });
});
