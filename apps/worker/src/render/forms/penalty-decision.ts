import { chinaDateOf, fillText, remedyBodies } from '@safecase/domain';
import { chineseDay, list, obj, penaltyParty, sanctionsText, str, strings } from './facts';
import type { Form } from './view';

/**
 * 行政处罚决定书 (行政处罚法 第59条): the party, facts and evidence, the kind and basis, the manner and
 * deadline of performance, the routes and periods for 复议 and 诉讼, the agency and date.
 */
export const penaltyDecision: Form = (f, v, texts) => {
  const e = obj(f.event);
  const record = obj(f.record);
  const { government, superior } = remedyBodies(f.agency.name);
  const evidence = list(record.evidence).map((x) => str(x.description));
  const parentDangers = list(obj(f.parentCase).dangers);
  const evidenceFiles = parentDangers.flatMap((d) => list(d.evidence).map((x) => str(x.name)));
  const notice = obj(record.notice);
  const paragraphs = [
    `违法事实：${str(e.facts)}`,
    `证据：${[...evidence, ...evidenceFiles, notice.servedOn ? `${chineseDay(str(notice.servedOn))}送达的行政处罚告知书及当事人陈述、申辩材料` : ''].filter(Boolean).join('；') || '现场检查记录等案卷材料'}。`,
    `以上事实违反了有关安全生产法律法规的规定。依据${str(e.legalBasis)}，本机关决定对你（单位）给予${sanctionsText(e.sanctions, e.fineFen)}的行政处罚。`,
  ];
  if (strings(e.sanctions).includes('fine')) paragraphs.push(texts.payment);
  paragraphs.push(fillText(texts.decisionRemedy, { government, superior, agency: f.agency.name }));
  paragraphs.push(texts.noSuspension);
  return {
    ...v,
    addressee: null,
    fields: penaltyParty(f),
    sections: [{ heading: null, paragraphs }],
    signatures: { ...v.signatures, date: chineseDay(str(e.decidedOn) || chinaDateOf(f.issuedAt)) },
  };
};
