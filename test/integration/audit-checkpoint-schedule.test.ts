import {
  AuditCheckpoints,
  AuditLog,
  checkpointSignatureValid,
  loadCheckpointSigningKey,
  readChainHeads,
  type ChainHead,
  type SignedCheckpoint,
} from '@safecase/persistence';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CheckpointScheduler } from '../../apps/worker/src/checkpoints/checkpoint-scheduler';
import { startWorker, testConfig, type RunningWorker } from '../support/apps';
import { ownDatabase } from '../support/own-database';

// Starting servers and a database of its own takes long on a busy machine: wait for them, not for 5 s.
jest.setTimeout(180_000);

interface Row {
  id: number;
  origin: string;
  document: SignedCheckpoint;
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 120_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The worker signs the chain heads on its schedule, once at start-up, and never the same heads twice. */
describe('scheduled audit checkpoints in the worker', () => {
  let own: Awaited<ReturnType<typeof ownDatabase>>;
  let worker: RunningWorker | undefined;
  let directory: string;
  const config = testConfig();
  const rows = (): Promise<Row[]> =>
    own.db.query<Row[]>('SELECT id::int, origin, document FROM audit_checkpoint ORDER BY id');
  // Every chain's head (one per agency, and `system` for entries of none), as a checkpoint names them.
  const heads = (): Promise<ChainHead[]> => readChainHeads(own.db.manager);
  const systemHead = (chains: ChainHead[]) => chains.find((c) => c.chain === 'system')?.headId;

  beforeAll(async () => {
    own = await ownDatabase();
    directory = mkdtempSync(join(tmpdir(), 'safecase-scheduled-'));
  });
  afterAll(async () => {
    await worker?.stop();
    await own?.drop();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('writes one at start-up and another once the head moves, skipping unchanged heads', async () => {
    // The configured minimum is 10 s; a shorter interval keeps this test short.
    worker = await startWorker({
      ...config,
      databaseUrl: own.url,
      auditCheckpoints: { ...config.auditCheckpoints, directory, intervalSeconds: 1 },
    });
    const startHeads = await heads();
    const [first] = await waitFor('the start-up checkpoint', async () => {
      const found = await rows();
      return found.length > 0 ? found : undefined;
    });
    expect(first).toMatchObject({
      origin: 'schedule',
      document: { chains: startHeads },
    });

    // Nothing appended: however often it ticks, no second checkpoint of the same heads.
    const scheduler = worker.context.get(CheckpointScheduler);
    for (let i = 0; i < 3; i += 1) await scheduler.tick();
    expect(await rows()).toHaveLength(1);

    // An entry of no agency: the `system` chain's head moves, the other chains' stay.
    const appended = await new AuditLog(own.db).append({
      action: 'test.append',
      outcome: 'automatic',
      payload: {},
    });
    expect(appended.chain).toBe('system');
    const second = await waitFor('a checkpoint of the new head', async () => {
      const found = await rows();
      return found.find((r) => systemHead(r.document.chains) === appended.id);
    });
    expect(second.document.chains).toEqual(await heads());
    expect(second.origin).toBe('schedule');
    expect(await rows()).toHaveLength(2);

    const key = loadCheckpointSigningKey(config.auditCheckpoints);
    const lines = readFileSync(join(directory, 'checkpoints.jsonl'), 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l) as SignedCheckpoint)).toEqual([first!.document, second.document]);
    for (const line of lines)
      expect(checkpointSignatureValid(JSON.parse(line) as SignedCheckpoint, key.publicKey)).toBe(true);
    await worker.stop();
    worker = undefined;
  });

  it('lets several workers race without writing the same heads twice', async () => {
    const appended = await new AuditLog(own.db).append({
      action: 'test.append',
      outcome: 'automatic',
      payload: {},
    });
    const key = loadCheckpointSigningKey(config.auditCheckpoints);
    const writers = [1, 2, 3].map(() => new AuditCheckpoints(own.db, key, directory));
    const taken = await Promise.all(writers.map((w) => w.take({ origin: 'schedule', onlyIfMoved: true })));
    const written = taken.filter((t) => t !== null);
    expect(written).toHaveLength(1);
    expect(written[0]!.checkpoint.chains).toEqual(await heads());
    expect(systemHead(written[0]!.checkpoint.chains)).toBe(appended.id);
    expect((await rows()).filter((r) => systemHead(r.document.chains) === appended.id)).toHaveLength(1);
  });
});
