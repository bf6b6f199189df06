import type { LogLevel, LogMetadata } from '@temporalio/common';
import { DefaultLogger, Runtime } from '@temporalio/worker';

export interface SdkLogEntry {
  level: LogLevel;
  message: string;
  meta: LogMetadata;
}

const entries: SdkLogEntry[] = [];
const print = new DefaultLogger('WARN');

// Installed once per test file (Jest setupFiles): the SDK's logs (worker, workflow `log`, activity
// `log`) are kept for assertions; only warnings and errors reach the console.
Runtime.install({
  shutdownSignals: [],
  logger: new DefaultLogger('TRACE', (entry) => {
    entries.push({ level: entry.level, message: entry.message, meta: entry.meta ?? {} });
    if (entry.level === 'WARN' || entry.level === 'ERROR') print.log(entry.level, entry.message, entry.meta);
  }),
});

/** The SDK log entries of this test file so far. */
export function sdkLogs(): readonly SdkLogEntry[] {
  return entries;
}
