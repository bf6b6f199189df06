import { chinaDateOf } from '@safecase/domain';
import { BLANK, chineseDay, list, numberOf, obj, partyFields, partyOf, str, type Json } from './facts';
import type { Form, Signatures } from './view';

/** The 第6条 package: as the sending event carries it, else as the transfer record holds it. */
function packageOf(e: Json, record: Json): Json {
  return obj(e.package).investigationReport !== undefined ? obj(e.package) : obj(record.package);
}

/** The reporting team (第5条: two or more), with the certificates the parent case knows them by. */
function teamOf(record: Json, parentCase: Json): Signatures['officers'] {
  const certificates = new Map(
    list(parentCase.officers).map((o) => [str(o.userId), str(o.certificateNo)] as const),
  );
  return list(record.team).map((m) => ({
    name: str(m.displayName) || str(m.username),
    certificateNo: certificates.get(str(m.userId)) ?? '',
  }));
}

function transferFields(f: Parameters<Form>[0]) {
  const record = obj(f.record);
  return [...partyFields(partyOf(f), '涉案单位'), { label: '涉嫌罪名', value: str(record.suspectedOffence) }];
}

/**
 * 涉嫌犯罪案件移送书 (国务院令第310号 第6条, 第8条): the case and the suspected offence, the head's approval,
 * the request to the police, the enclosures of 第6条 (investigation report, inventory of the items,
 * test or appraisal conclusions) and the receipt the police sign (第8条).
 */
export const transferLetter: Form = (f, v, texts) => {
  const e = obj(f.event);
  const record = obj(f.record);
  const pkg = packageOf(e, record);
  const party = partyOf(f);
  const head = obj(record.headDecision);
  const approvedOn = typeof head.at === 'number' ? chineseDay(chinaDateOf(head.at)) : '';
  const items = list(pkg.items);
  const appraisals = list(pkg.appraisals);
  const enclosures = [
    '1. 涉嫌犯罪案件情况的调查报告一份；',
    `2. 涉案物品清单一份（共${items.length}项）；`,
    appraisals.length
      ? `3. 检验报告或者鉴定结论${appraisals.length}份：${appraisals.map((a) => `《${str(a.title)}》`).join('、')}；`
      : '3. 检验报告或者鉴定结论：无；',
    '4. 其他有关涉嫌犯罪的材料（现场检查记录、询问笔录、现场照片等案卷材料复印件）。',
  ];
  return {
    ...v,
    // 第8条: the public security organ it goes to, recorded with the sending.
    addressee: `${str(e.policeOrgan) || str(record.policeOrgan) || `${BLANK}公安局`}：`,
    fields: [
      ...transferFields(f),
      ...(str(e.sentOn) ? [{ label: '移送日期', value: chineseDay(str(e.sentOn)) }] : []),
    ],
    sections: [
      {
        heading: null,
        paragraphs: [
          `${party.name}涉嫌${str(record.suspectedOffence)}一案，经本机关调查，${str(record.facts)}`,
          `本机关认为，该案涉嫌构成${str(record.suspectedOffence)}，依法需要追究刑事责任。${approvedOn ? `经本机关负责人于${approvedOn}批准${numberOf(f, 'transfer_approval') ? `（${numberOf(f, 'transfer_approval')}）` : ''}，` : ''}决定移送你局。`,
          texts.transferRequest,
          texts.transferNoPenalty,
        ],
      },
      { heading: '附件', paragraphs: enclosures },
    ],
    signatures: { ...v.signatures, officers: teamOf(record, obj(f.parentCase)), party: null },
    copies: '本移送书一式两份，一份连同附件送公安机关，一份存档。',
    after: [{ heading: `回执（${f.number}）`, paragraphs: [texts.transferReceipt] }],
  };
};

/** The package goes to the police with the letter (第6条); one copy stays on file. */
const PACKAGE_COPIES = '本文书一式两份，一份随涉嫌犯罪案件移送书送公安机关，一份存档。';

/** 涉嫌犯罪案件情况的调查报告 (第6条第（二）项), written by the team (第5条). */
export const transferInvestigationReport: Form = (f, v) => {
  const record = obj(f.record);
  const pkg = packageOf(obj(f.event), record);
  const team = teamOf(record, obj(f.parentCase));
  return {
    ...v,
    fields: [...transferFields(f), { label: '调查人员', value: team.map((t) => t.name).join('、') }],
    sections: [
      { heading: '案件事实', paragraphs: [str(record.facts)] },
      { heading: '调查情况', paragraphs: str(pkg.investigationReport).split(/\n+/).filter(Boolean) },
    ],
    signatures: { ...v.signatures, officers: team, party: null },
    copies: PACKAGE_COPIES,
  };
};

/** 涉案物品清单 (第6条第（三）项): item by item, with quantities. */
export const transferItemInventory: Form = (f, v) => {
  const record = obj(f.record);
  const items = list(packageOf(obj(f.event), record).items);
  return {
    ...v,
    fields: transferFields(f),
    sections: [
      {
        heading: null,
        paragraphs: [items.length ? '随案移送的涉案物品如下：' : '本案无随案移送的涉案物品。'],
        table: items.length
          ? {
              columns: ['序号', '物品名称', '数量'],
              rows: items.map((i, n) => [String(n + 1), str(i.item), str(i.quantity)]),
            }
          : undefined,
      },
    ],
    signatures: {
      ...v.signatures,
      officers: teamOf(record, obj(f.parentCase)),
      party: null,
      others: ['接收人（签名）'],
    },
    copies: PACKAGE_COPIES,
  };
};

/** 检验报告或者鉴定结论 (第6条第（四）项): the Nth of the package (its key `transfer_appraisal:N`). */
export const transferAppraisal: Form = (f, v) => {
  const record = obj(f.record);
  const n = Number(f.key.split(':')[1] ?? '1');
  const appraisal = list(packageOf(obj(f.event), record).appraisals)[n - 1] ?? {};
  return {
    ...v,
    fields: [...transferFields(f), { label: '名称', value: str(appraisal.title) }],
    sections: [{ heading: '检验或者鉴定结论', paragraphs: [str(appraisal.conclusion)] }],
    signatures: { ...v.signatures, officers: teamOf(record, obj(f.parentCase)), party: null },
    copies: PACKAGE_COPIES,
  };
};
