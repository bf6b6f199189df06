import { decideTransfer } from './fixtures';
import { onDay } from '../../spec-support';
import { HEAD, OFFICER, reportedOn, step, TRANSFER_PACKAGE } from './fixtures';

describe('story: a transfer sent on 3 November 2026 with its investigation report, inventory and appraisal', () => {
  const approved = step(
    reportedOn('2026-11-02'),
    { type: 'decide_transfer', approve: true, note: '同意' },
    HEAD,
    '2026-11-03',
  );

  it('refuses a letter without the investigation report or with a blank item (国务院令第310号 第6条)', () => {
    const send = { type: 'record_sending' as const, sentOn: '2026-11-03' };
    expect(() =>
      decideTransfer(
        approved,
        { ...send, package: { ...TRANSFER_PACKAGE, investigationReport: ' ' } },
        OFFICER,
        onDay('2026-11-03', 15),
      ),
    ).toThrow('第6条');
    expect(() =>
      decideTransfer(
        approved,
        { ...send, package: { ...TRANSFER_PACKAGE, items: [{ item: '阀门', quantity: '' }] } },
        OFFICER,
        onDay('2026-11-03', 15),
      ),
    ).toThrow('inventory');
  });

  it('files the letter and each enclosure as a document of its own', () => {
    const sent = step(
      approved,
      { type: 'record_sending', sentOn: '2026-11-03', package: TRANSFER_PACKAGE },
      OFFICER,
      '2026-11-03',
      15,
    );
    expect(sent.package).toEqual(TRANSFER_PACKAGE);
    expect(sent.documents.map((d) => d.key)).toEqual([
      'transfer_approval',
      'transfer_letter',
      'transfer_investigation_report',
      'transfer_item_inventory',
      'transfer_appraisal:1',
    ]);
  });

  it('sends no appraisal document when there was no test or appraisal', () => {
    const sent = step(
      approved,
      { type: 'record_sending', sentOn: '2026-11-03', package: { ...TRANSFER_PACKAGE, appraisals: [] } },
      OFFICER,
      '2026-11-03',
      15,
    );
    expect(sent.documents.map((d) => d.type)).not.toContain('transfer_appraisal');
  });
});
