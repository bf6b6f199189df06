import { BLANK, chineseDay, documentCited, obj, penaltyParty, personOf, str, strings } from './facts';
import { hearingSubject } from './hearing-notice';
import type { Form } from './view';

/**
 * 听证笔录 (行政处罚法 第64条(八)): the record of a held hearing, made from the minutes the chair
 * recorded. It carries no number (DOMAIN §3.6). The minutes hold the day, the participants and one
 * account of what the investigators put forward and what the party stated, defended and questioned;
 * the hour and the place are not recorded, so they print as blanks rather than anything made up.
 * Every participant and the chair sign; a refusal to sign is printed as the chair recorded it.
 */
export const hearingRecord: Form = (f, v, texts) => {
  const e = obj(f.event);
  const minutes = obj(e.minutes);
  const subject = hearingSubject(f);
  const chair = personOf(f, obj(e.by).userId || subject.hearing.chair);
  const day = chineseDay(str(minutes.on) || str(e.on));
  const participants = strings(minutes.participants);
  const summary = str(minutes.summary)
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const cited = documentCited(subject.title, subject.number);
  const refusal = minutes.signed === false ? `拒绝签字情况：${str(minutes.refusalNote)}` : null;
  return {
    ...v,
    fields: [
      { label: '案由', value: `${cited}拟给予${subject.intended}的行政处罚` },
      ...penaltyParty(f),
      { label: '听证时间', value: `${day}${BLANK}时${BLANK}分至${BLANK}时${BLANK}分` },
      { label: '听证地点', value: BLANK },
      { label: '听证主持人', value: chair.name || BLANK },
      { label: '听证参加人', value: participants.join('、') || BLANK },
    ],
    sections: [
      {
        heading: '听证经过',
        paragraphs: [
          `听证主持人宣布听证开始，核对听证参加人身份，告知当事人享有申请回避、陈述、申辩和质证的权利。`,
          '调查人员提出当事人违法的事实、证据和行政处罚建议，当事人进行陈述、申辩和质证，听证主持人就有关问题进行询问，记录如下：',
          ...summary,
        ],
      },
      { heading: null, paragraphs: [texts.hearingRecordReview, ...(refusal ? [refusal] : [])] },
    ],
    signatures: {
      ...v.signatures,
      officerLabel: '听证主持人',
      officers: [{ name: chair.name, certificateNo: chair.certificateNo }],
      party: { label: '当事人或者其代理人（签字）', refusal: null },
      others: [...participants.map((p) => `听证参加人 ${p}（签字）`), '记录人（签字）'],
      date: day,
    },
  };
};
