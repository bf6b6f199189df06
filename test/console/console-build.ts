import { closeSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the console's build script is plain Node
const { ensureConsole } = require('../../apps/console/build.js') as {
  ensureConsole: (o?: object) => boolean;
};

const LOCK = join(__dirname, '..', '..', '.cache', 'console-build.lock');
/** A lock older than this is a crashed run's, not a build in progress. */
const STALE_MS = 10 * 60_000;

/**
 * Builds the console when missing or stale, one test file at a time: Jest runs the console's test
 * files in parallel workers, and two `vite build`s into one `dist` would overwrite each other.
 */
export async function ensureConsoleBuilt(): Promise<void> {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      closeSync(openSync(LOCK, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { force: true });
      } catch {
        // released meanwhile
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    ensureConsole({ log: () => {} });
  } finally {
    rmSync(LOCK, { force: true });
  }
}
