import { documentView } from './content';
import { at, ENTERPRISE, facts, OFFICERS, PACKAGE, PARTY, viewText } from './spec-fixtures';

const transfer = (documentType: string, key = documentType) =>
  facts({
    documentType,
    key,
    number: '洪应急移〔2026〕2号',
    recordKind: 'transfer',
    event: { type: 'transfer_sent', sentOn: '2026-12-01', package: PACKAGE },
    record: {
      enterpriseName: PARTY,
      creditCode: ENTERPRISE.creditCode,
      suspectedOffence: '危险作业罪',
      facts: '该单位在责令停产停业期间擅自恢复生产，具有发生重大伤亡事故的现实危险。',
      team: OFFICERS.map(({ userId, username, displayName }) => ({ userId, username, displayName })),
      headDecision: { approved: true, at: at('2026-11-30T15:00:00+08:00'), by: 'u9', note: '同意移送' },
      package: PACKAGE,
    },
    parentCase: { enterprise: ENTERPRISE, officers: OFFICERS },
  });

describe('涉嫌犯罪案件移送书 and its package (国务院令第310号 第6条, 第8条)', () => {
  it('the letter states the case, the offence, the approval, the request, the enclosures and the receipt', () => {
    const t = viewText(transfer('transfer_letter'));
    expect(t).toContain('涉嫌犯罪案件移送书');
    expect(t).toContain('涉案单位：南昌某某化工有限公司');
    expect(t).toContain('涉嫌罪名：危险作业罪');
    expect(t).toContain('擅自恢复生产');
    expect(t).toContain('经本机关负责人于2026年11月30日批准');
    expect(t).toContain('自接受之日起三日内作出立案或者不予立案的决定');
    expect(t).toContain('不以行政处罚代替移送');
    expect(t).toContain('1. 涉嫌犯罪案件情况的调查报告一份');
    expect(t).toContain('2. 涉案物品清单一份（共1项）');
    expect(t).toContain('检验报告或者鉴定结论1份：《压力容器检验报告》');
    expect(t).toContain('回执');
    expect(t).toContain('接收人（签名）');
    const v = documentView(transfer('transfer_letter'));
    expect(v.signatures.officers).toEqual([
      { name: '张伟', certificateNo: '36010020001' },
      { name: '李娜', certificateNo: '36010020002' },
    ]);
  });

  it('the investigation report, the inventory and each appraisal print their part of the package', () => {
    const report = viewText(transfer('transfer_investigation_report'));
    expect(report).toContain('调查人员：张伟、李娜');
    expect(report).toContain('经调查，该单位在停产停业期间擅自恢复生产。\n有关负责人对上述事实供认不讳。');
    const inventory = documentView(transfer('transfer_item_inventory'));
    expect(inventory.sections[0]!.table!.rows).toEqual([['1', '生产记录台账', '3 册']]);
    const appraisal = viewText(transfer('transfer_appraisal', 'transfer_appraisal:1'));
    expect(appraisal).toContain('名称：压力容器检验报告');
    expect(appraisal).toContain('该储罐不符合安全技术规范，禁止使用。');
  });

  it('is addressed to the public security organ recorded with the sending, and cites the approval', () => {
    const f = transfer('transfer_letter');
    const sent = {
      ...f,
      event: { ...f.event, policeOrgan: '南昌市公安局青山湖分局' },
      documents: [
        { type: 'transfer_approval', key: 'transfer_approval', number: '洪应急移审〔2026〕1号', issuedAt: 1 },
      ],
    };
    expect(documentView(sent).addressee).toBe('南昌市公安局青山湖分局：');
    expect(viewText(sent)).toContain('经本机关负责人于2026年11月30日批准（洪应急移审〔2026〕1号）');
    expect(documentView(f).addressee).toBe('__________公安局：');
  });
});
