import { Connection } from '@temporalio/client';
import { createLogger, loadConfig } from '@safecase/common';
import { temporalConnectionOptions } from '../connection-options';
import { registerSearchAttributes } from '../search-attributes.registry';

/** Run by `npm start` once Temporal answers; safe to run any number of times. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel, 'search-attributes');
  const connection = await Connection.connect(temporalConnectionOptions(config.temporal));
  try {
    const added = await registerSearchAttributes(connection, config.temporal.namespace);
    log.info(
      { added },
      added.length ? `registered ${added.length} search attribute(s)` : 'search attributes present',
    );
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
