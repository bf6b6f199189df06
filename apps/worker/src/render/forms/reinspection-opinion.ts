import { chinaDateOf, termText } from '@safecase/domain';
import {
  chineseDay,
  chineseInstant,
  documentCited,
  list,
  numberOf,
  obj,
  partyFields,
  partyOf,
  SEVERITY,
  str,
  type Json,
} from './facts';
import type { Form } from './view';

/**
 * The measures this re-inspection ends: when every hidden danger is rectified the same command lifts
 * those still in force (安全生产法 第70条, 行政强制法 第28条), whether or not the frozen record already
 * shows them lifted.
 */
function liftedWith(record: Json, at: number): string[] {
  return list(record.measures)
    .filter(
      (m) =>
        m.status === 'in_force' ||
        m.status === 'noticed' ||
        (m.status === 'lifted' && m.liftedAt === at && m.liftReason === 'hidden dangers rectified'),
    )
    .map((m) => `${termText(str(m.kind), 'zh')}（${str(m.id)}）`);
}

/**
 * 整改复查意见书 (安全生产法 第65条): the order it follows up, the unit's report, each hidden danger and
 * whether it was rectified, and what follows: closing out (销号), or the handling of those that were not.
 */
export const reinspectionOpinion: Form = (f, v, texts) => {
  const e = obj(f.event);
  const record = obj(f.record);
  const party = partyOf(f);
  const results = list(e.results);
  const dangers = new Map(list(record.dangers).map((d) => [str(d.id), d] as const));
  const order = obj(record.order);
  const orderNo = numberOf(f, 'rectification_order');
  const reportOn = str(record.rectificationReportOn);
  const at = typeof e.at === 'number' ? e.at : f.issuedAt;
  const open = results.filter((r) => r.rectified !== true);
  const lifted = open.length ? [] : liftedWith(record, at);
  const opening = [
    typeof order.issuedAt === 'number'
      ? `本机关于${chineseDay(chinaDateOf(order.issuedAt))}以${documentCited('责令限期整改指令书', orderNo)}责令你单位`
      : '本机关责令你单位',
    str(order.deadline) ? `于${chineseDay(str(order.deadline))}前` : '',
    `整改下列事故隐患${order.extended === true ? '（整改期限经批准延长）' : ''}。`,
    reportOn ? `你单位于${chineseDay(reportOn)}报告了整改情况。` : '',
    `本机关执法人员于${chineseInstant(at)}进行了复查，复查情况如下：`,
  ].join('');
  const rows = results.map((r, i) => {
    const d = dangers.get(str(r.dangerId)) ?? {};
    const severity = SEVERITY[str(d.severity)] ?? '';
    return [
      String(i + 1),
      `${str(d.description) || str(r.dangerId)}${severity ? `（${severity}）` : ''}`,
      r.rectified === true ? '已整改' : '未整改',
      str(r.note),
    ];
  });
  const followUp = open.length
    ? [
        `经复查，${open.map((r) => str(obj(dangers.get(str(r.dangerId))).description) || str(r.dangerId)).join('；')}未整改完毕。`,
        texts.reinspectionUnrectified,
      ]
    : [
        texts.reinspectionRectified,
        ...(lifted.length ? [`本机关此前采取的${lifted.join('、')}予以解除。`] : []),
      ];
  return {
    ...v,
    addressee: `${party.name}：`,
    fields: partyFields(party),
    sections: [
      {
        heading: null,
        paragraphs: [opening],
        table: { columns: ['序号', '事故隐患', '复查结论', '复查情况'], rows },
      },
      { heading: '复查意见', paragraphs: followUp },
    ],
    signatures: { ...v.signatures, party: { label: '被复查单位负责人（签收）', refusal: null } },
  };
};
