import { chinaDateOf } from '@safecase/domain';
import { loadArrangements, storeArrangement } from '@safecase/persistence';
import type { DataSource } from 'typeorm';

/**
 * Makes sure `from` and the following years have a working-day arrangement, loading a test fixture
 * (weekends, and 1–3 January off) where the official one is not seeded yet. For tests whose dates
 * follow today's date and would otherwise, near a year's end, reach a year the seed does not cover.
 */
export async function ensureFixtureYears(db: DataSource, now: number, count = 2): Promise<void> {
  const year = Number(chinaDateOf(now).slice(0, 4));
  const loaded = new Set((await loadArrangements(db)).map((a) => a.year));
  for (let y = year; y < year + count; y += 1) {
    if (loaded.has(y)) continue;
    const holidays = [1, 2, 3].map((d) => ({ date: `${y}-01-0${d}`, name: '元旦 (test fixture)' }));
    await db.transaction((m) =>
      storeArrangement(m, { year: y, holidays, makeupWorkdays: [] }, 'test fixture', 'test'),
    );
  }
}
