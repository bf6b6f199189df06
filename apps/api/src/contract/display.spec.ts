import { displayFacts, instantOf } from './display';

describe('displayFacts', () => {
  it('shows instants in 北京时间 and fen as yuan, recursively', () => {
    const ms = Date.parse('2026-12-01T01:30:00Z');
    expect(
      displayFacts({
        openedAt: ms,
        closedAt: null,
        decision: { fineFen: 5_000_000, at: ms, servedOn: '2026-12-02' },
        payments: [{ amountFen: 12_345, surchargeFen: 0 }],
        days: 3,
      }),
    ).toEqual({
      openedAt: '2026-12-01T09:30:00.000+08:00',
      closedAt: null,
      decision: { fine: '50000.00', at: '2026-12-01T09:30:00.000+08:00', servedOn: '2026-12-02' },
      payments: [{ amount: '123.45', surcharge: '0.00' }],
      days: 3,
    });
  });

  it('writes a day that is still the previous day in UTC with its China date', () => {
    expect(instantOf(new Date('2026-09-30T16:00:00Z'))).toBe('2026-10-01T00:00:00.000+08:00');
  });
});
