import { fillText } from '@safecase/domain';
import { chineseDay, obj, partyOf, penaltyParty, sanctionsText, str } from './facts';
import type { Form } from './view';

/** 行政处罚告知书 (行政处罚法 第44条): facts, reasons, basis, the intended penalty and the rights. */
export const penaltyNotice: Form = (f, v, texts) => {
  const e = obj(f.event);
  const party = partyOf(f);
  const defence = str(e.defenceEnds);
  const paragraphs = [
    `经查，${str(e.facts)}`,
    `以上事实违反了有关安全生产法律法规的规定，依据${str(e.legalBasis)}，本机关拟对你（单位）作出${sanctionsText(e.sanctions, e.fineFen)}的行政处罚。`,
    fillText(texts.noticeRights, { defenceDays: '三日' }) +
      (defence ? `陈述、申辩期限至${chineseDay(defence)}。` : ''),
  ];
  if (e.hearingRight === true) {
    paragraphs.push(
      texts.noticeHearingRight +
        (str(e.hearingRequestEnds) ? `听证申请期限至${chineseDay(str(e.hearingRequestEnds))}。` : ''),
    );
  }
  return {
    ...v,
    addressee: `${party.name}：`,
    fields: penaltyParty(f),
    sections: [{ heading: null, paragraphs }],
  };
};
