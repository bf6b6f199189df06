import { temporal } from '@temporalio/proto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Recorded workflow histories, in the protobuf wire format (exact, and stable across SDK versions). */
export const HISTORIES_DIR = join(__dirname, '../replay/histories');
const { History } = temporal.api.history.v1;

export function recordHistory(name: string, history: temporal.api.history.v1.IHistory): void {
  writeFileSync(join(HISTORIES_DIR, `${name}.history.bin`), History.encode(history).finish());
}

export function recordedHistories(): { name: string; history: temporal.api.history.v1.History }[] {
  return readdirSync(HISTORIES_DIR)
    .filter((f) => f.endsWith('.history.bin'))
    .sort()
    .map((f) => ({ name: f, history: History.decode(readFileSync(join(HISTORIES_DIR, f))) }));
}

/** The activity types a history scheduled, in order: which round trips a run took. */
export function scheduledActivities(history: temporal.api.history.v1.IHistory): string[] {
  return (history.events ?? []).flatMap((e) => {
    const name = e.activityTaskScheduledEventAttributes?.activityType?.name;
    return name ? [name] : [];
  });
}
