import { chinaDateOf } from '@safecase/domain';
import { accidentSentence } from './accident';
import { BLANK, chineseDay, chineseInstant, list, obj, str } from './facts';
import type { Field, Form } from './view';

/** One rectification measure of an accident (安全生产法 第86条): what, by whom, by when. */
function itemFields(item: Record<string, unknown>): Field[] {
  return [
    { label: '整改事项编号', value: str(item.itemId) },
    { label: '整改和防范措施', value: str(item.measure) },
    { label: '责任单位', value: str(item.responsibleUnit) },
    ...(str(item.creditCode) ? [{ label: '统一社会信用代码', value: str(item.creditCode) }] : []),
    { label: '完成期限', value: chineseDay(str(item.deadline)) },
  ];
}

/** The accident the item belongs to, when its record was frozen with the item's (an older one was not). */
const accidentLine = (f: Parameters<Form>[0]) =>
  f.parentRecord && obj(f.parentRecord).unit ? [accidentSentence(obj(f.parentRecord))] : [];

/**
 * What each rung of the overdue ladder says, and to whom. The summons' place and the referral's
 * addressee print when the item was added with them; the summons' hour is never recorded (the rung is
 * reached by the clock), so it stays a blank the officer fills in, like anything else not recorded.
 */
const RUNGS: Record<
  string,
  { rung: string; action: (item: Record<string, unknown>) => string; toUnit: boolean }
> = {
  circulated_notice: { rung: 'notice', action: () => '现予以通报，责令你单位立即落实。', toUnit: true },
  summons: {
    rung: 'summons',
    action: (item) =>
      `本机关决定约谈你单位主要负责人，约谈时间：${BLANK}，约谈地点：${str(item.summonsPlace) || BLANK}。请按时参加并说明未落实的原因和整改安排。`,
    toUnit: true,
  },
  listed_supervision: {
    rung: 'listed',
    action: () =>
      '本机关决定对该整改事项挂牌督办，并向社会公布；你单位应当在督办期间落实整改，并书面报告落实情况。',
    toUnit: true,
  },
  accountability_referral: {
    rung: 'accountability',
    action: () =>
      '经提醒、通报、约谈和挂牌督办，该整改事项仍未落实。现将有关情况移送，建议依法依规追究有关单位和人员的责任。',
    toUnit: false,
  },
};

/** 通报 / 约谈通知书 / 挂牌督办通知书 / 问责移送函: an overdue item, each rung in turn. */
export const itemRung: Form = (f, v) => {
  const item = obj(f.record);
  const e = obj(f.event);
  const rung = RUNGS[f.documentType]!;
  const reached = list(item.rungs).find((r) => r.rung === rung.rung);
  const on = str(e.on) || str(reached?.on) || chinaDateOf(f.issuedAt);
  const progress = list(item.progress).map((p) => `${chineseDay(chinaDateOf(Number(p.at)))}：${str(p.note)}`);
  return {
    ...v,
    addressee: rung.toUnit ? `${str(item.responsibleUnit)}：` : `${str(item.referralAddressee) || BLANK}：`,
    fields: itemFields(item),
    sections: [
      {
        heading: null,
        paragraphs: [
          ...accidentLine(f),
          `根据事故调查报告的批复，${str(item.responsibleUnit)}应当于${chineseDay(str(item.deadline))}前落实整改和防范措施：${str(item.measure)}。截至${chineseDay(on)}，该措施仍未落实完毕。`,
          progress.length ? `已报告的进展：${progress.join('；')}。` : '责任单位未报告落实进展。',
          rung.action(item),
        ],
      },
    ],
    signatures: { ...v.signatures, party: rung.toUnit ? v.signatures.party : null },
  };
};

/** 整改验收意见 (安全生产法 第86条): the completion reported, its evidence, and the verification. */
export const itemVerification: Form = (f, v) => {
  const item = obj(f.record);
  const e = obj(f.event);
  const completion = obj(item.completion);
  const evidence = list(completion.evidence).map(
    (x) => `${str(x.name)}（SHA-256 ${str(x.sha256).slice(0, 16)}…）`,
  );
  return {
    ...v,
    addressee: `${str(item.responsibleUnit)}：`,
    fields: itemFields(item),
    sections: [
      {
        heading: null,
        paragraphs: [
          ...accidentLine(f),
          typeof completion.at === 'number'
            ? `你单位于${chineseInstant(completion.at)}报告该整改事项已落实：${str(completion.note)}`
            : '',
          evidence.length ? `证明材料：${evidence.join('；')}。` : '',
          `经验收，该整改和防范措施已落实到位，予以销号。${str(e.reasons)}`,
        ].filter(Boolean),
      },
    ],
  };
};

export const ITEM_FORMS: Record<string, Form> = {
  circulated_notice: itemRung,
  summons: itemRung,
  listed_supervision: itemRung,
  accountability_referral: itemRung,
  item_verification: itemVerification,
};
