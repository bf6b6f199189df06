import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { crc32 } from 'node:zlib';

/**
 * A minimal ZIP writer: STORE only (PDFs, photos and videos do not compress), streamed straight to
 * the response, never holding a file whole. Each entry's CRC-32 is computed as its bytes pass and
 * written after them in a data descriptor (general-purpose flag bit 3), so a 2 GiB evidence file is
 * read from the database once. Names are UTF-8 (bit 11). ZIP64 records are written when an entry, an
 * offset or the entry count passes the classic format's limits (APPNOTE.TXT 6.3, §4.3.9 and §4.4).
 */

const FLAGS = (1 << 3) | (1 << 11);
const LIMIT32 = 0xffffffff;
const LIMIT16 = 0xffff;
const VERSION_ZIP64 = 45;
const VERSION_STORE = 20;

interface Written {
  name: Buffer;
  crc: number;
  size: number;
  offset: number;
  zip64: boolean;
  dosTime: number;
  dosDate: number;
}

export interface ZipEntryResult {
  size: number;
  sha256: string;
}

/** The DOS date and time fields of a wall-clock instant (the archive's readers show it as local). */
function dosDateTime(wall: Date): { dosTime: number; dosDate: number } {
  return {
    dosTime: (wall.getUTCHours() << 11) | (wall.getUTCMinutes() << 5) | Math.floor(wall.getUTCSeconds() / 2),
    dosDate: ((wall.getUTCFullYear() - 1980) << 9) | ((wall.getUTCMonth() + 1) << 5) | wall.getUTCDate(),
  };
}

function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}

export class ZipWriter {
  private offset = 0;
  /** Every byte of the archive as it went out: the digest an exported zip is audited with. */
  private readonly archive = createHash('sha256');
  private readonly entries: Written[] = [];
  private readonly time: { dosTime: number; dosDate: number };

  /** `at`: the archive's timestamp, given as 北京时间 wall clock. */
  constructor(
    private readonly out: Writable,
    at: Date,
  ) {
    this.time = dosDateTime(new Date(at.getTime() + 8 * 3600_000));
  }

  private async write(b: Buffer): Promise<void> {
    if (this.out.destroyed || this.out.writableEnded) throw new Error('the client went away');
    this.offset += b.length;
    this.archive.update(b);
    if (!this.out.write(b)) {
      await Promise.race([once(this.out, 'drain'), once(this.out, 'close')]);
      if (this.out.destroyed) throw new Error('the client went away');
    }
  }

  addBuffer(name: string, data: Buffer): Promise<ZipEntryResult> {
    return this.addStream(name, data.length, [data]);
  }

