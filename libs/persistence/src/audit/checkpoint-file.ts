import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CHECKPOINT_FILE_NAME = 'checkpoints.jsonl';

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The copy of every checkpoint outside the database: one JSON line each, appended (flag `a`, i.e.
 * O_APPEND: nothing already written is ever rewritten or truncated) and fsynced before the checkpoint's
 * row commits. An operator can make the file append-only even for root (`chattr +a`) or ship it to
 * write-once storage. Callers hold the checkpoint lock, so two processes never interleave lines.
 */
export function appendCheckpointLine(directory: string, line: string): string {
  const dir = resolve(directory);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, CHECKPOINT_FILE_NAME);
  const created = !existsSync(path);
  const fd = openSync(path, 'a', 0o644);
  try {
    const bytes = Buffer.from(`${line}\n`, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  // A new file's directory entry must reach the disk too, or a crash could lose the whole file.
  if (created) fsyncPath(dir);
  return path;
}
