import { continuingDailyFine, lateSurcharge } from './late-payment';

describe('late-payment surcharge (行政处罚法 第72–73条, 行政强制法 第45条)', () => {
  const fine = 1_000_000; // ¥10,000 in fen

  it('accrues 3% of the fine a day from the day after the deadline', () => {
    expect(lateSurcharge(fine, '2026-03-16', '2026-03-16')).toMatchObject({
      days: 0,
      amountFen: 0,
      accruing: false,
    });
    expect(lateSurcharge(fine, '2026-03-16', '2026-03-17')).toMatchObject({
      days: 1,
      amountFen: 30_000,
      accruing: true,
    });
    expect(lateSurcharge(fine, '2026-03-16', '2026-03-26')).toMatchObject({ days: 10, amountFen: 300_000 });
  });

  it('reaches its cap, the fine itself, on the 34th day and stays there', () => {
    // 33 days = 99%; the 34th day would be 102%, so the surcharge stops at the fine.
    expect(lateSurcharge(fine, '2026-03-16', '2026-04-18')).toMatchObject({
      days: 33,
      amountFen: 990_000,
      capped: false,
    });
    expect(lateSurcharge(fine, '2026-03-16', '2026-04-19')).toMatchObject({
      days: 34,
      amountFen: fine,
      capped: true,
      cappedOn: '2026-04-19',
      accruing: false,
    });
    expect(lateSurcharge(fine, '2026-03-16', '2026-12-31').amountFen).toBe(fine);
  });

  it('does not accrue while a reconsideration is pending, and resumes after it', () => {
    const pauses = [{ from: '2026-03-20', to: '2026-04-10', reason: 'reconsideration' as const }];
    // 17–19 March accrue (3 days); 20 March–10 April paused; 11–15 April accrue (5 days).
    expect(lateSurcharge(fine, '2026-03-16', '2026-04-15', pauses)).toMatchObject({
      days: 8,
      amountFen: 240_000,
    });
    const pending = [{ from: '2026-03-20', to: null, reason: 'lawsuit' as const }];
    expect(lateSurcharge(fine, '2026-03-16', '2026-06-30', pending)).toMatchObject({
      days: 3,
      accruing: false,
    });
  });

  it('refuses a fine that is not a positive whole number of fen', () => {
    expect(() => lateSurcharge(0, '2026-03-16', '2026-03-20')).toThrow(RangeError);
    expect(() => lateSurcharge(10.5, '2026-03-16', '2026-03-20')).toThrow(RangeError);
  });
});

describe('daily continuing fine (安全生产法 第112条)', () => {
  it('counts from the day after the correction order', () => {
    expect(continuingDailyFine(5_000_000, '2026-06-01', '2026-06-01')).toEqual({ days: 0, totalFen: 0 });
    expect(continuingDailyFine(5_000_000, '2026-06-01', '2026-06-05')).toEqual({
      days: 4,
      totalFen: 20_000_000,
    });
  });
});
