import { documentView } from './content';
import { facts, html, PARTY, penaltyRecord, viewText } from './spec-fixtures';

const CHAIR = '00000000-0000-4000-8000-000000000009';
const notice = {
  sanctions: ['fine'],
  fineFen: 8_000_000,
  facts: '你单位未按规定设置安全警示标志。',
  legalBasis: '《中华人民共和国安全生产法》第九十九条',
  servedOn: '2026-12-01',
  defenceEnds: '2026-12-04',
  hearingRight: true,
  hearingRequestEnds: '2026-12-08',
};
const minutes = {
  on: '2026-12-18',
  participants: ['张伟（调查人员）', '赵六（当事人委托代理人）'],
  summary:
    '调查人员出示现场照片，建议罚款八万元。\n代理人申辩：警示标志已于次日补设，请求从轻。\n主持人问：补设有无记录？答：有照片。',
  signed: true,
  refusalNote: null,
};

const held = (m: Record<string, unknown> = minutes) =>
  facts({
    documentType: 'hearing_record',
    number: null,
    key: 'hearing_record:2026-12-18',
    recordKind: 'penalty',
    issuedAt: Date.parse('2026-12-18T16:00:00+08:00'),
    event: {
      type: 'hearing_recorded',
      outcome: 'held',
      on: '2026-12-18',
      minutes: m,
      by: { userId: CHAIR, username: 'nc.legal', role: 'hearing_chair' },
    },
    record: penaltyRecord({
      stage: 'notified',
      decision: null,
      service: null,
      notice,
      hearing: { requestedOn: '2026-12-03', date: '2026-12-18', chair: CHAIR, outcome: 'held', minutes: m },
    }),
    documents: [
      { type: 'penalty_notice', key: 'penalty_notice', number: '洪应急罚告〔2026〕4号', issuedAt: 2 },
    ],
    people: { [CHAIR]: { name: '王法制', certificateNo: '36010020009' } },
  });

describe('听证笔录 (行政处罚法 第64条(八))', () => {
  it('prints the minutes: day, chair, participants, what each side put forward and the questions', () => {
    const t = viewText(held());
    expect(t).toContain('听证笔录');
    expect(t).toContain('听证主持人：王法制');
    expect(t).toContain('听证参加人：张伟（调查人员）、赵六（当事人委托代理人）');
    expect(t).toContain('听证时间：2026年12月18日');
    expect(t).toContain('听证地点：__________');
    expect(t).toContain(`当事人（单位）：${PARTY}`);
    expect(t).toContain('《行政处罚告知书》（洪应急罚告〔2026〕4号）拟给予罚款人民币80000.00元的行政处罚');
    expect(t).toContain('调查人员出示现场照片，建议罚款八万元。');
    expect(t).toContain('代理人申辩：警示标志已于次日补设，请求从轻。');
    expect(t).toContain('主持人问：补设有无记录？答：有照片。');
    expect(t).toContain('由听证参加人签字或者盖章');
    expect(t).not.toContain('拒绝签字情况');
  });

  it('carries no number and has every participant and the chair sign', () => {
    const v = documentView(held());
    expect(v.number).toBeNull();
    expect(v.signatures.officerLabel).toBe('听证主持人');
    expect(v.signatures.officers).toEqual([{ name: '王法制', certificateNo: '36010020009' }]);
    expect(v.signatures.others).toEqual([
      '听证参加人 张伟（调查人员）（签字）',
      '听证参加人 赵六（当事人委托代理人）（签字）',
      '记录人（签字）',
    ]);
    const page = html(held());
    expect(page).toContain('<h1>听证笔录</h1>');
    expect(page).not.toContain('class="number"');
    expect(page).toContain('依据：《中华人民共和国行政处罚法》第六十四条第（八）项');
  });

  it('prints a refusal to sign as the chair recorded it', () => {
    const t = viewText(
      held({ ...minutes, signed: false, refusalNote: '当事人代理人拒绝签字，主持人注明。' }),
    );
    expect(t).toContain('拒绝签字情况：当事人代理人拒绝签字，主持人注明。');
  });

  it('prints each section of rich minutes from its own field, with the hour, place, 听证员 and 书记员', () => {
    const rich = {
      ...minutes,
      summary: '',
      startTime: '09:30',
      endTime: '11:10',
      place: '本局三楼听证室',
      panel: ['赵听证员'],
      recorder: '钱书记员',
      investigatorsCase: '调查人员出示现场照片，建议罚款八万元。',
      partyStatement: '代理人申辩：已补设警示标志。',
      crossExamination: '双方就照片的拍摄时间质证。',
      finalStatement: '请求从轻处罚。',
    };
    const v = documentView(held(rich));
    expect(v.fields).toContainEqual({ label: '听证时间', value: '2026年12月18日9时30分至11时10分' });
    expect(v.fields).toContainEqual({ label: '听证地点', value: '本局三楼听证室' });
    expect(v.fields).toContainEqual({ label: '听证员', value: '赵听证员' });
    expect(v.fields).toContainEqual({ label: '书记员', value: '钱书记员' });
    const sections = Object.fromEntries(v.sections.map((s) => [s.heading, s.paragraphs]));
    expect(sections['调查人员提出的违法事实、证据和行政处罚建议']).toEqual([rich.investigatorsCase]);
    expect(sections['当事人陈述、申辩']).toEqual([rich.partyStatement]);
    expect(sections['质证、辩论']).toEqual([rich.crossExamination]);
    expect(sections['当事人最后陈述']).toEqual([rich.finalStatement]);
    expect(sections['其他记录']).toBeUndefined();
    expect(v.signatures.others).toContain('听证员 赵听证员（签字）');
    expect(v.signatures.others).toContain('书记员 钱书记员（签字）');
  });

  it('an older record without sections prints its summary as the account, the rest blank', () => {
    const v = documentView(held());
    expect(v.sections.map((s) => s.heading)).toEqual(['听证经过', null]);
    expect(v.fields).toContainEqual({ label: '听证员', value: '__________' });
    expect(v.fields).toContainEqual({ label: '书记员', value: '__________' });
  });
});
