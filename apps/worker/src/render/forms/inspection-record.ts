import { chineseInstant, list, obj, partyFields, partyOf, SEVERITY, str } from './facts';
import type { Form } from './view';

/** 现场检查记录 (安全生产法 第68条): officers and certificates, times, place, findings and handling. */
export const inspectionRecord: Form = (f, v, texts) => {
  const e = obj(f.event);
  const party = partyOf(f);
  const findings = list(e.findings);
  const refused = e.unitRefusedToSign === true;
  const officers = list(e.officers).map((o) => `${str(o.displayName)}（执法证号 ${str(o.certificateNo)}）`);
  return {
    ...v,
    fields: [
      ...partyFields(party),
      { label: '检查场所', value: str(e.place) },
      { label: '检查开始时间', value: chineseInstant(Number(e.inspectedAt)) },
      { label: '检查结束时间', value: chineseInstant(f.issuedAt) },
      { label: '执法人员', value: officers.join('、') },
    ],
    sections: [
      {
        heading: '检查情况',
        paragraphs: [
          `我局执法人员出示执法证件，表明身份，告知当事人依法享有的权利后，依据${texts.basis.inspection_record ?? '有关法律'}对${party.name}进行现场检查。`,
        ],
      },
      {
        heading: '发现的问题及处理情况',
        paragraphs: findings.length
          ? findings.map((d, i) => {
              const evidence = list(d.evidence)
                .map((x) => `${str(x.name)}（SHA-256 ${str(x.sha256).slice(0, 16)}…）`)
                .join('；');
              return (
                `${i + 1}. ${str(d.description)}（${SEVERITY[str(d.severity)] ?? str(d.severity)}；依据：${str(d.legalBasis)}）` +
                (evidence ? `。证据：${evidence}` : '')
              );
            })
          : ['未发现事故隐患。'],
      },
    ],
    signatures: {
      ...v.signatures,
      party: {
        label: '被检查单位负责人（签字）',
        refusal: refused
          ? `${texts.refusalLine}${str(e.refusalNote) ? `说明：${str(e.refusalNote)}` : ''}`
          : null,
      },
    },
  };
};
