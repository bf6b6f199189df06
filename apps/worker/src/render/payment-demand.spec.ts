import { facts, html, OWED, PARTY, penaltyRecord, viewText } from './spec-fixtures';

const demand = (event: Record<string, unknown>, record = penaltyRecord()) =>
  facts({
    documentType: 'payment_demand',
    number: '洪应急催〔2027〕1号',
    key: 'payment_demand',
    recordKind: 'penalty',
    issuedAt: Date.parse('2027-02-10T10:00:00+08:00'),
    event: { type: 'demand_served', servedOn: '2027-02-10', ...event },
    record,
  });

describe('催告书 (行政强制法 第35条)', () => {
  it('states the decision, the amount owed in yuan, the deadline and manner, and the right of defence', () => {
    const t = viewText(demand({ owed: OWED }));
    expect(t).toContain(`${PARTY}：`);
    expect(t).toContain('于2026年12月7日对你（单位）作出行政处罚决定');
    expect(t).toContain('已于2026年12月8日送达');
    expect(t).toContain('罚款人民币20000.00元');
    expect(t).toContain('加处罚款人民币18600.00元');
    expect(t).toContain('共31日');
    expect(t).toContain('截至2027年2月10日，合计人民币38600.00元');
    expect(t).toContain('自收到本催告书之日起十日内履行');
    expect(t).toContain('缴至指定银行或者通过电子支付系统缴纳');
    expect(t).toContain('有权进行陈述和申辩');
    expect(html(demand({ owed: OWED }))).toContain('《中华人民共和国行政强制法》第三十五条');
  });

  it('without a computed amount, prints what the record proves: a capped surcharge is the fine itself', () => {
    const capped = viewText(demand({}, penaltyRecord({ surchargeCappedOn: '2027-02-05' })));
    expect(capped).toContain('加处罚款人民币20000.00元（已于2027年2月5日达到罚款数额');
    expect(capped).toContain('合计人民币40000.00元');
    const running = viewText(demand({}));
    expect(running).toContain('每日按罚款数额的百分之三计算至缴清之日');
    expect(running).toContain('至多人民币20000.00元');
    expect(running).not.toContain('合计');
  });

  it('names the decision by the number frozen with the demand', () => {
    const f = demand({ owed: OWED });
    const t = viewText({
      ...f,
      documents: [
        { type: 'penalty_decision', key: 'penalty_decision', number: '洪应急罚〔2026〕9号', issuedAt: 1 },
      ],
    });
    expect(t).toContain('于2026年12月7日对你（单位）作出行政处罚决定（洪应急罚〔2026〕9号），给予');
  });
});
