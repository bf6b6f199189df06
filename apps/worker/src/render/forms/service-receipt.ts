import { documentName } from '@safecase/domain';
import { chineseDay, chineseInstant, list, obj, partyOf, str } from './facts';
import type { Field, Form } from './view';

/** 送达方式 (行政处罚法 第61条, 民事诉讼法 第87–95条), as the service record names them. */
export const SERVICE_METHOD_NAMES: Record<string, string> = {
  direct: '直接送达',
  left: '留置送达',
  entrusted: '委托送达',
  mail: '邮寄送达',
  public_notice: '公告送达',
  electronic: '电子送达',
};

/**
 * 送达回证: which document reached whom, how (in Chinese), who received it and in what capacity, when
 * (北京时间), the witness or photo digest of a 留置, the entrusted agency, the mail receipt's date, the
 * consent to electronic service, and the instant the service took effect (the party-side periods start
 * from its day). Its facts are the issuing event's `service` (a ServiceRecord) and `servedDocument`.
 */
export const serviceReceipt: Form = (f, v, texts) => {
  const e = obj(f.event);
  const s = obj(e.service);
  const served = obj(e.servedDocument);
  const method = str(s.method);
  const party = partyOf(f);
  // A service that handed over more than one document (a 听证告知书 with its 告知书) lists each.
  const servedDocuments = [served, ...list(e.alsoServed)]
    .map((d) => [str(d.type) ? documentName(str(d.type), 'zh') : '', str(d.number)].filter(Boolean).join(' '))
    .filter(Boolean);
  const fields: Field[] = [
    { label: '送达文书名称及文号', value: servedDocuments.join('；') },
    { label: '受送达人', value: party.name },
    ...(party.address ? [{ label: '送达地点', value: party.address }] : []),
    { label: '送达方式', value: SERVICE_METHOD_NAMES[method] ?? method },
    {
      label: method === 'public_notice' ? '公告载体' : '签收人及身份',
      value: str(s.receiver),
    },
    {
      label: method === 'mail' ? '交邮时间' : method === 'public_notice' ? '公告发布时间' : '送达时间',
      value: typeof s.servedAt === 'number' ? chineseInstant(s.servedAt) : '',
    },
  ];
  if (str(s.witness)) fields.push({ label: '见证人', value: str(s.witness) });
  if (str(s.photoSha256)) fields.push({ label: '留置过程照片或录像（SHA-256）', value: str(s.photoSha256) });
  if (str(s.entrustedTo)) fields.push({ label: '受托送达机关', value: str(s.entrustedTo) });
  if (str(s.receiptDate)) fields.push({ label: '邮件回执日期', value: chineseDay(str(s.receiptDate)) });
  if (str(s.consent)) fields.push({ label: '受送达人同意电子送达的记录', value: str(s.consent) });
  fields.push({
    label: '送达生效',
    value: [
      typeof s.effectiveAt === 'number' ? chineseInstant(s.effectiveAt) : '',
      str(s.effectiveOn) ? `（期间自${chineseDay(str(s.effectiveOn))}的次日起计算）` : '',
    ].join(''),
  });
  const left = method === 'left';
  return {
    ...v,
    title: '送达回证',
    fields,
    sections: left ? [{ heading: '备注', paragraphs: [texts.serviceLeft] }] : [],
    signatures: {
      ...v.signatures,
      officerLabel: '送达人',
      party: {
        label: method === 'public_notice' ? '受送达人（公告送达，无须签收）' : '受送达人（签收）',
        refusal: left ? '受送达人拒绝签收，已留置送达。' : null,
      },
      others: [
        ...(str(s.witness) ? ['见证人（签名）'] : []),
        ...(str(s.entrustedTo) ? ['受托送达机关经办人（签名）'] : []),
      ],
    },
    copies: '本送达回证由送达机关附卷存档。',
  };
};
