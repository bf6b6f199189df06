import { chinaDateOf, fillText, remedyBodies } from '@safecase/domain';
import type { DocumentFacts } from '@safecase/persistence';
import {
  chineseDay,
  chineseInstant,
  list,
  obj,
  partyFields,
  partyOf,
  SEVERITY,
  str,
  strings,
  type Json,
} from './facts';
import type { Form, Section } from './view';

/**
 * The measure a 查封扣押决定书 or its 清单 is about: the one the issuing event carries (an emergency
 * seizure, 行政强制法 第19条) or the one the approval names, as the case record holds it. The key
 * (`seizure_decision:M1`) names it too.
 */
function measureOf(f: DocumentFacts): Json {
  const e = obj(f.event);
  if (obj(e.measure).id) return obj(e.measure);
  const id = str(e.measureId) || (f.key.split(':')[1] ?? '');
  return list(obj(f.record).measures).find((m) => str(m.id) === id) ?? {};
}

/** 第24条第（三）项: the places, facilities or things, with their quantity, item by item. */
function inventoryTable(measure: Json): NonNullable<Section['table']> {
  return {
    columns: ['序号', '场所、设施、财物名称', '数量'],
    rows: list(measure.inventory).map((i, n) => [String(n + 1), str(i.item), str(i.quantity)]),
  };
}

/**
 * 查封扣押决定书 (行政强制法 第24条): the party's name and address; the reasons, basis and term; the
 * places, facilities or things with their quantity; the routes and periods for 复议 and 诉讼; the
 * agency, its seal and the date. An emergency seizure says it was taken on the spot (第19条).
 */
export const seizureDecision: Form = (f, v, texts) => {
  const record = obj(f.record);
  const measure = measureOf(f);
  const party = partyOf(f);
  const ids = new Set(strings(measure.dangerIds));
  const dangers = list(record.dangers).filter((d) => ids.has(str(d.id)));
  const { government, superior } = remedyBodies(f.agency.name);
  const emergency = measure.emergency === true && typeof measure.effectiveAt === 'number';
  const paragraphs = [
    '经查，你单位存在下列情形：',
    ...dangers.map(
      (d, i) =>
        `${i + 1}. ${str(d.description)}（${SEVERITY[str(d.severity)] ?? str(d.severity)}；依据：${str(d.legalBasis)}）`,
    ),
    `查封、扣押的理由：${str(measure.reason)}`,
    `依据${texts.basis.seizure_decision ?? '《中华人民共和国行政强制法》第二十四条'}的规定，本机关决定对你单位下列场所、设施、财物予以查封、扣押（清单一式两份，随本决定书交付）：`,
  ];
  const after = [
    ...(emergency
      ? [fillText(texts.seizureEmergency, { takenAt: chineseInstant(Number(measure.effectiveAt)) })]
      : []),
    texts.seizureTerm,
    texts.seizureCustody,
    fillText(texts.measureRemedy, { government, superior, agency: f.agency.name }),
  ];
  return {
    ...v,
    addressee: `${party.name}：`,
    fields: partyFields(party, '当事人'),
    sections: [
      { heading: null, paragraphs, table: inventoryTable(measure) },
      { heading: null, paragraphs: after },
    ],
  };
};

/** 查封扣押场所、设施、财物清单 (第24条第二款): the items, checked and signed by the party. */
export const seizureInventory: Form = (f, v) => {
  const measure = measureOf(f);
  const party = partyOf(f);
  const on = chineseDay(chinaDateOf(f.issuedAt));
  return {
    ...v,
    fields: partyFields(party, '当事人'),
    sections: [
      {
        heading: null,
        paragraphs: [
          `本机关于${on}依法对你单位作出查封、扣押决定（${measure.emergency === true ? '当场实施，' : ''}见同日的查封扣押决定书），查封、扣押下列场所、设施、财物：`,
        ],
        table: inventoryTable(measure),
      },
      { heading: null, paragraphs: ['以上清单经当事人核对无误，由当事人和执法人员签名。'] },
    ],
    signatures: { ...v.signatures, party: { label: '当事人（签名）', refusal: null } },
  };
};
