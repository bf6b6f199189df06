import { validateYearArrangement, type YearArrangement } from '@safecase/domain';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';

interface PackageYear {
  year: number;
  dates: { date: string; name: string; type: 'public_holiday' | 'transfer_workday' }[];
}

const PACKAGE = 'holiday-calendar';

/** The official CN arrangements shipped by the npm package `holiday-calendar` (2000–2026). */
export function packagedArrangements(): { arrangements: YearArrangement[]; source: string } {
  const root = dirname(require.resolve(`${PACKAGE}/package.json`));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const dir = join(root, 'data', 'CN');
  // A year's notice may also arrange the last days of the year before (the 2019 notice makes
  // 2018-12-29 a make-up working day), so days are filed under their own year, from whichever file.
  const byYear = new Map<number, YearArrangement>();
  const files = readdirSync(dir).filter((f) => /^\d{4}\.json$/.test(f));
  for (const f of files) {
    const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as PackageYear;
    byYear.set(data.year, byYear.get(data.year) ?? { year: data.year, holidays: [], makeupWorkdays: [] });
  }
  for (const f of files) {
    const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as PackageYear;
    for (const d of data.dates) {
      const year = byYear.get(Number(d.date.slice(0, 4)));
      if (!year) continue; // a year the package does not cover fully (1999): not ours to guess
      const list = d.type === 'public_holiday' ? year.holidays : year.makeupWorkdays;
      if (!list.some((x) => x.date === d.date)) list.push({ date: d.date, name: d.name });
    }
  }
  const arrangements = [...byYear.values()].sort((a, b) => a.year - b.year);
  return { arrangements, source: `${PACKAGE}@${version}` };
}

/** Replaces one year's arrangement (inside the caller's transaction). */
export async function storeArrangement(
  m: EntityManager,
  a: YearArrangement,
  source: string,
  loadedBy: string,
): Promise<void> {
  validateYearArrangement(a);
  await m.query(
    `INSERT INTO calendar_year (year, source, loaded_by) VALUES ($1, $2, $3)
     ON CONFLICT (year) DO UPDATE SET source = EXCLUDED.source, loaded_by = EXCLUDED.loaded_by, loaded_at = now()`,
    [a.year, source, loadedBy],
  );
  await m.query('DELETE FROM calendar_day WHERE year = $1', [a.year]);
  const days = [
    ...a.holidays.map((d) => ({ ...d, kind: 'holiday' })),
    ...a.makeupWorkdays.map((d) => ({ ...d, kind: 'makeup_workday' })),
  ];
  if (days.length === 0) return;
  await m.query(
    `INSERT INTO calendar_day (date, year, kind, name)
     SELECT d.date::date, $1, d.kind, d.name FROM jsonb_to_recordset($2::jsonb) AS d(date text, kind text, name text)`,
    [a.year, JSON.stringify(days)],
  );
}

/**
 * Seeds the years not yet in the database. Years already there are left alone: an admin may have
 * corrected them, and the database, not the package, is the system's calendar.
 */
export async function seedCalendar(db: DataSource): Promise<number[]> {
  const { arrangements, source } = packagedArrangements();
  return db.transaction(async (m) => {
    const present = new Set(
      (await m.query<{ year: number }[]>('SELECT year FROM calendar_year')).map((r) => r.year),
    );
    const added: number[] = [];
    for (const a of arrangements) {
      if (present.has(a.year)) continue;
      await storeArrangement(m, a, source, 'seed');
      added.push(a.year);
    }
    return added;
  });
}

/** Every loaded year's arrangement, for building a WorkCalendar. */
export async function loadArrangements(
  db: DataSource | EntityManager,
  only?: number[],
): Promise<YearArrangement[]> {
  // `only` reads just those years (a procedure's start needs three, not every year ever stored).
  const where = only ? 'WHERE year = ANY($1::int[])' : '';
  const params = only ? [only] : [];
  const years = await db.query<{ year: number }[]>(
    `SELECT year FROM calendar_year ${where} ORDER BY year`,
    params,
  );
  const days = await db.query<{ date: string; year: number; kind: string; name: string }[]>(
    `SELECT to_char(date, 'YYYY-MM-DD') AS date, year, kind, name FROM calendar_day ${where} ORDER BY date`,
    params,
  );
  const byYear = new Map<number, YearArrangement>(
    years.map((y) => [y.year, { year: y.year, holidays: [], makeupWorkdays: [] }]),
  );
  for (const d of days) {
    const a = byYear.get(d.year);
    if (!a) continue;
    (d.kind === 'holiday' ? a.holidays : a.makeupWorkdays).push({ date: d.date, name: d.name });
  }
  return [...byYear.values()];
}
