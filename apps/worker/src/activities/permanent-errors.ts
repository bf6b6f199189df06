import { ApplicationFailure } from '@temporalio/common';
import { PROJECTION_REFUSED } from '@safecase/workflows';

/** The SQLSTATE of a PostgreSQL error (TypeORM's QueryFailedError copies it and keeps the driver's). */
function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = typeof e.code === 'string' ? e.code : e.driverError?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Whether the database refuses the data itself, so that a retry would fail the same way: class 22
 * (data exception: a NUL byte 22021/22P05, a bad date) and class 23 (integrity: NOT NULL, check,
 * foreign key). A unique or exclusion conflict (23505, 23P01) is a race a retry resolves; connection
 * loss, deadlocks and serialization failures stay retryable too.
 */
export function isPermanentDataError(error: unknown): boolean {
  const state = sqlState(error);
  if (!state) return false;
  if (state === '23505' || state === '23P01') return false;
  return state.startsWith('22') || state.startsWith('23');
}

/** Runs a read-model write; a permanent data error becomes a non-retryable failure of a known type. */
export async function refusingPermanently<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isPermanentDataError(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw ApplicationFailure.create({
      type: PROJECTION_REFUSED,
      message: `PostgreSQL refuses the data (${sqlState(error)}): ${message}`,
      nonRetryable: true,
      details: [{ sqlState: sqlState(error) }],
    });
  }
}
