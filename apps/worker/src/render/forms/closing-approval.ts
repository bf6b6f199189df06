import { chinaDateOf } from '@safecase/domain';
import { chineseDay, list, obj, penaltyParty, sanctionsText, str, yuan } from './facts';
import type { Field, Form } from './view';

const OUTCOME: Record<string, string> = {
  upheld: '维持',
  changed: '变更',
  revoked: '撤销',
  withdrawn: '撤回',
};

/** How the decision was carried out: paid (with any surcharge), handed to the court, or nothing owed. */
function execution(record: Record<string, unknown>): string {
  const payment = obj(record.payment);
  const court = obj(record.courtApplication);
  if (str(payment.paidOn))
    return `已于${chineseDay(str(payment.paidOn))}缴纳${yuan(Number(payment.amountFen) || 0)}（其中加处罚款${yuan(Number(payment.surchargeFen) || 0)}）`;
  if (str(court.filedOn)) return `已于${chineseDay(str(court.filedOn))}申请人民法院强制执行`;
  if (record.decisionStatus === 'revoked') return '处罚决定已被撤销';
  return '无须缴纳款项';
}

/**
 * 结案审批表 (行政处罚法 第47条: the whole process on record): the case, the decision and its service,
 * how it was carried out, publication and remedies, the reason for closing, the approval and by whom.
 */
export const closingApproval: Form = (f, v) => {
  const e = obj(f.event);
  const record = obj(f.record);
  const filing = obj(record.filing);
  const decision = obj(record.decision);
  const service = obj(record.service);
  const publication = obj(record.publication);
  const remedies = list(record.remedies);
  const fields: Field[] = [
    ...penaltyParty(f),
    ...(str(record.facts) ? [{ label: '案由', value: str(record.facts) }] : []),
    ...(str(filing.on) ? [{ label: '立案日期', value: chineseDay(str(filing.on)) }] : []),
    ...(str(decision.decidedOn)
      ? [
          {
            label: '处罚决定',
            value: `${chineseDay(str(decision.decidedOn))}决定给予${sanctionsText(decision.sanctions, decision.fineFen)}`,
          },
        ]
      : []),
    ...(str(service.effectiveOn) ? [{ label: '送达日期', value: chineseDay(str(service.effectiveOn)) }] : []),
    { label: '执行情况', value: execution(record) },
    ...(str(publication.publishedOn)
      ? [
          {
            label: '公示',
            value: `${chineseDay(str(publication.publishedOn))}公示${str(publication.withdrawnOn) ? `，${chineseDay(str(publication.withdrawnOn))}撤下` : ''}`,
          },
        ]
      : []),
    {
      label: '行政复议、行政诉讼',
      value: remedies.length
        ? remedies
            .map(
              (r) =>
                `${r.kind === 'lawsuit' ? '行政诉讼' : '行政复议'}（${chineseDay(str(r.filedOn))}提出${str(r.outcome) ? `，${OUTCOME[str(r.outcome)] ?? str(r.outcome)}` : ''}）`,
            )
            .join('；')
        : '无',
    },
  ];
  const by = obj(e.by);
  return {
    ...v,
    fields,
    sections: [
      { heading: '结案理由', paragraphs: [str(obj(record.closing).reason) || '（未记录）'] },
      {
        heading: '审批意见',
        paragraphs: [
          `${e.approved === false ? '不同意结案' : '同意结案'}${str(e.note) ? `：${str(e.note)}` : '。'}`,
          `审批人：${str(by.username) || '（未记录）'}\u3000审批日期：${chineseDay(chinaDateOf(f.issuedAt))}`,
        ],
      },
    ],
    signatures: { ...v.signatures, officerLabel: '承办人', party: null, others: ['审批人（签名）'] },
  };
};
