import { chinaDateOf } from '@safecase/domain';
import { chineseDay, chineseInstant, list, obj, str, strings, type Json } from './facts';
import type { Field, Form } from './view';

const GRADES: Record<string, string> = {
  GENERAL: '一般事故',
  LARGER: '较大事故',
  MAJOR: '重大事故',
  ESPECIALLY_MAJOR: '特别重大事故',
};
const CATEGORIES: Record<string, string> = {
  road_traffic: '道路交通',
  fire: '火灾',
  other: '生产安全',
};

/** 国务院令第493号 第3条: the grade follows deaths (and missing, as the rulebook counts them), injuries, loss. */
function casualtyText(a: Json): string {
  const parts = [`死亡${Number(a.deaths) || 0}人`];
  if (Number(a.missing) > 0) parts.push(`下落不明${Number(a.missing)}人`);
  parts.push(`重伤${Number(a.seriousInjuries) || 0}人`, `直接经济损失${Number(a.directLossYuan) || 0}元`);
  return parts.join('、');
}

/** The accident in one sentence, from its record: when, which unit, what kind, its toll and grade. */
export function accidentSentence(a: Json): string {
  const when = typeof a.occurredAt === 'number' ? chineseInstant(a.occurredAt) : '';
  const unit = str(obj(a.unit).name);
  const kind = CATEGORIES[str(a.category)] ?? '生产安全';
  return `${when}，${unit}发生一起${kind}事故，造成${casualtyText(a)}，按照《生产安全事故报告和调查处理条例》第三条的规定，属${GRADES[str(a.grade)] ?? str(a.grade)}。`;
}

export function accidentFields(a: Json): Field[] {
  const unit = obj(a.unit);
  return [
    { label: '事故发生单位', value: str(unit.name) },
    ...(str(unit.creditCode) ? [{ label: '统一社会信用代码', value: str(unit.creditCode) }] : []),
    ...(typeof a.occurredAt === 'number'
      ? [{ label: '事故发生时间', value: chineseInstant(a.occurredAt) }]
      : []),
    ...(str(a.location) ? [{ label: '事故发生地（行政区划代码）', value: str(a.location) }] : []),
    { label: '事故等级', value: GRADES[str(a.grade)] ?? str(a.grade) },
    { label: '人员伤亡和直接经济损失', value: casualtyText(a) },
  ];
}

/** 事故调查组成立通知 (国务院令第493号 第19条, 第22条, 第25–26条): the accident, the team, its duties. */
export const investigationTeam: Form = (f, v, texts) => {
  const a = obj(f.record);
  const e = obj(f.event);
  const team = obj(a.team);
  const leader = str(e.leader) || str(team.leader);
  const members = strings(e.members).length ? strings(e.members) : strings(team.members);
  const formedOn = str(e.formedOn) || str(team.formedOn);
  return {
    ...v,
    fields: [
      ...accidentFields(a),
      { label: '调查组组长', value: leader },
      { label: '调查组成员', value: members.join('、') },
      ...(formedOn ? [{ label: '成立日期', value: chineseDay(formedOn) }] : []),
    ],
    sections: [
      {
        heading: null,
        paragraphs: [
          accidentSentence(a),
          `${str(a.summary)}`,
          `依据${texts.basis.investigation_team ?? '《生产安全事故报告和调查处理条例》'}的规定，决定成立事故调查组，由${leader}任组长，${members.join('、')}为成员，对该起事故进行调查。`,
          texts.accidentTeamDuty,
        ].filter(Boolean),
      },
    ],
    signatures: { ...v.signatures, party: null },
  };
};

/** 延长事故调查期限 (第29条) / 延长批复期限 (第32条) 审批表: the request, its reason and the decision. */
function extensionForm(clock: 'report' | 'approval'): Form {
  return (f, v) => {
    const a = obj(f.record);
    const e = obj(f.event);
    const ext = obj(clock === 'report' ? a.reportExtension : a.approvalExtension);
    const what = clock === 'report' ? '事故调查报告的提交期限' : '事故调查报告的批复期限';
    return {
      ...v,
      fields: [
        ...accidentFields(a),
        { label: '申请延长的期限', value: `${Number(ext.days) || 0}日` },
        { label: '申请理由', value: str(ext.reason) },
        { label: '审批意见', value: `${e.approved === false ? '不同意' : '同意'}。${str(e.note)}` },
      ],
      sections: [
        {
          heading: null,
          paragraphs: [accidentSentence(a), `经批准，${what}延长${Number(ext.days) || 0}日。`],
        },
      ],
      signatures: { ...v.signatures, party: null, others: ['批准人（签名）'] },
    };
  };
}
export const reportExtension = extensionForm('report');
export const approvalExtension = extensionForm('approval');

