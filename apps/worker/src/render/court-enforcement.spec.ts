import { documentView } from './content';
import { facts, PARTY, penaltyRecord, viewText } from './spec-fixtures';

const application = (record = penaltyRecord({ demand: { servedOn: '2027-02-10' } })) =>
  facts({
    documentType: 'court_enforcement_application',
    number: '洪应急强执〔2027〕1号',
    key: 'court_enforcement',
    recordKind: 'penalty',
    issuedAt: Date.parse('2027-03-01T10:00:00+08:00'),
    event: { type: 'court_enforcement_applied', filedOn: '2027-03-01' },
    record,
  });

describe('强制执行申请书 (行政强制法 第55条)', () => {
  it('names the applicant, the party, the decision and its service, the demand, the failure and the request', () => {
    const t = viewText(application());
    expect(t).toContain('申请人：南昌市应急管理局');
    expect(t).toContain(`被申请人：${PARTY}`);
    expect(t).toContain(
      '请求依法强制执行本机关于2026年12月7日作出的行政处罚决定（警告、罚款人民币20000.00元）',
    );
    expect(t).toContain('依据《中华人民共和国安全生产法》第九十九条');
    expect(t).toContain('该决定书于2026年12月8日以直接送达方式送达被申请人');
    expect(t).toContain('在法定期限内未申请行政复议或者提起行政诉讼，又不履行');
    expect(t).toContain('于2027年2月10日向被申请人送达催告书，催告书送达十日后被申请人仍未履行');
    expect(t).toContain('特申请你院依法强制执行');
    expect(t).toContain('当事人的意见及本机关催告情况');
  });

  it('says which remedy the party used and how it ended; the head signs, on the filing day', () => {
    const record = penaltyRecord({
      demand: { servedOn: '2027-02-10' },
      remedies: [
        { kind: 'reconsideration', filedOn: '2026-12-20', endedOn: '2027-01-15', outcome: 'upheld' },
      ],
      statements: [{ content: '资金困难，请求延期' }],
    });
    const t = viewText(application(record));
    expect(t).toContain('被申请人于2026年12月20日申请行政复议，已于2027年1月15日审结（维持原决定）');
    expect(t).not.toContain('未申请行政复议');
    expect(t).toContain('被申请人的意见：资金困难，请求延期');
    const v = documentView(application(record));
    expect(v.signatures.others).toEqual(['行政机关负责人（签名）']);
    expect(v.signatures.date).toBe('2027年3月1日');
  });

  it('is addressed to the court recorded with it and names the decision and the demand by number', () => {
    const f = application();
    const numbered = {
      ...f,
      event: { ...f.event, court: '南昌市青山湖区人民法院' },
      documents: [
        { type: 'penalty_notice', key: 'penalty_notice', number: '洪应急罚告〔2026〕4号', issuedAt: 1 },
        { type: 'penalty_decision', key: 'penalty_decision', number: '洪应急罚〔2026〕9号', issuedAt: 2 },
        { type: 'payment_demand', key: 'payment_demand', number: '洪应急催〔2027〕1号', issuedAt: 3 },
      ],
    };
    const v = documentView(numbered);
    expect(v.addressee).toBe('南昌市青山湖区人民法院：');
    const t = viewText(numbered);
    expect(t).toContain('行政处罚决定书文号：洪应急罚〔2026〕9号');
    expect(t).toContain('催告书文号：洪应急催〔2027〕1号');
    expect(t).toContain('作出的行政处罚决定（洪应急罚〔2026〕9号，警告、罚款人民币20000.00元）');
    expect(t).toContain('对被申请人作出行政处罚决定（洪应急罚〔2026〕9号）');
    expect(t).toContain('送达催告书（洪应急催〔2027〕1号）');
    // The court as the record holds it when the event predates the field's copy in the event.
    const fromRecord = application(
      penaltyRecord({
        demand: { servedOn: '2027-02-10' },
        courtApplication: { filedOn: '2027-03-01', court: '南昌铁路运输法院' },
      }),
    );
    expect(documentView(fromRecord).addressee).toBe('南昌铁路运输法院：');
  });

  it('an application recorded without its court leaves the addressee blank and cites no number', () => {
    const v = documentView(application());
    expect(v.addressee).toBe('__________人民法院：');
    expect(viewText(application())).not.toContain('文号');
  });
});
