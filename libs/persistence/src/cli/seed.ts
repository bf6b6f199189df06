import 'reflect-metadata';
import { createLogger, loadConfig } from '@safecase/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source';
import { seedCalendar } from '../seed/calendar-seed';
import { seedDemo } from '../seed/demo-seed';
import { seedRulebook } from '../rulebook/rulebook-store';
import { RULEBOOK_2026_V1 } from '@safecase/domain';

/**
 * `node dist/libs/persistence/src/cli/seed.js [--demo]`: the official working-day calendar (always),
 * plus demo agencies and users with `--demo` (the embedded default). Idempotent.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel, 'seed');
  const db = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
  try {
    const years = await seedCalendar(db);
    log.info({ years }, years.length ? `calendar: loaded ${years.length} year(s)` : 'calendar: up to date');
    const versions = await seedRulebook(db, [RULEBOOK_2026_V1]);
    log.info(
      { versions },
      versions.length ? `rulebook: stored ${versions.join(', ')}` : 'rulebook: up to date',
    );
    if (process.argv.includes('--demo')) {
      const users = await seedDemo(db);
      log.info({ users }, users.length ? `demo data: added ${users.length} user(s)` : 'demo data: present');
    }
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
