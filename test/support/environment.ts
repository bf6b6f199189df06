import { join } from 'node:path';

/** Where the test run's global setup leaves the workflow bundle (built once per run). */
export const WORKFLOW_BUNDLE_PATH = join(__dirname, '../../.cache/test/workflow-bundle.js');

/**
 * The servers scripts/test.js started for this run. A missing variable means Jest was started
 * directly: say how to run the tests properly instead of skipping anything.
 */
export function testEnvironment(): { databaseUrl: string; temporalAddress: string; testServer: string } {
  const databaseUrl = process.env.DATABASE_URL;
  const temporalAddress = process.env.TEMPORAL_ADDRESS;
  const testServer = process.env.TEMPORAL_TEST_SERVER;
  if (!databaseUrl || !temporalAddress || !testServer) {
    throw new Error(
      'DATABASE_URL, TEMPORAL_ADDRESS and TEMPORAL_TEST_SERVER are not set: run the tests with `npm test`, ' +
        'which starts PostgreSQL and Temporal for them (arguments after `--` go to Jest).',
    );
  }
  return { databaseUrl, temporalAddress, testServer };
}
