import { documentView } from './content';
import { facts, html, viewText } from './spec-fixtures';

const UNIT = { name: '南昌某某建筑工程有限公司', creditCode: '91360100MA35XXXX0L' };
const accident = (extra: Record<string, unknown> = {}) => ({
  accidentId: 'A1',
  unit: UNIT,
  occurredAt: Date.parse('2026-11-02T14:20:00+08:00'),
  location: '360111',
  category: 'other',
  summary: '塔吊在拆除作业中倾覆。',
  deaths: 3,
  seriousInjuries: 2,
  directLossYuan: 6_500_000,
  missing: 0,
  grade: 'LARGER',
  team: { formedOn: '2026-11-03', leader: '刘强', members: ['陈刚', '周敏'] },
  items: [],
  ...extra,
});
const doc = (documentType: string, event: Record<string, unknown>, record = accident(), more = {}) =>
  facts({
    documentType,
    number: `洪应急X〔2026〕1号`,
    recordKind: 'accident',
    issuedAt: Date.parse('2026-11-03T10:00:00+08:00'),
    event,
    record,
    ...more,
  });

describe('accident documents (国务院令第493号; 安全生产法 第86条)', () => {
  it('事故调查组成立通知: the accident, its grade, the team and its duties', () => {
    const f = doc('investigation_team', {
      type: 'team_formed',
      formedOn: '2026-11-03',
      leader: '刘强',
      members: ['陈刚', '周敏'],
    });
    const t = viewText(f);
    expect(t).toContain('事故调查组成立通知');
    expect(t).toContain(
      '2026年11月2日 14时20分（北京时间），南昌某某建筑工程有限公司发生一起生产安全事故，造成死亡3人、重伤2人、直接经济损失6500000元',
    );
    expect(t).toContain('属较大事故');
    expect(t).toContain('由刘强任组长，陈刚、周敏为成员');
    expect(t).toContain('提出防范和整改措施');
    expect(html(f)).toContain('第十九条、第二十二条');
    expect(documentView(f).signatures.party).toBeNull();
  });

  it('延长事故调查期限审批表: the days, the reason and the approval', () => {
    const t = viewText(
      doc(
        'report_extension',
        { type: 'report_extension_decided', approved: true, note: '同意延长' },
        accident({
          reportExtension: { days: 30, status: 'approved', reason: '技术鉴定未完成', requestedBy: 'u1' },
        }),
      ),
    );
    expect(t).toContain('申请延长的期限：30日');
    expect(t).toContain('申请理由：技术鉴定未完成');
    expect(t).toContain('审批意见：同意。同意延长');
    expect(t).toContain('事故调查报告的提交期限延长30日');
  });

  it('事故调查报告批复: the report received, the approval, and what follows (第32–34条)', () => {
    const f = doc(
      'approval',
      { type: 'report_approved', approvedOn: '2026-12-20', note: '同意调查报告对事故原因和性质的认定。' },
      accident({
        report: { submittedOn: '2026-12-10', summary: '事故系违章拆除作业所致，属生产安全责任事故。' },
      }),
    );
    const t = viewText(f);
    expect(t).toContain('以刘强为组长的事故调查组于2026年12月10日提交的事故调查报告收悉');
    expect(t).toContain('调查报告认定：事故系违章拆除作业所致');
    expect(t).toContain('经研究，批复如下：同意调查报告对事故原因和性质的认定。');
    expect(t).toContain('依法追究刑事责任');
    expect(documentView(f).signatures.date).toBe('2026年12月20日');
  });

  it('事故整改通知书: one measure, its unit and deadline, and the ladder for overdue items', () => {
    const t = viewText(
      doc(
        'rectification_notice',
        {
          type: 'rectification_item_added',
          item: {
            itemId: 'R1',
            measure: '建立塔吊拆装专项方案审查制度',
            responsibleUnit: UNIT.name,
            deadline: '2027-03-31',
          },
        },
        accident({ approval: { approvedOn: '2026-12-20', note: '' } }),
      ),
    );
    expect(t).toContain(`${UNIT.name}：`);
    expect(t).toContain('整改和防范措施：建立塔吊拆装专项方案审查制度');
    expect(t).toContain('完成期限：2027年3月31日');
    expect(t).toContain('根据事故调查报告及其批复（2026年12月20日）');
    expect(t).toContain('提醒、通报、约谈、挂牌督办');
  });

  it('评估报告: each measure and how far it was carried out, the result, the referrals', () => {
    const f = doc(
      'evaluation',
      {
        type: 'evaluation_recorded',
        evaluatedOn: '2027-10-01',
        result: '整改措施基本落实。',
        referred: ['R2'],
      },
      accident({
        items: [
          {
            itemId: 'R1',
            measure: '专项方案审查',
            responsibleUnit: UNIT.name,
            deadline: '2027-03-31',
            status: 'done',
          },
          {
            itemId: 'R2',
            measure: '全员安全培训',
            responsibleUnit: UNIT.name,
            deadline: '2027-04-30',
            status: 'open',
          },
        ],
      }),
    );
    const v = documentView(f);
    expect(v.sections[0]!.table!.rows).toEqual([
      ['R1', '专项方案审查', UNIT.name, '2027年3月31日', '已落实'],
      ['R2', '全员安全培训', UNIT.name, '2027年4月30日', '未落实，移送问责'],
    ]);
    const t = viewText(f);
    expect(t).toContain('评估日期：2027年10月1日');
    expect(t).toContain('整改措施基本落实。');
    expect(t).toContain('评估时仍未落实的整改事项（R2）依法移送有关机关追究责任');
  });
});

