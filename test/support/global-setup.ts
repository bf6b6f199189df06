import { bundleWorkflowCode } from '@temporalio/worker';
import { Connection } from '@temporalio/client';
import { dataSourceOptions, migrate, seedCalendar, seedDemo, seedRulebook } from '@safecase/persistence';
import { RULEBOOK_2026_V1 } from '@safecase/domain';
import { DataSource } from 'typeorm';
import { registerSearchAttributes, workflowBundleOptions } from '@safecase/temporal';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensureFixtureYears } from './calendar-fixtures';
import { testEnvironment, WORKFLOW_BUNDLE_PATH } from './environment';

/** Once per run: schema, calendar and demo users, search attributes, one workflow bundle for all files. */
export default async function globalSetup(): Promise<void> {
  const env = testEnvironment();
  await migrate(env.databaseUrl);
  const db = await new DataSource(dataSourceOptions(env.databaseUrl)).initialize();
  try {
    await seedCalendar(db);
    // Dates that follow today reach next year in December (a 20-day order's re-inspection and its
    // rungs, from 1 December in China): the shared database has a fixture year where none is published.
    await ensureFixtureYears(db, Date.now());
    await seedDemo(db);
    await seedRulebook(db, [RULEBOOK_2026_V1]);
  } finally {
    await db.destroy();
  }
  const connection = await Connection.connect({ address: env.temporalAddress });
  try {
    await registerSearchAttributes(connection, 'default');
  } finally {
    await connection.close();
  }
  const { code } = await bundleWorkflowCode({
    ...workflowBundleOptions(),
    logger: { log() {}, trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error },
  });
  mkdirSync(dirname(WORKFLOW_BUNDLE_PATH), { recursive: true });
  writeFileSync(WORKFLOW_BUNDLE_PATH, code);
}
