import { startOfChinaDay } from '../calendar/china-time';
import { RULEBOOK_2026_V1 } from '../rulebook/rulebook';
import { effectiveService, serviceProblem, type ServiceInput } from './service-record';

const at = (day: string, hour: number) => startOfChinaDay(day) + hour * 3600_000;
const base: ServiceInput = {
  method: 'direct',
  receiver: '张三（法定代表人）',
  servedAt: at('2026-11-10', 10),
};

describe('a service record (送达回证) and the instant it counts from', () => {
  it('direct, entrusted and electronic service count from when served', () => {
    expect(effectiveService(base, RULEBOOK_2026_V1)).toMatchObject({
      effectiveAt: at('2026-11-10', 10),
      effectiveOn: '2026-11-10',
    });
    const entrusted = { ...base, method: 'entrusted' as const, entrustedTo: '青山湖区应急管理局' };
    expect(serviceProblem(entrusted)).toBeNull();
    expect(effectiveService(entrusted, RULEBOOK_2026_V1).effectiveOn).toBe('2026-11-10');
  });

  it('留置 needs a witness or a photo of the leaving', () => {
    const left = { ...base, method: 'left' as const };
    expect(serviceProblem(left)).toBe('service.left_needs_witness');
    expect(serviceProblem({ ...left, photoSha256: 'not-a-digest' })).toBe('service.left_needs_witness');
    expect(serviceProblem({ ...left, witness: '李四（村委会主任）' })).toBeNull();
    expect(serviceProblem({ ...left, photoSha256: 'b'.repeat(64) })).toBeNull();
  });

  it('邮寄 counts from the return receipt’s date, which must be known and not before the sending', () => {
    const mail = { ...base, method: 'mail' as const };
    expect(serviceProblem(mail)).toBe('service.mail_needs_receipt');
    expect(serviceProblem({ ...mail, receiptDate: '2026-11-09' })).toBe('service.receipt_before_sending');
    const record = effectiveService({ ...mail, receiptDate: '2026-11-13' }, RULEBOOK_2026_V1);
    expect(record).toMatchObject({ effectiveOn: '2026-11-13', effectiveAt: at('2026-11-14', 0) });
  });

  it('公告 counts 30 days after publication (民事诉讼法 第95条)', () => {
    const notice = { ...base, method: 'public_notice' as const, receiver: '南昌市应急管理局门户网站' };
    expect(effectiveService(notice, RULEBOOK_2026_V1)).toMatchObject({
      effectiveOn: '2026-12-10',
      effectiveAt: at('2026-12-10', 10),
    });
  });

  it('电子 only with the party’s recorded consent', () => {
    const e = { ...base, method: 'electronic' as const };
    expect(serviceProblem(e)).toBe('service.electronic_needs_consent');
    expect(serviceProblem({ ...e, consent: '送达地址确认书（2026-11-02 签署）' })).toBeNull();
  });

  it('always names who received it', () => {
    expect(serviceProblem({ ...base, receiver: '  ' })).toBe('service.receiver_missing');
  });
});
