import type { INestApplication } from '@nestjs/common';
import { loadConfig, type AppConfig } from '@safecase/common';
import { RULEBOOK_2026_V1 } from '@safecase/domain';
import { dataSourceOptions, migrate, seedCalendar, seedDemo, seedRulebook } from '@safecase/persistence';
import { registerSearchAttributes } from '@safecase/temporal';
import { Connection } from '@temporalio/client';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startApi } from './apps';

/** What the drills use of scripts/lib/services.js (plain JS, shared with `npm start` and `npm test`). */
interface Proc {
  name: string;
  child: ChildProcess;
  exited: Promise<number>;
  stop(): Promise<number>;
}
interface Services {
  sleep(ms: number): Promise<void>;
  freePort(): Promise<number>;
  startChild(
    name: string,
    command: string,
    args: string[],
    options: { env?: NodeJS.ProcessEnv; cwd?: string; quiet?: boolean; ipc?: boolean; graceMs?: number },
  ): Proc;
  startEmbeddedPostgres(o: {
    dataDir: string;
    port: number;
    database: string;
    persistent: boolean;
  }): Promise<Proc & { url: string }>;
  killProcessGroup(proc: Proc): Promise<void>;
  supervise<P extends Proc>(
    label: string,
    start: () => Promise<P>,
    options: { maxRestarts: number; windowMs?: number; backoffMs?: number; log?: (m: string) => void },
  ): Promise<P & { running: boolean; reason: string | null; restarts: number }>;
  startTemporalDevServer(o: {
    cli: string;
    port: number;
    dbFile?: string;
    headless: boolean;
    quiet: boolean;
  }): Promise<Proc & { address: string }>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const services = require('../../scripts/lib/services.js') as Services;

const ROOT = join(__dirname, '../..');

/** A server of the drill's own: killed with SIGKILL and started again on the same data and port. */
export class KillableServer<P extends Proc> {
  private proc: P | undefined;
  private alive = false;

  constructor(private readonly launch: () => Promise<P>) {}

  async start(): Promise<P> {
    this.proc = await this.launch();
    this.alive = true;
    void this.proc.exited.then(() => (this.alive = false));
    return this.proc;
  }

  get current(): P {
    if (!this.proc) throw new Error('not started');
    return this.proc;
  }

  async kill(): Promise<void> {
    if (this.proc) await services.killProcessGroup(this.proc);
  }

