import {
  AuditCheckpoints,
  AuditLog,
  dataSourceOptions,
  entryHashOf,
  GENESIS_HASH,
  LEGACY_CHAIN,
  loadCheckpointSigningKey,
  migrate,
  MIGRATIONS,
  payloadDigestOf,
  readChainHeads,
} from '@safecase/persistence';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { testConfig } from '../support/apps';
import { testEnvironment } from '../support/environment';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

const settles = <T>(p: Promise<T>, ms: number): Promise<boolean> =>
  Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

/** One chain per agency (issue #16 §4): appends of different agencies never wait on each other. */
describe('audit chains per agency (real PostgreSQL)', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(testEnvironment().databaseUrl)).initialize();
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await db?.destroy();
  }, SERVER_HOOK_TIMEOUT_MS);

  it("lets another agency append while one agency's append is uncommitted; the same agency waits", async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const log = new AuditLog(db);
    const entry = (agencyId: string) => ({
      agencyId,
      caseId: `chains-${randomUUID()}`,
      action: 'test.append',
      outcome: 'automatic' as const,
      payload: {},
    });
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const held = await log.append(entry(a), runner.manager);
      expect(held).toMatchObject({ chain: `agency:${a}`, chainSeq: 1, prevHash: GENESIS_HASH });
      const other = log.append(entry(b));
      expect(await settles(other, 10_000)).toBe(true);
      expect(await other).toMatchObject({ chain: `agency:${b}`, chainSeq: 1 });
      const same = log.append(entry(a));
      expect(await settles(same, 1_000)).toBe(false);
      await runner.commitTransaction();
      expect(await same).toMatchObject({ chain: `agency:${a}`, chainSeq: 2, prevHash: held.entryHash });
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it("links each entry to its case's previous one, across chains", async () => {
    const log = new AuditLog(db);
    const caseId = `chains-case-${randomUUID()}`;
    const [city, province] = [randomUUID(), randomUUID()];
    const first = await log.append({
      agencyId: city,
      caseId,
      action: 'case.opened',
      outcome: 'accepted',
      payload: {},
    });
    // A refusal of a province user about the city's case: the province's chain, the case's link.
    const refused = await log.append({
      agencyId: province,
      caseId,
      action: 'case.order.issue',
      outcome: 'rejected',
      payload: {},
    });
    const next = await log.append({
      agencyId: city,
      caseId,
      action: 'case.note',
      outcome: 'accepted',
      payload: {},
    });
    expect(first.casePrevHash).toBe(GENESIS_HASH);
    expect(refused).toMatchObject({ chain: `agency:${province}`, casePrevHash: first.entryHash });
    expect(next).toMatchObject({ chainSeq: 2, prevHash: first.entryHash, casePrevHash: refused.entryHash });
    expect((await log.forCase(caseId)).map((e) => e.id)).toEqual([first.id, refused.id, next.id]);
  });

  it('appends several entries in one go, in order, and a retried batch writes nothing twice', async () => {
    const log = new AuditLog(db);
    const agencyId = randomUUID();
    const [c1, c2] = [`chains-batch-${randomUUID()}`, `chains-batch-${randomUUID()}`];
    const input = (caseId: string, n: number) => ({
      agencyId,
      caseId,
      action: `test.batch.${n}`,
      outcome: 'automatic' as const,
      payload: { n, nested: { b: 2, a: 1 } },
      dedupKey: `test:${caseId}:${n}`,
    });
    const [one] = await log.appendAll([input(c1, 1)]);
    const batch = await log.appendAll([input(c1, 1), input(c2, 1), input(c1, 2), input(c2, 1)]);
    // The first was appended before, the last repeats the second: both answer the entry first written.
    expect(batch[0]).toEqual(one);
    expect(batch[3]).toEqual(batch[1]);
    expect(batch.map((e) => e.chainSeq)).toEqual([1, 2, 3, 2]);
    expect(batch[1]).toMatchObject({ prevHash: one!.entryHash, casePrevHash: GENESIS_HASH });
    expect(batch[2]).toMatchObject({ prevHash: batch[1]!.entryHash, casePrevHash: one!.entryHash });
    expect(batch[2]!.id).toBeGreaterThan(batch[1]!.id);
    for (const e of batch) {
      expect(e.payloadDigest).toBe(payloadDigestOf(e.payload));
      expect(e.entryHash).toBe(entryHashOf(e));
    }
    const stored = await log.forCase(c1);
    expect(stored).toEqual([one, batch[2]]);
  });

  it('commits works of one agency together; a failed work writes nothing and fails alone', async () => {
    const log = new AuditLog(db);
    const agencyId = randomUUID();
    const table = `audit_batch_${randomBytes(4).toString('hex')}`;
    await db.query(`CREATE TABLE ${table} (n int PRIMARY KEY)`);
    try {
      const results = await Promise.allSettled(
        Array.from({ length: 12 }, (_, n) =>
          log.transact(agencyId, async (m, audit) => {
            await m.query(`INSERT INTO ${table} (n) VALUES ($1)`, [n]);
            audit.push({
              agencyId,
              caseId: `batch-${n % 3}`,
              action: 'test.batch',
              outcome: 'automatic',
              payload: { n },
            });
            // A failing statement: its savepoint is rolled back, the others' writes stay.
            if (n === 5) await m.query(`INSERT INTO ${table} (n) VALUES ($1)`, [n]);
            return n;
          }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(
        Array.from({ length: 12 }, (_, n) => (n === 5 ? 'rejected' : 'fulfilled')),
      );
      const written: { n: number }[] = await db.query(`SELECT n FROM ${table} ORDER BY n`);
      expect(written.map((r) => r.n)).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11]);
      const entries: { chain_seq: string; payload: { n: number } }[] = await db.query(
        'SELECT chain_seq, payload FROM audit_entry WHERE chain = $1 ORDER BY id',
        [`agency:${agencyId}`],
      );
      expect(entries.map((e) => Number(e.chain_seq))).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
      expect(entries.map((e) => e.payload.n).sort((a, b) => a - b)).toEqual([
        0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11,
      ]);
    } finally {
      await db.query(`DROP TABLE ${table}`);
    }
  });

  it('keeps one chain gap-free and linked when many appenders of one agency race', async () => {
    const log = new AuditLog(db);
    const agencyId = randomUUID();
    const cases = Array.from({ length: 4 }, () => `chains-race-${randomUUID()}`);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        log.appendAll(
          [0, 1].map((k) => ({
            agencyId,
            caseId: cases[(i + k) % cases.length],
            action: 'test.race',
            outcome: 'automatic' as const,
            payload: { i, k },
          })),
        ),
      ),
    );
    const rows: { id: string; chain_seq: string; prev_hash: string; entry_hash: string }[] = await db.query(
      'SELECT id, chain_seq, prev_hash, entry_hash FROM audit_entry WHERE chain = $1 ORDER BY id',
      [`agency:${agencyId}`],
    );
    expect(rows.map((r) => Number(r.chain_seq))).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    rows.forEach((r, i) => expect(r.prev_hash).toBe(i === 0 ? GENESIS_HASH : rows[i - 1]!.entry_hash));
    for (const c of cases) {
      const entries = await log.forCase(c);
      entries.forEach((e, i) =>
        expect(e.casePrevHash).toBe(i === 0 ? GENESIS_HASH : entries[i - 1]!.entryHash),
      );
    }
  });
});

