import type { DataSource, EntityManager } from 'typeorm';
import { appendEntries, type AuditEntryInput } from './audit-append';

/** A piece of work that writes in `m` and adds the audit entries it records to `audit`. */
export type AuditedWork<T> = (m: EntityManager, audit: AuditEntryInput[]) => Promise<T>;

interface Pending {
  work: AuditedWork<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Works of one batch at most, and batches of one chain under way at once. */
const MAX_BATCH = 32;
const PARALLEL_BATCHES = 2;

/**
 * Group commit for writers of one chain (a deadline storm: hundreds of projections of one agency at
 * once). Each chain's append holds the chain's lock until its transaction commits, and under load
 * every statement of that section waits for this process's event loop; so works that queue while a
 * batch of their chain is under way run together in the next one: one transaction, each work in a
 * savepoint of its own, then every audit entry they recorded appended in their order under one lock,
 * and one commit. A work that fails is rolled back to its savepoint and fails alone; when the commit
 * fails, every work of the batch fails and nothing of it is written. Each caller hears only after the
 * commit, so a work's effects and its audit entries are durable together, or not at all, as before.
 */
export class AuditBatches {
  private readonly queues = new Map<string, { pending: Pending[]; running: number }>();

  constructor(private readonly db: DataSource) {}

  run<T>(chain: string, work: AuditedWork<T>): Promise<T> {
    let queue = this.queues.get(chain);
    if (!queue) {
      queue = { pending: [], running: 0 };
      this.queues.set(chain, queue);
    }
    const p = new Promise<T>((resolve, reject) => {
      queue.pending.push({
        work: work,
        resolve: resolve as (v: unknown) => void,
        reject,
      });
    });
    this.pump(chain);
    return p;
  }

  private pump(chain: string) {
    const queue = this.queues.get(chain);
    if (!queue) return;
    while (queue.running < PARALLEL_BATCHES && queue.pending.length > 0) {
      const batch = queue.pending.splice(0, MAX_BATCH);
      queue.running += 1;
      void this.runBatch(batch).finally(() => {
        queue.running -= 1;
        if (queue.running === 0 && queue.pending.length === 0) this.queues.delete(chain);
        else this.pump(chain);
      });
    }
  }

  private async runBatch(batch: Pending[]): Promise<void> {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      await this.db.transaction(async (m) => {
        const audit: AuditEntryInput[] = [];
        const own = batch.length > 1;
        for (const { work } of batch) {
          const mine: AuditEntryInput[] = [];
          if (own) await m.query('SAVEPOINT audited_work');
          try {
            const value = await work(m, mine);
            if (own) await m.query('RELEASE SAVEPOINT audited_work');
            audit.push(...mine);
            outcomes.push({ ok: true, value });
          } catch (error) {
            // Alone in its transaction, a failed work fails the transaction, as it always did.
            if (!own) throw error;
            await m.query('ROLLBACK TO SAVEPOINT audited_work');
            outcomes.push({ ok: false, error });
          }
        }
        await appendEntries(m, audit);
      });
    } catch (error) {
      batch.forEach((p) => p.reject(error));
      return;
    }
    batch.forEach((p, i) => {
      const o = outcomes[i]!;
      if (o.ok) p.resolve(o.value);
      else p.reject(o.error);
    });
  }
}
