import { fillText, remedyBodies } from '@safecase/domain';
import { chineseDay, list, obj, partyOf, str, strings } from './facts';
import type { Form } from './view';

/** 责令限期整改指令书 (安全生产法 第65条): the hidden dangers, the deadline, the instructions. */
export const rectificationOrder: Form = (f, v, texts) => {
  const e = obj(f.event);
  const record = obj(f.record);
  const party = partyOf(f);
  const corrected = new Set(strings(e.correctedOnSite));
  const dangers = list(record.dangers).filter((d) => !corrected.has(str(d.id)));
  const { government } = remedyBodies(f.agency.name);
  return {
    ...v,
    addressee: `${party.name}：`,
    sections: [
      {
        heading: null,
        paragraphs: [
          `经查，你单位存在下列事故隐患（问题）：`,
          ...dangers.map((d, i) => `${i + 1}. ${str(d.description)}（依据：${str(d.legalBasis)}）`),
          `依据${texts.basis.rectification_order ?? '《中华人民共和国安全生产法》'}的规定，现责令你单位于${chineseDay(str(e.deadline))}前整改完毕，达到有关法律法规规章和标准规定的要求。${str(e.instructions)}`,
          '整改期间，你单位应当采取措施，确保安全。整改完毕后，请于期限届满前向本机关书面报告整改情况，本机关将依法进行复查。',
          fillText(texts.measureRemedy, {
            government,
            agency: f.agency.name,
            superior: '上一级应急管理部门',
          }),
        ],
      },
    ],
  };
};
