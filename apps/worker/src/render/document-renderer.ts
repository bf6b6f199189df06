import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@safecase/common';
import { DOCUMENT_ISSUED_CHANNEL, DocumentRenders, type RenderJob } from '@safecase/persistence';
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { documentView } from './content';
import { DocumentPrinter } from './printer';
import { documentHtml, TEMPLATE_VERSION } from './template';

/** A sweep also runs this often, for a notification lost while the listener reconnected. */
const SWEEP_MS = 30_000;

/**
 * Prints every issued document once, off the request path. Issuance freezes the document's facts and
 * notifies `DOCUMENT_ISSUED_CHANNEL` at commit; this listener (and a sweep at start-up and every
 * SWEEP_MS) renders what has no file yet. Each render holds its document's row lock in the
 * transaction that stores the file and its audit entry, so a worker killed mid-render leaves nothing
 * and the next sweep (of any worker) renders it; several workers never render one document twice.
 *
 * Why not a Temporal activity: like the audit checkpoints, the files need only PostgreSQL and
 * Chromium, and are produced even while Temporal is down; and the workflows' histories stay as they are.
 */
@Injectable()
export class DocumentRenderer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DocumentRenderer.name);
  private readonly printer: DocumentPrinter | null;
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private queue: string[] = [];
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly renders: DocumentRenders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const path = config.files.chromiumPath;
    this.printer = path ? new DocumentPrinter(path) : null;
  }

  onApplicationBootstrap(): void {
    if (!this.printer) {
      this.logger.warn('CHROMIUM_PATH is not set: documents are numbered but not printed by this worker');
      return;
    }
    void this.listen();
    this.timer = setInterval(() => void this.sweep(), SWEEP_MS);
    this.timer.unref();
    void this.sweep();
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseUrl });
    client.on('notification', (n) => {
      if (n.channel === DOCUMENT_ISSUED_CHANNEL && n.payload) this.enqueue([n.payload]);
    });
    client.on('error', (error) => {
      if (this.stopped) return;
      this.logger.warn({ err: error }, 'document listener lost its connection; reconnecting');
      this.listener = undefined;
      client.end().catch(() => undefined);
      setTimeout(() => void this.listen().then(() => this.sweep()), 2000).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${DOCUMENT_ISSUED_CHANNEL}`);
      // Stopped while connecting: nobody would close this connection later.
      if (this.stopped) await client.end();
      else this.listener = client;
    } catch (error) {
      this.logger.warn({ err: error }, 'could not listen for issued documents; the sweep renders them');
      await client.end().catch(() => undefined);
    }
  }

  /** Renders everything that has no file yet (the start-up and periodic catch-up). */
  async sweep(): Promise<void> {
    if (this.stopped || !this.printer) return;
    try {
      this.enqueue(await this.renders.pending());
    } catch (error) {
      this.logger.error({ err: error }, 'could not list the documents waiting for their file');
    }
    await this.running;
  }

  private enqueue(ids: string[]): void {
    for (const id of ids) if (!this.queue.includes(id)) this.queue.push(id);
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
  }

  private async drain(): Promise<void> {
    for (let id = this.queue.shift(); id !== undefined && !this.stopped; id = this.queue.shift()) {
      try {
        const stored = await this.renders.renderOne(id, (job) => this.print(job));
        if (stored) this.logger.log({ documentId: id }, 'document printed');
      } catch (error) {
        // Left without a file: the next sweep tries again.
        this.logger.error({ err: error, documentId: id }, 'could not print a document');
      }
    }
  }

  private async print(job: RenderJob) {
    const { pdf, pages } = await this.printer!.print(documentHtml(documentView(job.facts)));
    return { pdf, pages, sha256: createHash('sha256').update(pdf).digest('hex'), template: TEMPLATE_VERSION };
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
    await this.printer?.close();
  }
}