describe('rectification item documents (安全生产法 第86条)', () => {
  const item = (extra: Record<string, unknown> = {}) => ({
    itemId: 'R2',
    accidentId: 'A1',
    measure: '全员安全培训',
    responsibleUnit: UNIT.name,
    creditCode: UNIT.creditCode,
    deadline: '2027-04-30',
    progress: [{ at: Date.parse('2027-04-20T09:00:00+08:00'), note: '已完成一半人员培训' }],
    completion: null,
    rungs: [{ rung: 'notice', on: '2027-05-08' }],
    ...extra,
  });
  const itemDoc = (documentType: string, event: Record<string, unknown>, record = item()) =>
    facts({ documentType, recordKind: 'rectification_item', event, record, parentRecord: accident() });

  it('通报 / 约谈 / 挂牌 / 问责: the overdue measure, the progress reported, each rung in its own words', () => {
    const t = viewText(
      itemDoc('circulated_notice', { type: 'rung_reached', rung: 'notice', on: '2027-05-08' }),
    );
    expect(t).toContain(`${UNIT.name}：`);
    expect(t).toContain('属较大事故');
    expect(t).toContain(
      '应当于2027年4月30日前落实整改和防范措施：全员安全培训。截至2027年5月8日，该措施仍未落实完毕',
    );
    expect(t).toContain('已报告的进展：2027年4月20日：已完成一半人员培训');
    expect(t).toContain('现予以通报');
    const summons = viewText(itemDoc('summons', { type: 'rung_reached', rung: 'summons', on: '2027-05-20' }));
    expect(summons).toContain('约谈你单位主要负责人，约谈时间：__________');
    expect(viewText(itemDoc('listed_supervision', { rung: 'listed', on: '2027-06-01' }))).toContain(
      '挂牌督办，并向社会公布',
    );
    const referral = itemDoc('accountability_referral', { rung: 'accountability', on: '2027-06-20' });
    expect(documentView(referral).addressee).toBe('__________：');
    expect(viewText(referral)).toContain('建议依法依规追究有关单位和人员的责任');
  });

  it('prints the summons place and the referral addressee the item was added with', () => {
    const named = item({ summonsPlace: '市应急管理局三楼会议室', referralAddressee: '南昌市纪委监委' });
    const summons = viewText(itemDoc('summons', { rung: 'summons', on: '2027-05-20' }, named));
    expect(summons).toContain('约谈时间：__________，约谈地点：市应急管理局三楼会议室。');
    const referral = itemDoc('accountability_referral', { rung: 'accountability', on: '2027-06-20' }, named);
    expect(documentView(referral).addressee).toBe('南昌市纪委监委：');
  });

  it('整改验收意见: the completion, its evidence by digest, and the acceptance', () => {
    const t = viewText(
      itemDoc(
        'item_verification',
        { type: 'completion_verified', accepted: true, reasons: '培训记录齐全。' },
        item({
          completion: {
            at: Date.parse('2027-05-10T16:00:00+08:00'),
            note: '全员培训完成',
            evidence: [{ name: '培训签到表.pdf', sha256: 'cd'.repeat(32) }],
            recordedBy: 'u1',
          },
        }),
      ),
    );
    expect(t).toContain('你单位于2027年5月10日 16时00分（北京时间）报告该整改事项已落实：全员培训完成');
    expect(t).toContain(`培训签到表.pdf（SHA-256 ${'cd'.repeat(8)}…）`);
    expect(t).toContain('已落实到位，予以销号。培训记录齐全。');
  });
});
