import { amountDueFen, amountOwed } from '../penalty-clocks';
import { act, calendar, OFFICER, opened, servedFine } from './fixtures';

const served = servedFine;

describe('story: the record shows what the party owes today, item by item', () => {
  it('is the fine alone up to the payment deadline', () => {
    expect(amountOwed(served(), calendar, '2026-11-25')).toEqual({
      asOf: '2026-11-25',
      fineFen: 1_000_000,
      surchargeFen: 0,
      surchargeDays: 0,
      surchargeCapped: false,
      continuingFinesFen: 0,
      totalFen: 1_000_000,
    });
  });

  it('adds 3% a day from 26 Nov, and always sums to what a payment must match', () => {
    const s = served();
    const owed = amountOwed(s, calendar, '2026-12-01')!;
    expect(owed).toMatchObject({ surchargeDays: 6, surchargeFen: 180_000, totalFen: 1_180_000 });
    for (const day of ['2026-11-26', '2026-12-15', '2027-01-05'])
      expect(amountOwed(s, calendar, day)!.totalFen).toBe(amountDueFen(s, calendar, day));
  });

  it('stops at the cap: the surcharge never exceeds the fine (行政强制法 第45条)', () => {
    expect(amountOwed(served(), calendar, '2026-12-31')).toMatchObject({
      surchargeFen: 1_000_000,
      surchargeCapped: true,
      totalFen: 2_000_000,
    });
  });

  it('is nothing once paid, or before a decision', () => {
    const paid = act(
      served(),
      { type: 'record_payment', paidOn: '2026-11-20', amountFen: 1_000_000 },
      OFFICER,
      '2026-11-20',
    );
    expect(amountOwed(paid, calendar, '2026-12-01')).toBeNull();
    expect(amountOwed(opened('2026-10-19'), calendar, '2026-12-01')).toBeNull();
  });
});
