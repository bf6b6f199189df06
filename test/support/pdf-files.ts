import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type request from 'supertest';

/** A binary body, whatever its content type. */
export const binary = (req: request.Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

/** A multipart body: the fields first, then the file (as POST /evidence asks). */
export function multipart(
  fields: Record<string, string>,
  file: { name: string; type: string; content: Buffer },
) {
  const boundary = `----safecase${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { boundary, body: Buffer.concat(parts) };
}

/** One of poppler's tools (Debian `poppler-utils`) on a PDF given as bytes or as a path. */
function poppler(tool: string, pdf: Buffer | string, args: string[] = []): string {
  let file = pdf;
  if (typeof file !== 'string') {
    file = join(mkdtempSync(join(tmpdir(), 'safecase-pdf-')), 'a.pdf');
    writeFileSync(file, pdf);
  }
  const r = spawnSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr}`);
  return r.stdout;
}

/** The text of a PDF as poppler reads it, without the spaces and line breaks layout puts in. */
export const pdfText = (pdf: Buffer | string) =>
  poppler('pdftotext', pdf, ['-enc', 'UTF-8']).replace(/\s+/g, '');
/**
 * The lines of a PDF as poppler lays them out (`-layout`), each without its spaces: the label and the
 * value of one table row come out on one line (plain pdftotext reads a table column by column).
 */
export const pdfRows = (pdf: Buffer | string) =>
  poppler('pdftotext', pdf, ['-layout', '-enc', 'UTF-8'])
    .split('\n')
    .map((l) => l.replace(/\s+/g, ''))
    .filter(Boolean);
/** `pdfinfo`: pages, page size. */
export const pdfInfo = (pdf: Buffer | string) => poppler('pdfinfo', pdf);

/** An instant as the 送达回证 prints it, without spaces: 2026年12月2日0时05分（北京时间）. */
export function printedChinaInstant(ms: number): string {
  const b = new Date(ms + 8 * 3600_000);
  const mm = String(b.getUTCMinutes()).padStart(2, '0');
  return `${b.getUTCFullYear()}年${b.getUTCMonth() + 1}月${b.getUTCDate()}日${b.getUTCHours()}时${mm}分（北京时间）`;
}

/** Matches a string that begins with `prefix` (taken literally), for `toContainEqual`. */
export const startingWith = (prefix: string) =>
  expect.stringMatching(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
