import {
  amountOwed,
  CalendarYearMissingError,
  chinaDateOf,
  WorkCalendar,
  type PenaltyState,
} from '@safecase/domain';
import { loadArrangements, RulebookStore } from '@safecase/persistence';
import type { DataSource } from 'typeorm';
import { displayFacts } from '../contract/display';

/**
 * What a penalty's party owes today (China date of the clock): fine, surcharge, continuing fines and
 * their total, in yuan — the sum a payment must match. A payment deadline in a year whose working-day
 * arrangement is not loaded is not guessed: the answer names the year instead.
 */
export async function owedToday(db: DataSource, state: PenaltyState, now: number) {
  const today = chinaDateOf(now);
  try {
    const owed = amountOwed(
      await withPinnedRules(db, state),
      new WorkCalendar(await loadArrangements(db)),
      today,
    );
    return owed && { ...(displayFacts(owed) as Record<string, unknown>), missingCalendarYear: null };
  } catch (error) {
    if (!(error instanceof CalendarYearMissingError)) throw error;
    return { asOf: today, missingCalendarYear: error.year };
  }
}

/**
 * The read model keeps a procedure's pinned rulebook as `{version}` only (the projection strips the
 * rules' text); the sums need the rules themselves, so they are looked up by that version.
 */
async function withPinnedRules(db: DataSource, state: PenaltyState): Promise<PenaltyState> {
  const pinned = state.rulebook as { version: string; rules?: unknown } | undefined;
  if (!pinned || pinned.rules) return state;
  const rulebook = await new RulebookStore(db).byVersion(pinned.version);
  return rulebook ? { ...state, rulebook } : state;
}
