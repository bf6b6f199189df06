import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendCheckpointLine, CHECKPOINT_FILE_NAME } from './checkpoint-file';

describe('the external checkpoint file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'safecase-checkpoints-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates its directory and only ever appends, whatever is already there', () => {
    const nested = join(dir, 'a', 'b');
    const path = appendCheckpointLine(nested, '{"n":1}');
    expect(path).toBe(join(nested, CHECKPOINT_FILE_NAME));
    writeFileSync(path, 'kept as it was\n', { flag: 'a' });
    appendCheckpointLine(nested, '{"n":2}');
    expect(readFileSync(path, 'utf8')).toBe('{"n":1}\nkept as it was\n{"n":2}\n');
  });
});
