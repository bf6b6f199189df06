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

const scheduled = (record: Record<string, unknown>, withPeople = true) =>
  facts({
    documentType: 'hearing_notice',
    number: '洪应急听通〔2026〕2号',
    key: 'hearing_notice:2026-12-18',
    recordKind: 'penalty',
    issuedAt: Date.parse('2026-12-07T10:00:00+08:00'),
    event: { type: 'hearing_scheduled', date: '2026-12-18', chair: CHAIR },
    record,
    documents: [
      { type: 'filing_approval', key: 'filing_approval', number: '洪应急立〔2026〕5号', issuedAt: 1 },
      { type: 'penalty_notice', key: 'penalty_notice', number: '洪应急罚告〔2026〕4号', issuedAt: 2 },
    ],
    ...(withPeople ? { people: { [CHAIR]: { name: '王法制', certificateNo: '36010020009' } } } : {}),
  });

describe('听证通知书 (行政处罚法 第63–64条)', () => {
  const record = penaltyRecord({
    stage: 'notified',
    decision: null,
    service: null,
    notice,
    hearing: { requestedOn: '2026-12-03', date: '2026-12-18', chair: CHAIR, outcome: null },
  });

  it('names the notice by number, the request, the day, the chair and the rights of 第64条', () => {
    const t = viewText(scheduled(record));
    expect(t).toContain(`${PARTY}：`);
    expect(t).toContain(
      '本机关于2026年12月1日向你（单位）送达《行政处罚告知书》（洪应急罚告〔2026〕4号），拟对你（单位）给予罚款人民币80000.00元的行政处罚',
    );
    expect(t).toContain('你（单位）于2026年12月3日提出听证申请');
    expect(t).toContain('本机关定于2026年12月18日举行听证，由王法制主持');
    expect(t).toContain('听证主持人：王法制');
    expect(t).toContain('有权申请回避');
    expect(t).toContain('委托一至二人代理');
    expect(t).toContain('申辩和质证');
    expect(t).toContain('听证公开举行');
    expect(t).toContain('视为放弃听证权利');
    expect(html(scheduled(record))).toContain('依据：《中华人民共和国行政处罚法》第六十四条');
  });

  it('leaves the hour and the place, which the record does not hold, as blanks to fill in', () => {
    const v = documentView(scheduled(record));
    expect(v.fields).toContainEqual({ label: '听证地点', value: '__________' });
    expect(v.fields).toContainEqual({ label: '听证时间', value: '2026年12月18日__________时__________分' });
    // A snapshot without the chair's name prints a blank rather than the user id.
    const t = viewText(scheduled(record, false));
    expect(t).not.toContain(CHAIR);
    expect(t).toContain('听证主持人：__________');
  });

  it('after the decision, the hearing is about the continuing fine and its notice', () => {
    const served = penaltyRecord({
      stage: 'served',
      notice,
      continuingFine: {
        correctionOrderedOn: '2027-01-05',
        reinspectedOn: '2027-01-20',
        finding: '拒不整改',
        notice: {
          servedOn: '2027-01-25',
          asOf: '2027-01-24',
          days: 19,
          totalFen: 38_000_000,
          defenceEnds: '2027-01-28',
        },
        hearing: { requestedOn: '2027-01-27', date: '2027-02-10', chair: CHAIR, outcome: null },
      },
    });
    const f = scheduled(served);
    const t = viewText({
      ...f,
      event: { ...f.event, date: '2027-02-10' },
      documents: [
        ...f.documents!,
        {
          type: 'continuing_fine_notice',
          key: 'continuing_fine_notice',
          number: '洪应急连告〔2027〕1号',
          issuedAt: 3,
        },
      ],
    });
    expect(t).toContain(
      '送达《按日连续处罚告知书》（洪应急连告〔2027〕1号），拟对你（单位）给予按日连续处罚，罚款人民币380000.00元',
    );
    expect(t).toContain('你（单位）于2027年1月27日提出听证申请');
    expect(t).toContain('本机关定于2027年2月10日举行听证');
  });

  it('prints the hour and the place when the scheduling recorded them', () => {
    const f = scheduled(record);
    const v = documentView({ ...f, event: { ...f.event, time: '09:30', place: '本局三楼听证室' } });
    expect(v.fields).toContainEqual({ label: '听证时间', value: '2026年12月18日9时30分' });
    expect(v.fields).toContainEqual({ label: '听证地点', value: '本局三楼听证室' });
    expect(v.sections[0]!.paragraphs).toContain(
      '根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，本机关定于2026年12月18日9时30分在本局三楼听证室举行听证，由王法制主持。',
    );
  });
});
