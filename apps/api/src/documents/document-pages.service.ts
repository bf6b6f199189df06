import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProblemException } from '@safecase/common';
import { msg, type Actor } from '@safecase/domain';
import { DocumentFiles } from '@safecase/persistence';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { DocumentsService, RENDER_RETRY_AFTER_SECONDS } from './documents.service';

const run = promisify(execFile);

/** 110 dpi: an A4 page about 910 px wide, legible on a tablet without zooming, ~100 KB as PNG. */
export const PAGE_DPI = 110;
/** Pages drawn at once: pdftoppm is CPU-bound, and the API must keep answering meanwhile. */
const AT_ONCE = 2;
/** The stored PDFs never change, so their drawn pages are kept on disk by digest. */
const CACHE_DIR = join(tmpdir(), 'safecase-document-pages');

export interface PageImage {
  png: Buffer;
  sha256: string;
  pages: number;
}

/**
 * A document's pages as images, drawn from the stored PDF by poppler's pdftoppm: for browsers (and
 * tablets) with no PDF viewer of their own. Drawn once per page and digest, then read from the cache.
 */
@Injectable()
export class DocumentPagesService {
  private readonly files: DocumentFiles;
  private readonly drawing = new Map<string, Promise<Buffer>>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    @InjectDataSource() db: DataSource,
    private readonly documents: DocumentsService,
  ) {
    this.files = new DocumentFiles(db);
  }

  async page(actor: Actor, id: string, page: number, setRetryAfter: (s: number) => void): Promise<PageImage> {
    // The same visibility and states as the PDF itself (not found, printing, no file).
    const doc = await this.documents.meta(actor, id);
    if (!doc.pdf) {
      if (doc.status === 'no_file')
        throw new ProblemException(
          'resource.not_found',
          msg('api.document_no_file', { number: doc.number ?? doc.name }),
        );
      setRetryAfter(RENDER_RETRY_AFTER_SECONDS);
      throw new ProblemException(
        'document.rendering',
        msg('api.document_rendering', {
          number: doc.number ?? doc.name,
          seconds: RENDER_RETRY_AFTER_SECONDS,
        }),
      );
    }
    const { sha256, pages } = doc.pdf;
    if (page < 1 || page > pages) {
      throw new ProblemException(
        'resource.not_found',
        msg('api.document_page_not_found', {
          number: doc.number ?? doc.name,
          pages: String(pages),
          page: String(page),
        }),
      );
    }
    const key = `${sha256}-${page}-${PAGE_DPI}`;
    let drawn = this.drawing.get(key);
    if (!drawn) {
      drawn = this.cachedOrDrawn(id, key, page).finally(() => this.drawing.delete(key));
      this.drawing.set(key, drawn);
    }
    try {
      return { png: await drawn, sha256, pages };
    } catch {
      throw new ProblemException(
        'service.unavailable',
        msg('api.document_page_unavailable', { number: doc.number ?? doc.name }),
      );
    }
  }

  private async cachedOrDrawn(id: string, key: string, page: number): Promise<Buffer> {
    const cached = join(CACHE_DIR, `${key}.png`);
    const hit = await readFile(cached).catch(() => null);
    if (hit) return hit;
    const pdf = await this.files.pdf(id);
    if (!pdf) throw new Error(`document ${id}: no stored PDF`);
    const png = await this.limited(() => draw(pdf, page));
    await mkdir(CACHE_DIR, { recursive: true });
    // Written beside, then renamed: a reader never sees half a file.
    const partial = `${cached}.${process.pid}.${Date.now()}.part`;
    await writeFile(partial, png);
    await rename(partial, cached);
    return png;
  }

  private async limited<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= AT_ONCE) await new Promise<void>((go) => this.waiting.push(go));
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }
}

/** One page of a PDF as PNG, by pdftoppm in a scratch folder of its own. */
async function draw(pdf: Buffer, page: number): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'safecase-page-'));
  try {
    const input = join(dir, 'document.pdf');
    await writeFile(input, pdf);
    const n = String(page);
    await run(
      'pdftoppm',
      ['-png', '-r', String(PAGE_DPI), '-f', n, '-l', n, '-singlefile', input, join(dir, 'page')],
      {
        timeout: 60_000,
      },
    );
    return await readFile(join(dir, 'page.png'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
