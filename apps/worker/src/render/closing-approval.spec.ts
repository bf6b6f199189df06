import { documentView } from './content';
import { facts, penaltyRecord, viewText } from './spec-fixtures';

describe('结案审批表', () => {
  it('sums up the case: decision, service, execution, remedies, the reason and the approval', () => {
    const f = facts({
      documentType: 'closing_approval',
      number: '洪应急结〔2027〕1号',
      key: 'closing_approval',
      recordKind: 'penalty',
      event: {
        type: 'closing_decided',
        approved: true,
        note: '执行完毕',
        by: { userId: 'u9', username: 'nc.supervisor', role: 'supervisor' },
      },
      record: penaltyRecord({
        payment: { paidOn: '2026-12-30', amountFen: 2_060_000, surchargeFen: 60_000 },
        publication: { publishedOn: '2026-12-10', withdrawalDueFrom: null, withdrawnOn: null },
        closing: { proposedBy: 'u1', reason: '罚款及加处罚款已缴清' },
      }),
    });
    const t = viewText(f);
    expect(t).toContain('立案日期：2026年11月20日');
    expect(t).toContain('处罚决定：2026年12月7日决定给予警告、罚款人民币20000.00元');
    expect(t).toContain('执行情况：已于2026年12月30日缴纳人民币20600.00元（其中加处罚款人民币600.00元）');
    expect(t).toContain('公示：2026年12月10日公示');
    expect(t).toContain('行政复议、行政诉讼：无');
    expect(t).toContain('罚款及加处罚款已缴清');
    expect(t).toContain('同意结案：执行完毕');
    expect(t).toContain('审批人：nc.supervisor');
    expect(documentView(f).signatures.others).toEqual(['审批人（签名）']);
  });
});
