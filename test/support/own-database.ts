import { RULEBOOK_2026_V1 } from '@safecase/domain';
import { dataSourceOptions, migrate, seedCalendar, seedDemo, seedRulebook } from '@safecase/persistence';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { testEnvironment } from './environment';

/**
 * A database of the test's own on the run's PostgreSQL server (migrated and seeded), for tests that
 * change shared reference data such as the calendar. Dropped by `drop()`.
 */
export async function ownDatabase(): Promise<{ url: string; db: DataSource; drop(): Promise<void> }> {
  const base = testEnvironment().databaseUrl;
  const name = `safecase_own_${randomBytes(6).toString('hex')}`;
  const admin = await new DataSource(dataSourceOptions(base)).initialize();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  const db = await new DataSource(dataSourceOptions(url.toString())).initialize();
  await seedCalendar(db);
  await seedDemo(db);
  await seedRulebook(db, [RULEBOOK_2026_V1]);
  return {
    url: url.toString(),
    db,
    async drop() {
      await db.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.destroy();
    },
  };
}