/** 事故调查报告批复 (第32–34条): the report received, the approval and what follows from it. */
export const accidentApproval: Form = (f, v, texts) => {
  const a = obj(f.record);
  const e = obj(f.event);
  const report = obj(a.report);
  const approvedOn = str(e.approvedOn) || str(obj(a.approval).approvedOn) || chinaDateOf(f.issuedAt);
  const leader = str(obj(a.team).leader);
  return {
    ...v,
    fields: accidentFields(a),
    sections: [
      {
        heading: null,
        paragraphs: [
          `${leader ? `以${leader}为组长的` : ''}事故调查组${str(report.submittedOn) ? `于${chineseDay(str(report.submittedOn))}` : ''}提交的事故调查报告收悉。`,
          accidentSentence(a),
          ...(str(report.summary) ? [`调查报告认定：${str(report.summary)}`] : []),
          `经研究，批复如下：${str(e.note) || '同意该事故调查报告。'}`,
          texts.accidentApprovalDuty,
        ],
      },
    ],
    signatures: { ...v.signatures, party: null, date: chineseDay(approvedOn) },
  };
};

/** 事故整改通知书 (安全生产法 第86条): one measure, its responsible unit and deadline, the duty to report. */
export const accidentRectificationNotice: Form = (f, v, texts) => {
  const a = obj(f.record);
  const item = obj(obj(f.event).item);
  return {
    ...v,
    addressee: `${str(item.responsibleUnit)}：`,
    fields: [
      { label: '整改事项编号', value: str(item.itemId) },
      { label: '整改和防范措施', value: str(item.measure) },
      { label: '责任单位', value: str(item.responsibleUnit) },
      { label: '完成期限', value: chineseDay(str(item.deadline)) },
    ],
    sections: [
      {
        heading: null,
        paragraphs: [
          accidentSentence(a),
          `根据事故调查报告及其批复${str(obj(a.approval).approvedOn) ? `（${chineseDay(str(obj(a.approval).approvedOn))}）` : ''}，你单位应当落实下列整改和防范措施：${str(item.measure)}，完成期限为${chineseDay(str(item.deadline))}。`,
          texts.accidentItemDuty,
        ],
      },
    ],
  };
};

const ITEM_STATUS: Record<string, string> = { open: '未落实', done: '已落实', referred: '已移送问责' };

/** 事故整改和防范措施落实情况评估报告 (安全生产法 第86条): each measure, its state, the result. */
export const accidentEvaluation: Form = (f, v) => {
  const a = obj(f.record);
  const e = obj(f.event);
  const items = list(a.items);
  const referred = strings(e.referred);
  const approvedOn = str(obj(a.approval).approvedOn);
  return {
    ...v,
    fields: [
      ...accidentFields(a),
      ...(approvedOn ? [{ label: '事故调查报告批复日期', value: chineseDay(approvedOn) }] : []),
      ...(str(e.evaluatedOn) ? [{ label: '评估日期', value: chineseDay(str(e.evaluatedOn)) }] : []),
    ],
    sections: [
      {
        heading: '整改和防范措施落实情况',
        paragraphs: [accidentSentence(a)],
        table: {
          columns: ['编号', '整改和防范措施', '责任单位', '完成期限', '落实情况'],
          rows: items.map((i) => [
            str(i.itemId),
            str(i.measure),
            str(i.responsibleUnit),
            chineseDay(str(i.deadline)),
            referred.includes(str(i.itemId))
              ? '未落实，移送问责'
              : (ITEM_STATUS[str(i.status)] ?? str(i.status)),
          ]),
        },
      },
      {
        heading: '评估结论',
        paragraphs: [
          str(e.result),
          referred.length
            ? `评估时仍未落实的整改事项（${referred.join('、')}）依法移送有关机关追究责任。`
            : '批复要求的整改和防范措施已全部落实。',
          '评估结果依法向社会公开（《中华人民共和国安全生产法》第八十六条）。',
        ],
      },
    ],
    signatures: { ...v.signatures, party: null },
  };
};

export const ACCIDENT_FORMS: Record<string, Form> = {
  investigation_team: investigationTeam,
  report_extension: reportExtension,
  approval_extension: approvalExtension,
  approval: accidentApproval,
  rectification_notice: accidentRectificationNotice,
  evaluation: accidentEvaluation,
};
