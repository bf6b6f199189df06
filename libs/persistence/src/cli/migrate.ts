import 'reflect-metadata';
import { createLogger, loadConfig } from '@safecase/common';
import { migrate } from '../data-source';

/** `node dist/libs/persistence/src/cli/migrate.js`: the explicit migration step run by `npm start`. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel, 'migrate');
  const applied = await migrate(config.databaseUrl);
  log.info({ applied }, applied.length ? `applied ${applied.length} migration(s)` : 'schema is up to date');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
