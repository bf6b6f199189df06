import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testEnvironment } from './environment';

/**
 * A time-skipping test server whose clock starts at `startUtc` (e.g. '2026-09-10 01:00:00') and runs
 * from there: the server only moves forward from the machine's clock, so a test of a past holiday
 * starts it under libfaketime. Returns an executable for `TestWorkflowEnvironment.createTimeSkipping`.
 */
export function datedTestServer(startUtc: string): string {
  const library = process.env.FAKETIME_LIB;
  if (!library) throw new Error('FAKETIME_LIB is not set: run the tests with `npm test`, which provides it.');
  const dir = join(__dirname, '../../.cache/test');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `test-server-at-${startUtc.replace(/\D/g, '')}-${process.pid}.sh`);
  writeFileSync(
    path,
    `#!/bin/sh\n# '@' starts the clock at that instant and lets it run (TZ=UTC reads the instant as UTC).\n` +
      `# exec: the server is this process, so stopping it stops the server.\n` +
      `export TZ=UTC LD_PRELOAD='${library}' FAKETIME='@${startUtc}'\n` +
      `exec '${testEnvironment().testServer}' "$@"\n`,
  );
  chmodSync(path, 0o755);
  return path;
}
