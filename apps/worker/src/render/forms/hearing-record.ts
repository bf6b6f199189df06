import { BLANK, chineseDay, documentCited, obj, penaltyParty, personOf, str, strings } from './facts';
import { hearingSubject, hourMinute } from './hearing-notice';
import type { Form, Section } from './view';

/** The sections of the minutes the record prints apart, in the order a hearing runs (第64条(七)). */
const SECTIONS: { key: string; heading: string }[] = [
  { key: 'investigatorsCase', heading: '调查人员提出的违法事实、证据和行政处罚建议' },
  { key: 'partyStatement', heading: '当事人陈述、申辩' },
  { key: 'crossExamination', heading: '质证、辩论' },
  { key: 'finalStatement', heading: '当事人最后陈述' },
];

const paragraphsOf = (text: string) =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * 听证笔录 (行政处罚法 第64条(八)): the record of a held hearing, made from the minutes the chair
 * recorded. It carries no number (DOMAIN §3.6). Each part of the hearing prints from its own field
 * (the investigators' case, the party's statement and defence, the cross-examination, the final
 * statement); minutes recorded before those fields hold one summary, printed as the account instead.
 * The hour, place, 听证员 and 书记员 print when recorded, else as blanks rather than anything made up.
 * Every participant and the chair sign; a refusal to sign is printed as the chair recorded it.
 */
export const hearingRecord: Form = (f, v, texts) => {
  const e = obj(f.event);
  const minutes = obj(e.minutes);
  const subject = hearingSubject(f);
  const chair = personOf(f, obj(e.by).userId || subject.hearing.chair);
  const day = chineseDay(str(minutes.on) || str(e.on));
  const participants = strings(minutes.participants);
  const panel = strings(minutes.panel);
  const recorder = str(minutes.recorder);
  const start = str(minutes.startTime) || str(subject.hearing.time);
  const place = str(minutes.place) || str(subject.hearing.place);
  const summary = paragraphsOf(str(minutes.summary));
  const parts: Section[] = SECTIONS.filter((s) => str(minutes[s.key]).trim()).map((s) => ({
    heading: s.heading,
    paragraphs: paragraphsOf(str(minutes[s.key])),
  }));
  const cited = documentCited(subject.title, subject.number);
  const refusal = minutes.signed === false ? `拒绝签字情况：${str(minutes.refusalNote)}` : null;
  const opening =
    '听证主持人宣布听证开始，核对听证参加人身份，告知当事人享有申请回避、陈述、申辩和质证的权利。';
  const account: Section[] = parts.length
    ? [
        { heading: '听证经过', paragraphs: [opening] },
        ...parts,
        ...(summary.length ? [{ heading: '其他记录', paragraphs: summary }] : []),
      ]
    : [
        {
          heading: '听证经过',
          paragraphs: [
            opening,
            '调查人员提出当事人违法的事实、证据和行政处罚建议，当事人进行陈述、申辩和质证，听证主持人就有关问题进行询问，记录如下：',
            ...summary,
          ],
        },
      ];
  return {
    ...v,
    fields: [
      { label: '案由', value: `${cited}拟给予${subject.intended}的行政处罚` },
      ...penaltyParty(f),
      { label: '听证时间', value: `${day}${hourMinute(start)}至${hourMinute(str(minutes.endTime))}` },
      { label: '听证地点', value: place || BLANK },
      { label: '听证主持人', value: chair.name || BLANK },
      { label: '听证员', value: panel.join('、') || BLANK },
      { label: '书记员', value: recorder || BLANK },
      { label: '听证参加人', value: participants.join('、') || BLANK },
    ],
    sections: [
      ...account,
      { heading: null, paragraphs: [texts.hearingRecordReview, ...(refusal ? [refusal] : [])] },
    ],
    signatures: {
      ...v.signatures,
      officerLabel: '听证主持人',
      officers: [{ name: chair.name, certificateNo: chair.certificateNo }],
      party: { label: '当事人或者其代理人（签字）', refusal: null },
      others: [
        ...participants.map((p) => `听证参加人 ${p}（签字）`),
        ...panel.map((p) => `听证员 ${p}（签字）`),
        recorder ? `书记员 ${recorder}（签字）` : '记录人（签字）',
      ],
      date: day,
    },
  };
};
