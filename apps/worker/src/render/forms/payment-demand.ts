import { chinaDateOf } from '@safecase/domain';
import { chineseDay, list, numberOf, obj, penaltyParty, sanctionsText, str, yuan } from './facts';
import type { Form } from './view';

/**
 * What is owed on the demand's day. The demand event carries it when the procedure computed it
 * (`owed`, the same sum a payment must match); an older event does not, and then only what the record
 * itself proves is printed: the fine, any continuing fines, and the surcharge once it reached its cap.
 */
function owedLines(e: Record<string, unknown>, record: Record<string, unknown>, asOf: string): string[] {
  const decision = obj(record.decision);
  const fineFen = Number(decision.fineFen) || 0;
  const owed = obj(e.owed);
  const continuingFen = list(record.continuingFines).reduce((n, c) => n + (Number(c.totalFen) || 0), 0);
  const lines = [`1. 罚款${yuan(fineFen)}；`];
  if (typeof owed.totalFen === 'number') {
    const days = Number(owed.surchargeDays) || 0;
    lines.push(
      `2. 加处罚款${yuan(Number(owed.surchargeFen) || 0)}（自缴款期限届满之次日起每日按罚款数额的百分之三计算，共${days}日${owed.surchargeCapped === true ? '，已达罚款数额' : ''}，加处罚款的数额不超出罚款的数额）；`,
    );
    if (Number(owed.continuingFinesFen) > 0)
      lines.push(`3. 按日连续处罚罚款${yuan(Number(owed.continuingFinesFen))}；`);
    lines.push(`截至${chineseDay(str(owed.asOf) || asOf)}，合计${yuan(owed.totalFen)}。`);
    return lines;
  }
  const capped = str(record.surchargeCappedOn);
  if (capped && capped <= asOf) {
    lines.push(`2. 加处罚款${yuan(fineFen)}（已于${chineseDay(capped)}达到罚款数额，不再增加）；`);
    if (continuingFen > 0) lines.push(`3. 按日连续处罚罚款${yuan(continuingFen)}；`);
    lines.push(`合计${yuan(2 * fineFen + continuingFen)}。`);
    return lines;
  }
  lines.push(
    `2. 加处罚款：自缴款期限届满之次日起每日按罚款数额的百分之三计算至缴清之日，加处罚款的数额不超出罚款的数额（至多${yuan(fineFen)}）；`,
  );
  if (continuingFen > 0) lines.push(`3. 按日连续处罚罚款${yuan(continuingFen)}。`);
  return lines;
}

/**
 * 催告书 (行政强制法 第35条): the deadline and manner of performance, the amount owed (fine and
 * surcharge, in yuan) and the party's right of statement and defence. The decision is named by its
 * number, as frozen when the demand was issued.
 */
export const paymentDemand: Form = (f, v, texts) => {
  const e = obj(f.event);
  const record = obj(f.record);
  const decision = obj(record.decision);
  const service = obj(record.service);
  const asOf = str(e.servedOn) || chinaDateOf(f.issuedAt);
  const decided = str(decision.decidedOn);
  const served = str(service.effectiveOn) || str(service.servedOn);
  const party = penaltyParty(f);
  const decisionNo = numberOf(f, 'penalty_decision');
  return {
    ...v,
    addressee: `${party[0]?.value ?? ''}：`,
    fields: party,
    sections: [
      {
        heading: null,
        paragraphs: [
          `本机关${decided ? `于${chineseDay(decided)}` : ''}对你（单位）作出行政处罚决定${decisionNo ? `（${decisionNo}）` : ''}，给予${sanctionsText(decision.sanctions, decision.fineFen)}的行政处罚${served ? `，该决定书已于${chineseDay(served)}送达` : ''}。你（单位）在规定期限内未履行缴纳罚款的义务。`,
          '你（单位）应当缴纳的款项如下：',
          ...owedLines(e, record, asOf),
          texts.demandPerformance,
          texts.demandRights,
        ],
      },
    ],
  };
};
