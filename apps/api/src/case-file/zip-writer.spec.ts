import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { ZipWriter } from './zip-writer';

/** Writes a zip through the writer and collects its bytes as a client would receive them. */
async function zipOf(build: (zip: ZipWriter) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const zip = new ZipWriter(out, new Date('2026-12-01T08:30:00Z'));
  await build(zip);
  await zip.finish();
  out.end();
  return Buffer.concat(chunks);
}

/** Info-ZIP's unzip, a reader written by others: tests the archive, then extracts it. */
function unzip(zip: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'safecase-zip-'));
  writeFileSync(join(dir, 'a.zip'), zip);
  const test = spawnSync('unzip', ['-tq', 'a.zip'], { cwd: dir, encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`unzip -t failed: ${test.stdout}${test.stderr}`);
  const x = spawnSync('unzip', ['-q', 'a.zip', '-d', 'out'], { cwd: dir, encoding: 'utf8' });
  if (x.status !== 0) throw new Error(`unzip failed: ${x.stdout}${x.stderr}`);
  return join(dir, 'out');
}

describe('ZipWriter', () => {
  it('writes STORE entries with UTF-8 names that unzip tests and extracts byte for byte', async () => {
    const photo = randomBytes(3 * 1024 * 1024 + 17);
    const zip = await zipOf(async (z) => {
      await z.addBuffer('案卷-1/卷内目录.txt', Buffer.from('卷内目录\n', 'utf8'));
      // Streamed in pieces, as evidence is read from its chunks.
      await z.addStream('案卷-1/证据/001-照片.jpg', photo.length, [
        photo.subarray(0, 1000),
        photo.subarray(1000, 2_000_000),
        photo.subarray(2_000_000),
      ]);
      await z.addBuffer('案卷-1/empty', Buffer.alloc(0));
    });
    const out = unzip(zip);
    expect(readFileSync(join(out, '案卷-1/卷内目录.txt'), 'utf8')).toBe('卷内目录\n');
    expect(readFileSync(join(out, '案卷-1/证据/001-照片.jpg')).equals(photo)).toBe(true);
    expect(readFileSync(join(out, '案卷-1/empty'))).toHaveLength(0);
  });

  it('answers the size and SHA-256 of the archive exactly as the client received it', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const z = new ZipWriter(out, new Date('2026-12-01T08:30:00Z'));
    await z.addBuffer('a/卷内目录.json', Buffer.from('{}', 'utf8'));
    expect(z.entryCount).toBe(1);
    const written = z.bytesWritten;
    expect(written).toBeGreaterThan(2);
    const r = await z.finish();
    out.end();
    const received = Buffer.concat(chunks);
    expect(r.size).toBe(received.length);
    expect(r.size).toBeGreaterThan(written);
    expect(r.sha256).toBe(createHash('sha256').update(received).digest('hex'));
  });

  it('refuses an entry whose bytes do not add up to the size it announced', async () => {
    const out = new PassThrough();
    out.resume();
    const z = new ZipWriter(out, new Date());
    await expect(z.addStream('a', 10, [Buffer.alloc(9)])).rejects.toThrow(/9 bytes, not 10/);
    await expect(z.addStream('b', 1, [Buffer.alloc(2)])).rejects.toThrow(/longer/);
  });

  it('switches to ZIP64 end records past 65535 entries, and unzip reads every one', async () => {
    const count = 65_540;
    const zip = await zipOf(async (z) => {
      for (let i = 0; i < count; i++) await z.addBuffer(`f/${i}`, Buffer.from(String(i)));
    });
    // The ZIP64 end of central directory record and its locator are there.
    expect(zip.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    expect(zip.includes(Buffer.from([0x50, 0x4b, 0x06, 0x07]))).toBe(true);
    // Tested whole, then two members read out (extracting 65540 files would only cost time).
    const dir = mkdtempSync(join(tmpdir(), 'safecase-zip64-'));
    writeFileSync(join(dir, 'a.zip'), zip);
    const test = spawnSync('unzip', ['-tq', 'a.zip'], { cwd: dir, encoding: 'utf8' });
    expect(test.status).toBe(0);
    const member = (name: string) =>
      spawnSync('unzip', ['-p', 'a.zip', name], { cwd: dir, encoding: 'utf8' });
    expect(member('f/65539').stdout).toBe('65539');
    expect(member('f/0').stdout).toBe('0');
  }, 120_000);
});
