import { documentView } from './content';
import { DANGER, ENTERPRISE, facts, OFFICERS, PARTY, seizure, viewText } from './spec-fixtures';

const D2 = { ...DANGER, id: 'D2', description: '储罐区可燃气体报警装置失效', severity: 'ordinary' as const };
const reinspectedAt = Date.parse('2026-12-12T09:30:00+08:00');

const opinion = (results: { dangerId: string; rectified: boolean; note: string }[], extra = {}) =>
  facts({
    documentType: 'reinspection_opinion',
    number: '洪应急复查〔2026〕3号',
    key: 'reinspection_opinion:1',
    issuedAt: reinspectedAt,
    event: { type: 'reinspection_recorded', at: reinspectedAt, results },
    record: {
      enterprise: ENTERPRISE,
      officers: OFFICERS,
      dangers: [DANGER, D2],
      order: {
        deadline: '2026-12-10',
        instructions: '立即整改',
        issuedAt: Date.parse('2026-12-01T11:00:00+08:00'),
        extended: false,
      },
      rectificationReportOn: '2026-12-09',
      measures: [seizure(false)],
      ...extra,
    },
    documents: [
      { type: 'inspection_record', key: 'inspection_record', number: '洪应急检记〔2026〕8号', issuedAt: 1 },
      {
        type: 'rectification_order',
        key: 'rectification_order',
        number: '洪应急责改〔2026〕7号',
        issuedAt: 2,
      },
    ],
  });

describe('整改复查意见书 (安全生产法 第65条)', () => {
  it('follows up the order by number, lists each hidden danger with its result and closes them out', () => {
    const f = opinion([
      { dangerId: 'D1', rectified: true, note: '钢瓶已移出地下室' },
      { dangerId: 'D2', rectified: true, note: '报警装置已更换并检测合格' },
    ]);
    const t = viewText(f);
    expect(t).toContain(`${PARTY}：`);
    expect(t).toContain(
      '本机关于2026年12月1日以《责令限期整改指令书》（洪应急责改〔2026〕7号）责令你单位于2026年12月10日前整改下列事故隐患。',
    );
    expect(t).toContain('你单位于2026年12月9日报告了整改情况');
    expect(t).toContain('于2026年12月12日 9时30分（北京时间）进行了复查');
    const table = documentView(f).sections[0]!.table!;
    expect(table.rows).toEqual([
      ['1', '液化气钢瓶存放于地下室（重大事故隐患）', '已整改', '钢瓶已移出地下室'],
      ['2', '储罐区可燃气体报警装置失效（一般事故隐患）', '已整改', '报警装置已更换并检测合格'],
    ]);
    expect(t).toContain('经复查，上述事故隐患已整改完毕，予以销号');
    // The same command lifts the seizure still in force.
    expect(t).toContain('本机关此前采取的查封扣押（M1）予以解除');
    expect(documentView(f).signatures.party?.label).toBe('被复查单位负责人（签收）');
  });

  it('names the hidden dangers not rectified and what follows, and lifts nothing', () => {
    const t = viewText(
      opinion(
        [
          { dangerId: 'D1', rectified: true, note: '已整改' },
          { dangerId: 'D2', rectified: false, note: '报警装置仍未更换' },
        ],
        {
          order: {
            deadline: '2026-12-20',
            issuedAt: Date.parse('2026-12-01T11:00:00+08:00'),
            extended: true,
          },
        },
      ),
    );
    expect(t).toContain('（整改期限经批准延长）');
    expect(t).toContain('未整改');
    expect(t).toContain('报警装置仍未更换');
    expect(t).toContain('经复查，储罐区可燃气体报警装置失效未整改完毕');
    expect(t).toContain('第一百零二条');
    expect(t).not.toContain('予以销号');
    expect(t).not.toContain('予以解除');
  });
});
