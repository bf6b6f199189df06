import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, ChromiumPrinter, ProblemException, type AppConfig } from '@safecase/common';
import { msg } from '@safecase/domain';
import { contentsPageHtml, coverPageHtml, PAGE_FOOTER } from './case-file-html';
import type { CaseFileContents, CaseFilePrints } from './case-file-writer';

/**
 * Prints the 案卷首页 and 卷内目录 of an export to PDF with a Chromium of the API's own (launched on the
 * first export, kept for the next). They are printed before the zip's first byte: a page or two takes
 * well under a second, the zip then still streams, and a printer that fails is a 503 in Chinese
 * rather than a download broken off halfway. The worker's renderer would have meant a queue and a wait
 * on a request that should answer at once; these two pages are not documents, nothing else needs them.
 */
@Injectable()
export class CaseFilePrinter implements OnModuleDestroy {
  private readonly logger = new Logger(CaseFilePrinter.name);
  private readonly printer: ChromiumPrinter | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const path = config.files.chromiumPath;
    this.printer = path ? new ChromiumPrinter(path, PAGE_FOOTER) : null;
    if (!path) this.logger.warn('CHROMIUM_PATH is not set: case files are exported without the cover PDFs');
  }

  /** Null without CHROMIUM_PATH: the export then carries the JSON, text and HTML forms only. */
  async print({ cover, toc }: CaseFileContents): Promise<CaseFilePrints> {
    if (!this.printer) return null;
    try {
      const printed = await this.printer.print(coverPageHtml(cover));
      const contents = await this.printer.print(contentsPageHtml(cover, toc));
      return { cover: printed.pdf, contents: contents.pdf };
    } catch (error) {
      this.logger.error({ err: error }, 'could not print the case file cover');
      throw new ProblemException('service.unavailable', msg('api.case_file_printer_unavailable'));
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.printer?.close();
  }
}
