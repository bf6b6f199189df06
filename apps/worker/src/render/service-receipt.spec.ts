import type { ServiceRecord } from '@safecase/domain';
import { documentView } from './content';
import { facts, html, PARTY, SERVICE, viewText } from './spec-fixtures';

const receipt = (service: ServiceRecord) =>
  facts({
    documentType: 'service_receipt',
    number: '洪应急回〔2026〕9号',
    key: 'service_receipt:1',
    event: {
      type: 'document_served',
      service,
      servedDocument: {
        key: 'seizure_decision:M1',
        type: 'seizure_decision',
        number: '洪应急查扣〔2026〕4号',
      },
    },
  });

describe('送达回证 from the service record', () => {
  it('a 留置送达: the document and number, party, method, receiver, instant in 北京时间, witness and photo digest', () => {
    const t = viewText(receipt(SERVICE));
    expect(t).toContain('送达回证');
    expect(t).toContain('送达文书名称及文号：查封扣押决定书 洪应急查扣〔2026〕4号');
    expect(t).toContain(`受送达人：${PARTY}`);
    expect(t).toContain('送达方式：留置送达');
    expect(t).toContain('签收人及身份：王五（安全主管）');
    // 00:05 China time is still the previous day in UTC: the instant is printed in 北京时间.
    expect(t).toContain('送达时间：2026年12月2日 0时05分（北京时间）');
    expect(t).toContain('见证人：赵六（社区网格员）');
    expect(t).toContain(`留置过程照片或录像（SHA-256）：${'ab'.repeat(32)}`);
    expect(t).toContain('送达生效：2026年12月2日 0时05分（北京时间）（期间自2026年12月2日的次日起计算）');
    expect(t).toContain('第八十九条');
    const v = documentView(receipt(SERVICE));
    expect(v.signatures.officerLabel).toBe('送达人');
    expect(v.signatures.party?.refusal).toContain('拒绝签收');
    expect(v.signatures.others).toEqual(['见证人（签名）']);
    const page = html(receipt(SERVICE));
    expect(page).toContain('送达人：');
    expect(page).toContain('见证人（签名）');
    expect(page).toContain('受送达人（签收）');
  });

  it.each([
    ['direct', '直接送达', {}, null],
    ['entrusted', '委托送达', { entrustedTo: '青山湖区应急管理局' }, '受托送达机关：青山湖区应急管理局'],
    ['mail', '邮寄送达', { receiptDate: '2026-12-04' }, '邮件回执日期：2026年12月4日'],
    [
      'electronic',
      '电子送达',
      { consent: '送达地址确认书（2026年11月20日签署）' },
      '受送达人同意电子送达的记录：送达地址确认书',
    ],
    ['public_notice', '公告送达', {}, '公告发布时间：'],
  ] as const)('%s prints as %s with its own facts', (method, name, extra, line) => {
    const service: ServiceRecord = {
      ...SERVICE,
      method,
      witness: null,
      photoSha256: null,
      ...extra,
    };
    const t = viewText(receipt(service));
    expect(t).toContain(`送达方式：${name}`);
    if (line) expect(t).toContain(line);
    expect(t).not.toContain('见证人');
    expect(t).not.toContain('留置');
  });

  it('a mailed service is effective on the receipt day', () => {
    const t = viewText(
      receipt({
        ...SERVICE,
        method: 'mail',
        witness: null,
        photoSha256: null,
        receiptDate: '2026-12-04',
        effectiveAt: Date.parse('2026-12-04T23:59:59+08:00'),
        effectiveOn: '2026-12-04',
      }),
    );
    expect(t).toContain('交邮时间：2026年12月2日 0时05分（北京时间）');
    expect(t).toContain('（期间自2026年12月4日的次日起计算）');
  });
});