  async stop(): Promise<void> {
    if (this.proc && this.alive) await this.proc.stop();
  }
}

/** The API as `npm start` runs it (apps/api/src/main.ts), listening on a port of its own. */
export interface ApiProcess {
  url: string;
  readonly running: boolean;
  stop(): Promise<void>;
}

/** A worker in a process of its own (test/support/worker-process.ts), so it can be SIGKILLed. */
export interface WorkerProcess {
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export interface Drill {
  config: AppConfig;
  api: INestApplication;
  /** A connection of the drill's own to its database (for locks and assertions); reconnects after a restart. */
  db: DataSource;
  pg: KillableServer<Proc & { url: string }>;
  temporal: KillableServer<Proc & { address: string }>;
  /** Starts a worker process; `temporalAddress` lets a drill put something between it and Temporal. */
  startWorker(options?: { temporalAddress?: string }): Promise<WorkerProcess>;
  /** Starts apps/api/src/main.ts; resolves once it answers GET /health at all (200 or 503). */
  startApiProcess(): Promise<ApiProcess>;
  close(): Promise<void>;
}

/**
 * Everything a fault drill needs, of its own, whatever DATABASE_URL says: an embedded PostgreSQL and a
 * Temporal dev server with a database file (both in .cache/drills/<id>, so killing them harms no other
 * test), migrated and seeded like the run's database, the API in this process and workers as child
 * processes. Each part is awaited until it is ready, never slept for.
 */
export async function startDrill(name: string): Promise<Drill> {
  const cli = process.env.TEMPORAL_CLI;
  if (!cli) throw new Error('TEMPORAL_CLI is not set: run the drills with `npm test`.');
  const dir = join(ROOT, '.cache', 'drills', `${name}-${randomUUID().slice(0, 8)}`);
  mkdirSync(dir, { recursive: true });
  const [pgPort, temporalPort] = [await services.freePort(), await services.freePort()];
  const pg = new KillableServer(() =>
    services.startEmbeddedPostgres({
      dataDir: join(dir, 'postgres'),
      port: pgPort,
      database: 'safecase_drill',
      persistent: true,
    }),
  );
  const temporal = new KillableServer(() =>
    services.startTemporalDevServer({
      cli,
      port: temporalPort,
      dbFile: join(dir, 'temporal.db'),
      headless: true,
      quiet: true,
    }),
  );
  const children: { stop(): Promise<void> }[] = [];
  let api: INestApplication | undefined;
  let db: DataSource | undefined;
  const close = async () => {
    await api?.close();
    for (const c of children) await c.stop();
    await db?.destroy();
    await temporal.stop();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const [{ url }, { address }] = await Promise.all([pg.start(), temporal.start()]);
    await migrate(url);
    db = await new DataSource(dataSourceOptions(url)).initialize();
    await seedCalendar(db);
    await seedDemo(db);
    await seedRulebook(db, [RULEBOOK_2026_V1]);
    const connection = await Connection.connect({ address });
    try {
      await registerSearchAttributes(connection, 'default');
    } finally {
      await connection.close();
    }
    const base = loadConfig();
    const config: AppConfig = {
      ...base,
      databaseUrl: url,
      // The outages are on purpose: their warnings would only bury a real failure's output.
      logLevel: 'error',
      temporal: { ...base.temporal, address, taskQueue: `drill-${name}-${randomUUID()}` },
    };
    api = await startApi(config);

    // Our TypeScript in a process of its own, compiled as Jest compiles it, on the drill's servers.
    const ts = (entry: string, env: NodeJS.ProcessEnv) =>
      services.startChild(
        entry.includes('worker') ? 'worker' : 'api',
        process.execPath,
        ['-r', join(__dirname, 'ts-register.js'), entry],
        {
          cwd: ROOT,
          quiet: true,
          ipc: true,
          env: {
            ...process.env,
            DATABASE_URL: config.databaseUrl,
            TEMPORAL_ADDRESS: config.temporal.address,
            TEMPORAL_TASK_QUEUE: config.temporal.taskQueue,
            ...env,
          },
        },
      );

    const startWorker = async (options: { temporalAddress?: string } = {}): Promise<WorkerProcess> => {
      const proc = ts(join(__dirname, 'worker-process.ts'), {
        TEMPORAL_ADDRESS: options.temporalAddress ?? config.temporal.address,
      });
      await new Promise<void>((resolve, reject) => {
        proc.child.once('message', () => resolve());
        void proc.exited.then((code) =>
          reject(new Error(`the worker exited (code ${code}) before it was ready`)),
        );
      });
      const worker = {
        kill: () => services.killProcessGroup(proc),
        stop: async () => void (await proc.stop()),
      };
      children.push(worker);
      return worker;
    };

    const startApiProcess = async (): Promise<ApiProcess> => {
      const port = await services.freePort();
      const proc = ts(join(ROOT, 'apps/api/src/main.ts'), { PORT: String(port), HOST: '127.0.0.1' });
      let running = true;
      void proc.exited.then(() => (running = false));
      const url = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 120_000;
      for (;;) {
        const answered = await fetch(`${url}/health`).then(
          () => true,
          () => false,
        );
        if (answered) break;
        if (!running) throw new Error('the API process exited before it answered');
        if (Date.now() > deadline) throw new Error('the API process did not answer within 120 s');
        await services.sleep(250);
      }
      const api = {
        url,
        get running() {
          return running;
        },
        stop: async () => void (await proc.stop()),
      };
      children.push(api);
      return api;
    };

    return { config, api, db, pg, temporal, startWorker, startApiProcess, close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}
