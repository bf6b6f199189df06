import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** The one description of our database, used by both apps and by the migration command. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    // No entity classes: every table is read and written with explicit SQL.
    entities: [],
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    // Schema changes are migrations, run as one explicit step (see migrate.ts); never at app boot.
    synchronize: false,
    migrationsRun: false,
    applicationName: 'safecase',
  };
}

// Any fixed number works; it only has to be the same for every process that migrates.
const MIGRATION_LOCK_KEY = 7_240_261;

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so two migrators (say, a start and a
 * test run against the same database) wait for each other instead of racing. Returns their names.
 */
export async function migrate(databaseUrl: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(databaseUrl));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'all' });
      return applied.map((m) => m.name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}
