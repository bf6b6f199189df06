import { documentView } from './content';
import { facts, html, PARTY, penaltyRecord, SERVICE, viewText } from './spec-fixtures';

const served = {
  type: 'notice_served',
  servedOn: '2026-12-01',
  sanctions: ['fine'],
  fineFen: 8_000_000,
  facts: '你单位未按规定设置安全警示标志。',
  legalBasis: '《中华人民共和国安全生产法》第九十九条',
  defenceEnds: '2026-12-04',
  hearingRight: true,
  hearingRequestEnds: '2026-12-08',
};
const NOTICE_NO = '洪应急罚告〔2026〕4号';

const rightNotice = (event: Record<string, unknown> = served) =>
  facts({
    documentType: 'hearing_right_notice',
    number: '洪应急听告〔2026〕1号',
    key: 'hearing_right_notice',
    recordKind: 'penalty',
    issuedAt: Date.parse('2026-12-01T10:00:00+08:00'),
    event,
    record: penaltyRecord({ stage: 'notified', decision: null, service: null, notice: served }),
    documents: [
      { type: 'filing_approval', key: 'filing_approval', number: '洪应急立〔2026〕5号', issuedAt: 1 },
      { type: 'penalty_notice', key: 'penalty_notice', number: NOTICE_NO, issuedAt: 2 },
    ],
  });

describe('听证告知书 (听告; 行政处罚法 第63–64条)', () => {
  it('names the party, the intended penalty with its facts and basis, and the notice by number', () => {
    const t = viewText(rightNotice());
    expect(t).toContain('听证告知书');
    expect(t).toContain('洪应急听告〔2026〕1号');
    expect(t).toContain(`${PARTY}：`);
    expect(t).toContain('拟作出的行政处罚：罚款人民币80000.00元');
    expect(t).toContain(
      `本机关于2026年12月1日以《行政处罚告知书》（${NOTICE_NO}）告知你（单位），拟对你（单位）作出罚款人民币80000.00元的行政处罚。`,
    );
    expect(t).toContain('主要违法事实：你单位未按规定设置安全警示标志。');
    expect(t).toContain('处罚依据：《中华人民共和国安全生产法》第九十九条。');
    expect(html(rightNotice())).toContain(
      '依据：《中华人民共和国行政处罚法》第四十四条、第六十三条、第六十四条',
    );
  });

  it('states the right, the five working days from service and its last day, how to ask, and the agency', () => {
    const t = viewText(rightNotice());
    expect(t).toContain('你（单位）有要求举行听证的权利');
    expect(t).toContain('应当在收到本告知书之日起五日内（按工作日计算，第八十五条）向本机关提出');
    expect(t).toContain('逾期未提出的，视为放弃听证权利');
    expect(t).toContain('听证申请期限至2026年12月8日。');
    expect(t).toContain('可以书面提出，也可以口头提出');
    expect(t).toContain('有权申请回避');
    expect(t).toContain('听证申请请向南昌市应急管理局提出。');
    const v = documentView(rightNotice());
    expect(v.signatures.agency).toBe('南昌市应急管理局');
    expect(v.signatures.date).toBe('2026年12月1日');
  });

  it('for a continuing fine, names its notice and the total', () => {
    const t = viewText({
      ...rightNotice({
        type: 'continuing_fine_noticed',
        servedOn: '2027-01-25',
        asOf: '2027-01-24',
        days: 19,
        totalFen: 38_000_000,
        hearingRight: true,
        hearingRequestEnds: '2027-02-01',
      }),
      documents: [
        {
          type: 'continuing_fine_notice',
          key: 'continuing_fine_notice:2027-01-24',
          number: '洪应急连告〔2027〕1号',
          issuedAt: 3,
        },
      ],
    });
    expect(t).toContain('以《按日连续处罚告知书》（洪应急连告〔2027〕1号）告知你（单位）');
    expect(t).toContain('按日连续处罚，罚款人民币380000.00元（19日）');
    expect(t).toContain('听证申请期限至2027年2月1日。');
  });

  it('the 送达回证 of the notice lists both documents served, each with its number', () => {
    const t = viewText(
      facts({
        documentType: 'service_receipt',
        number: '洪应急回〔2026〕9号',
        key: 'receipt:penalty_notice',
        recordKind: 'penalty',
        event: {
          type: 'service_receipt_issued',
          service: SERVICE,
          servedDocument: { key: 'penalty_notice', type: 'penalty_notice', number: NOTICE_NO },
          alsoServed: [
            { key: 'hearing_right_notice', type: 'hearing_right_notice', number: '洪应急听告〔2026〕1号' },
          ],
        },
      }),
    );
    expect(t).toContain(`送达文书名称及文号：行政处罚告知书 ${NOTICE_NO}；听证告知书 洪应急听告〔2026〕1号`);
  });
});