/**
 * The migration keeps the entries written before the split as the closed chain `global`, hashes
 * untouched, so a checkpoint signed before it still checks; it adds their case links.
 */
describe('converting the single chain (migration 1765370000000)', () => {
  const base = testEnvironment().databaseUrl;
  const name = `safecase_chains_${randomBytes(6).toString('hex')}`;
  const url = new URL(base);
  url.pathname = `/${name}`;
  let admin: DataSource;
  let db: DataSource | undefined;
  let directory: string;

  beforeAll(async () => {
    admin = await new DataSource(dataSourceOptions(base)).initialize();
    await admin.query(`CREATE DATABASE ${name}`);
    directory = mkdtempSync(join(tmpdir(), 'safecase-chains-'));
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await db?.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.destroy();
    rmSync(directory, { recursive: true, force: true });
  }, SERVER_HOOK_TIMEOUT_MS);

  it('converts existing entries without changing a hash, and new entries link to them', async () => {
    // The schema as it was: every migration before this one.
    const before = MIGRATIONS.filter((m) => Number(/(\d{13})$/.exec(m.name)![1]) < 1765370000000);
    const old = await new DataSource({
      ...dataSourceOptions(url.toString()),
      migrations: before,
    }).initialize();
    await old.runMigrations({ transaction: 'all' });
    const caseId = `legacy-case-${randomUUID()}`;
    const agencyId = randomUUID();
    let prevHash = GENESIS_HASH;
    for (let id = 1; id <= 4; id += 1) {
      const payload = { id };
      // The legacy formula: chain `global`, without the fields the split added.
      const e = {
        id,
        occurredAt: new Date(Date.UTC(2026, 10, 1, 0, 0, id)).toISOString(),
        actorId: null,
        actorUsername: 'nc.officer1',
        actorRole: 'officer',
        agencyId,
        requestId: null,
        caseId: id === 3 ? null : caseId,
        workflowId: null,
        runId: null,
        action: 'case.note',
        outcome: 'accepted' as const,
        reason: null,
        documentNumber: null,
        payloadDigest: payloadDigestOf(payload),
        chain: LEGACY_CHAIN,
        chainSeq: id,
        prevHash,
        casePrevHash: null,
      };
      const entryHash = entryHashOf(e);
      await old.query(
        `INSERT INTO audit_entry (id, occurred_at, actor_username, actor_role, agency_id, case_id, action, outcome,
           payload, payload_digest, prev_hash, entry_hash) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
        [
          id,
          e.occurredAt,
          e.actorUsername,
          e.actorRole,
          agencyId,
          e.caseId,
          e.action,
          e.outcome,
          payload,
          e.payloadDigest,
          prevHash,
          entryHash,
        ],
      );
      prevHash = entryHash;
    }
    await old.destroy();

    // A checkpoint of the single chain, as the system signed them before the split.
    const config = testConfig().auditCheckpoints;
    const key = loadCheckpointSigningKey(config);
    await migrate(url.toString());
    db = await new DataSource(dataSourceOptions(url.toString())).initialize();
    const checkpoints = new AuditCheckpoints(db, key, directory);
    const legacyCheckpoint = (await checkpoints.take({ origin: 'command' }))!.checkpoint;
    expect(legacyCheckpoint.chains).toEqual([{ chain: LEGACY_CHAIN, headId: 4, headHash: prevHash }]);

    const log = new AuditLog(db);
    expect(await log.verify()).toMatchObject({
      ok: true,
      checked: 4,
      chains: [{ chain: LEGACY_CHAIN, checked: 4, headId: 4, headHash: prevHash }],
    });
    const legacy = await log.forCase(caseId);
    expect(legacy.map((e) => [e.id, e.chain, e.chainSeq])).toEqual([
      [1, LEGACY_CHAIN, 1],
      [2, LEGACY_CHAIN, 2],
      [4, LEGACY_CHAIN, 4],
    ]);
    expect(legacy.map((e) => e.casePrevHash)).toEqual([
      GENESIS_HASH,
      legacy[0]!.entryHash,
      legacy[1]!.entryHash,
    ]);

    // New entries go to the agency's chain, after the legacy ids, and link to the case's last legacy entry.
    const next = await log.append({
      agencyId,
      caseId,
      action: 'case.note',
      outcome: 'accepted',
      payload: {},
    });
    expect(next).toMatchObject({
      id: 5,
      chain: `agency:${agencyId}`,
      chainSeq: 1,
      prevHash: GENESIS_HASH,
      casePrevHash: legacy[2]!.entryHash,
    });
    expect(await log.verify()).toMatchObject({ ok: true, checked: 5 });
    expect((await checkpoints.check(legacyCheckpoint)).ok).toBe(true);
    expect((await readChainHeads(db.manager)).map((h) => h.chain)).toEqual([
      `agency:${agencyId}`,
      LEGACY_CHAIN,
    ]);
  });
});
