import { Logger } from '@nestjs/common';
import { chromium, type Browser } from 'playwright-core';
import { FOOTER_TEMPLATE } from './template';

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
 * One long-lived headless Chromium for the worker, launched on first use and again if it dies; each
 * document is printed in a fresh page (context) that is closed afterwards. Pages never load anything
 * from the network: the HTML is complete and the fonts are the system's.
 */
export class DocumentPrinter {
  private readonly logger = new Logger(DocumentPrinter.name);
  private browser?: Promise<Browser>;

  constructor(private readonly executablePath: string) {}

  private async launch(): Promise<Browser> {
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
        footerTemplate: FOOTER_TEMPLATE,
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