  /**
   * One entry of `size` bytes from `source`, each piece written before the next is read. The bytes
   * must add up to `size` exactly (known beforehand, so the local header can announce ZIP64).
   */
  async addStream(
    name: string,
    size: number,
    source: Iterable<Buffer> | AsyncIterable<Buffer>,
  ): Promise<ZipEntryResult> {
    const nameBytes = Buffer.from(name, 'utf8');
    if (nameBytes.length > LIMIT16) throw new Error(`zip entry name too long: ${name}`);
    const zip64 = size >= LIMIT32;
    const offset = this.offset;
    const extra = zip64 ? Buffer.concat([Buffer.from([1, 0, 16, 0]), u64(0), u64(0)]) : Buffer.alloc(0);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(zip64 ? VERSION_ZIP64 : VERSION_STORE, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(0, 8); // STORE
    header.writeUInt16LE(this.time.dosTime, 10);
    header.writeUInt16LE(this.time.dosDate, 12);
    // CRC and sizes follow the data (bit 3); ZIP64 entries say so with 0xFFFFFFFF and the extra field.
    header.writeUInt32LE(0, 14);
    header.writeUInt32LE(zip64 ? LIMIT32 : 0, 18);
    header.writeUInt32LE(zip64 ? LIMIT32 : 0, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(extra.length, 28);
    await this.write(Buffer.concat([header, nameBytes, extra]));

    let crc = 0;
    let written = 0;
    const hash = createHash('sha256');
    for await (const piece of source) {
      crc = crc32(piece, crc);
      hash.update(piece);
      written += piece.length;
      if (written > size) throw new Error(`zip entry ${name} is longer than its ${size} bytes`);
      await this.write(piece);
    }
    if (written !== size) throw new Error(`zip entry ${name} has ${written} bytes, not ${size}`);

    const descriptor = Buffer.alloc(zip64 ? 24 : 16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    if (zip64) {
      descriptor.writeBigUInt64LE(BigInt(size), 8);
      descriptor.writeBigUInt64LE(BigInt(size), 16);
    } else {
      descriptor.writeUInt32LE(size, 8);
      descriptor.writeUInt32LE(size, 12);
    }
    await this.write(descriptor);
    this.entries.push({ name: nameBytes, crc: crc >>> 0, size, offset, zip64, ...this.time });
    return { size, sha256: hash.digest('hex') };
  }

  /** Bytes handed to the stream so far (what a broken-off download got at most). */
  get bytesWritten(): number {
    return this.offset;
  }

  /** Entries written so far. */
  get entryCount(): number {
    return this.entries.length;
  }

  /**
   * The central directory and its end records; the caller ends the stream. Answers the archive's
   * size and SHA-256, which `sha256sum` of the downloaded file gives too.
   */
  async finish(): Promise<ZipEntryResult> {
    const start = this.offset;
    for (const e of this.entries) {
      const bigSize = e.size >= LIMIT32;
      const bigOffset = e.offset >= LIMIT32;
      const fields = [...(bigSize ? [u64(e.size), u64(e.size)] : []), ...(bigOffset ? [u64(e.offset)] : [])];
      const body = Buffer.concat(fields);
      const extra = fields.length
        ? Buffer.concat([Buffer.from([1, 0, body.length, 0]), body])
        : Buffer.alloc(0);
      const h = Buffer.alloc(46);
      const version = fields.length || e.zip64 ? VERSION_ZIP64 : VERSION_STORE;
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE((3 << 8) | version, 4); // made by: Unix
      h.writeUInt16LE(version, 6);
      h.writeUInt16LE(FLAGS, 8);
      h.writeUInt16LE(0, 10);
      h.writeUInt16LE(e.dosTime, 12);
      h.writeUInt16LE(e.dosDate, 14);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(bigSize ? LIMIT32 : e.size, 20);
      h.writeUInt32LE(bigSize ? LIMIT32 : e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt16LE(extra.length, 30);
      h.writeUInt16LE(0, 32); // comment
      h.writeUInt16LE(0, 34); // disk
      h.writeUInt16LE(0, 36); // internal attributes
      h.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
      h.writeUInt32LE(bigOffset ? LIMIT32 : e.offset, 42);
      await this.write(Buffer.concat([h, e.name, extra]));
    }
    const size = this.offset - start;
    const count = this.entries.length;
    const zip64 =
      count >= LIMIT16 || start >= LIMIT32 || size >= LIMIT32 || this.entries.some((e) => e.zip64);
    if (zip64) {
      const record = this.offset;
      const r = Buffer.alloc(56);
      r.writeUInt32LE(0x06064b50, 0);
      r.writeBigUInt64LE(44n, 4);
      r.writeUInt16LE((3 << 8) | VERSION_ZIP64, 12);
      r.writeUInt16LE(VERSION_ZIP64, 14);
      r.writeUInt32LE(0, 16);
      r.writeUInt32LE(0, 20);
      r.writeBigUInt64LE(BigInt(count), 24);
      r.writeBigUInt64LE(BigInt(count), 32);
      r.writeBigUInt64LE(BigInt(size), 40);
      r.writeBigUInt64LE(BigInt(start), 48);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(0x07064b50, 0);
      locator.writeUInt32LE(0, 4);
      locator.writeBigUInt64LE(BigInt(record), 8);
      locator.writeUInt32LE(1, 16);
      await this.write(Buffer.concat([r, locator]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, LIMIT16), 8);
    end.writeUInt16LE(Math.min(count, LIMIT16), 10);
    end.writeUInt32LE(Math.min(size, LIMIT32), 12);
    end.writeUInt32LE(Math.min(start, LIMIT32), 16);
    await this.write(end);
    return { size: this.offset, sha256: this.archive.digest('hex') };
  }
}
