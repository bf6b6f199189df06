import { ChromiumPrinter } from '@safecase/common';
import { FOOTER_TEMPLATE } from './template';

/** The worker's one long-lived Chromium, printing every document with its "共 X 页 第 Y 页" footer. */
export class DocumentPrinter extends ChromiumPrinter {
  constructor(executablePath: string) {
    super(executablePath, FOOTER_TEMPLATE);
  }
}
