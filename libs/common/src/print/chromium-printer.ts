import { Logger } from '@nestjs/common';
// Loaded when a printer first launches, so every process importing @safecase/common does not pay for it.
import type { Browser } from 'playwright-core';

/** Headless Chromium without anything that reaches out or writes a profile's state. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Pages of a PDF Chromium wrote (its page objects are never inside object streams). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/**
 * One long-lived headless Chromium (Debian's, at `executablePath`), launched on first use and again if
 * it dies; each HTML page is printed to an A4 PDF in a fresh context that is closed afterwards. Pages
 * never load anything from the network: the HTML is complete and the fonts are the system's. The
 * worker prints the documents with one; the API prints the case file's cover and contents with its own.
 */
export class ChromiumPrinter {
  private readonly logger = new Logger(ChromiumPrinter.name);
  private browser?: Promise<Browser>;

  /** `footerTemplate`: Chromium's footer template, printed in the bottom margin of every page. */
  constructor(
    private readonly executablePath: string,
    private readonly footerTemplate: string,
  ) {}

  private async launch(): Promise<Browser> {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: this.executablePath,
      args: ARGS,
      headless: true,
    });
    browser.on('disconnected', () => {
      this.browser = undefined;
    });
    this.logger.log({ executablePath: this.executablePath, version: browser.version() }, 'chromium started');
    return browser;
  }

  private async current(): Promise<Browser> {
    this.browser ??= this.launch().catch((error: unknown) => {
      this.browser = undefined;
      throw error;
    });
    return this.browser;
  }

  async print(html: string): Promise<{ pdf: Buffer; pages: number }> {
    const browser = await this.current();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: this.footerTemplate,
        tagged: true,
      });
      return { pdf, pages: pdfPageCount(pdf) };
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await (await browser.catch(() => undefined))?.close();
  }
}
