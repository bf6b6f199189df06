import type { Worker } from 'node:worker_threads';
import type { DataSourceOptions } from 'typeorm';
import type { HashMessage, HashRequest } from './audit-hash-thread';
import { startAuditThread } from './audit-threads';

// Runtime imports are Node built-ins and ./audit-threads only: the verification thread loads this file.

export type Verdict = { count: number; first: { id: number; problem: string } | null };

/** Hashing threads in one snapshot: each range goes to the thread with the fewest ranges waiting. */
export class HashPool {
  private readonly waiting = new Map<number, { resolve: (v: Verdict) => void; reject: (e: Error) => void }>();
  private readonly load: number[];
  private nextJob = 1;
  private failure: Error | null = null;

  private constructor(
    private readonly threads: Worker[],
    private readonly exits: Promise<unknown>[],
  ) {
    this.load = threads.map(() => 0);
  }

  static async start(connection: DataSourceOptions, snapshot: string, size: number): Promise<HashPool> {
    const threads: Worker[] = [];
    const exits: Promise<unknown>[] = [];
    const ready: Promise<void>[] = [];
    for (let i = 0; i < size; i++) {
      const t = startAuditThread('audit-hash-thread', { auditHash: { connection, snapshot } });
      threads.push(t);
      exits.push(new Promise((resolve) => t.once('exit', resolve)));
      ready.push(
        new Promise<void>((resolve, reject) => {
          t.once('error', reject);
          const first = (m: HashMessage) => {
            if (m.type === 'ready') resolve();
            else if (m.type === 'failed') reject(new Error(m.message));
          };
          t.once('message', first);
        }),
      );
    }
    const pool = new HashPool(threads, exits);
    try {
      await Promise.all(ready);
    } catch (e) {
      await pool.close();
      throw e;
    }
    threads.forEach((t, i) => pool.listen(t, i));
    return pool;
  }

  private listen(t: Worker, index: number) {
    t.on('message', (m: HashMessage) => {
      if (m.type === 'verdict') {
        this.load[index]! -= 1;
        const w = this.waiting.get(m.job);
        this.waiting.delete(m.job);
        w?.resolve({ count: m.count, first: m.first });
      } else if (m.type === 'failed') this.fail(new Error(m.message));
    });
    t.on('error', (e) => this.fail(e));
    t.on('exit', (code) => {
      if (this.waiting.size > 0) this.fail(new Error(`a hashing thread exited (${code}) with work left`));
    });
  }

  private fail(e: Error) {
    this.failure ??= e;
    for (const w of this.waiting.values()) w.reject(this.failure);
    this.waiting.clear();
  }

  /** The first entry of ids (after, upto] whose content does not hold, and how many entries there are. */
  check(after: number, upto: number): Promise<Verdict> {
    if (this.failure) return Promise.reject(this.failure);
    const job = this.nextJob++;
    const index = this.load.indexOf(Math.min(...this.load));
    this.load[index]! += 1;
    return new Promise<Verdict>((resolve, reject) => {
      this.waiting.set(job, { resolve, reject });
      this.threads[index]!.postMessage({ type: 'check', job, after, upto } satisfies HashRequest);
    });
  }

  /** Lets each thread end its transaction and connection, then stops it. */
  async close(): Promise<void> {
    this.threads.forEach((t) => {
      t.postMessage({ type: 'close' });
      // A thread that cannot close its connection in time is stopped all the same.
      setTimeout(() => void t.terminate(), 5000).unref();
    });
    await Promise.all(this.exits);
  }
}
