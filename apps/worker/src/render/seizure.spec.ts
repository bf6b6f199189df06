import { documentView } from './content';
import { at, DANGER, ENTERPRISE, facts, html, OFFICERS, PARTY, seizure, viewText } from './spec-fixtures';

const decision = (emergency: boolean) =>
  facts({
    documentType: 'seizure_decision',
    number: '洪应急查扣〔2026〕4号',
    key: 'seizure_decision:M1',
    event: emergency
      ? { type: 'emergency_measure_taken', at: at('2026-12-01T09:06:00+08:00'), measure: seizure(true) }
      : { type: 'measure_decided', measureId: 'M1', approved: true, note: '同意' },
    record: {
      enterprise: ENTERPRISE,
      officers: OFFICERS,
      dangers: [DANGER],
      measures: [seizure(emergency)],
    },
  });

describe('查封扣押决定书 and its 清单 (行政强制法 第24条)', () => {
  it('names the party and its address, the reasons and basis, the items with quantities, the term and the remedies', () => {
    const t = viewText(decision(false));
    expect(t).toContain('查封扣押决定书');
    expect(t).toContain(`${PARTY}：`);
    expect(t).toContain('地址：江西省南昌市青山湖区某某路88号');
    expect(t).toContain('液化气钢瓶存放于地下室（重大事故隐患；依据：《城镇燃气管理条例》第二十八条）');
    expect(t).toContain('查封、扣押的理由：气瓶泄漏，存在爆炸危险');
    expect(t).toContain('《中华人民共和国安全生产法》第六十五条第一款第（四）项');
    expect(t).toContain('液化气钢瓶（50公斤）\n12 个');
    expect(t).toContain('地下室仓库\n1 处');
    // 第25条: thirty days, one extension of at most thirty.
    expect(t).toContain('查封、扣押的期限为三十日，自本决定书送达之日起计算');
    expect(t).toContain('延长期限不得超过三十日');
    // 行政复议法 2023 第24条: to the people's government at the agency's level.
    expect(t).toContain('六十日内依法向南昌市人民政府申请行政复议');
    expect(t).toContain('六个月内依法向人民法院提起行政诉讼');
    expect(t).not.toContain('当场实施');
  });

  it('an emergency seizure has the same content and says when it was taken on the spot (第19条)', () => {
    const t = viewText(decision(true));
    expect(t).toContain('液化气钢瓶（50公斤）\n12 个');
    expect(t).toContain('于2026年12月1日 9时05分（北京时间）当场实施查封、扣押');
    expect(t).toContain('二十四小时内向本机关负责人报告');
  });

  it('prints the seal box, the agency and the date, and the items as a table', () => {
    const page = html(decision(false));
    for (const s of [
      '（印章）',
      '南昌市应急管理局',
      '2026年12月1日',
      '<table class="items">',
      '<th>数量</th>',
    ])
      expect(page).toContain(s);
  });

  it('the 清单 lists the items for the party to sign', () => {
    const f = { ...decision(true), documentType: 'seizure_inventory', key: 'seizure_inventory:M1' };
    const v = documentView(f);
    expect(v.title).toBe('查封扣押场所、设施、财物清单');
    expect(v.sections[0]!.table!.rows).toEqual([
      ['1', '液化气钢瓶（50公斤）', '12 个'],
      ['2', '地下室仓库', '1 处'],
    ]);
    expect(v.signatures.party).toEqual({ label: '当事人（签名）', refusal: null });
    expect(viewText(f)).toContain('当场实施');
  });
});
