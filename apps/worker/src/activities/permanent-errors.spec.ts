import { ApplicationFailure } from '@temporalio/common';
import { PROJECTION_REFUSED } from '@safecase/workflows';
import { isPermanentDataError, refusingPermanently } from './permanent-errors';

/** Errors shaped as pg and TypeORM raise them (the workflow test drives the real ones). */
const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { code });

describe('which read-model errors a retry cannot cure', () => {
  it('data exceptions and integrity violations are permanent, conflicts and outages are not', () => {
    for (const code of ['22021', '22P05', '22007', '23502', '23514', '23503']) {
      expect(isPermanentDataError(pgError(code))).toBe(true);
    }
    for (const code of ['23505', '23P01', '40001', '40P01', '57P01', '08006', '53300', 'ECONNREFUSED']) {
      expect(isPermanentDataError(pgError(code))).toBe(false);
    }
    expect(isPermanentDataError({ driverError: { code: '22021' } })).toBe(true);
    expect(isPermanentDataError(new TypeError('x'))).toBe(false);
  });

  it('turns a permanent one into a non-retryable failure of a known type and rethrows the rest', async () => {
    const refused = await refusingPermanently(() => Promise.reject(pgError('22021'))).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(ApplicationFailure);
    expect(refused).toMatchObject({ type: PROJECTION_REFUSED, nonRetryable: true });
    const outage = pgError('08006');
    await expect(refusingPermanently(() => Promise.reject(outage))).rejects.toBe(outage);
    await expect(refusingPermanently(() => Promise.resolve(7))).resolves.toBe(7);
  });
});
