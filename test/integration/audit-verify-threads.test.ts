import { AuditLog, dataSourceOptions, migrate, type VerifyResult } from '@safecase/persistence';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { testEnvironment } from '../support/environment';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

/**
 * Verification with its hashing spread over threads (issue #16 §4) answers exactly what the one
 * thread answers: the same counts and heads when the log holds, the same first broken entry and
 * problem when it does not, wherever the break sits among the ranges the threads hash.
 */
describe('audit verification in hashing threads (real PostgreSQL)', () => {
  const base = testEnvironment().databaseUrl;
  const name = `safecase_verify_${randomBytes(6).toString('hex')}`;
  const url = new URL(base);
  url.pathname = `/${name}`;
  let admin: DataSource;
  let db: DataSource;
  let log: AuditLog;
  let ids: number[];

  beforeAll(async () => {
    admin = await new DataSource(dataSourceOptions(base)).initialize();
    await admin.query(`CREATE DATABASE ${name}`);
    await migrate(url.toString());
    db = await new DataSource(dataSourceOptions(url.toString())).initialize();
    log = new AuditLog(db);
    const agencies = [randomUUID(), randomUUID(), randomUUID()];
    const cases = Array.from({ length: 12 }, () => `verify-${randomUUID()}`);
    const entries = Array.from({ length: 240 }, (_, i) => ({
      agencyId: agencies[i % 3],
      caseId: i % 5 === 0 ? null : cases[i % 12],
      action: 'test.verify',
      outcome: 'automatic' as const,
      documentNumber: i % 7 === 0 ? `洪应急检记〔2026〕${i}号` : null,
      payload: { i, text: '隐患 "quoted"\n', list: [3, 1, { b: null, a: 'x' }] },
    }));
    ids = [];
    for (let i = 0; i < entries.length; i += 40)
      ids.push(...(await log.appendAll(entries.slice(i, i + 40))).map((e) => e.id));
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await db?.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.destroy();
  }, SERVER_HOOK_TIMEOUT_MS);

  const tamper = (sql: string, id: number) =>
    db.transaction(async (m) => {
      await m.query('ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_delete');
      await m.query(sql, [id]);
      await m.query('ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_delete');
    });

  /** Both ways, small batches so the entries span many ranges; answers the threads' result. */
  async function bothWays(): Promise<VerifyResult> {
    const progress: number[] = [];
    const one = await log.verify({ batchSize: 17, hashThreads: 0 });
    const threads = await log.verify({
      batchSize: 17,
      hashThreads: 3,
      onProgress: (p) => progress.push(p.checked),
    });
    expect(threads).toEqual(one);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    return threads;
  }

  it('holds, with the same heads and counts', async () => {
    const result = await bothWays();
    expect(result).toMatchObject({ ok: true, checked: 240, head: { id: ids[239] } });
    expect(result.chains.map((c) => c.checked)).toEqual([80, 80, 80]);
  });

  it('names the first broken entry, content or link, wherever it sits', async () => {
    // A payload edited late, then a document number edited earlier: the earlier one is named.
    await tamper(`UPDATE audit_entry SET payload = '{"i": -1}' WHERE id = $1`, ids[200]!);
    expect(await bothWays()).toMatchObject({
      ok: false,
      firstBrokenEntry: ids[200],
      problem: 'payload does not match its digest',
      checked: 200,
    });
    await tamper(`UPDATE audit_entry SET document_number = '改' WHERE id = $1`, ids[120]!);
    expect(await bothWays()).toMatchObject({
      firstBrokenEntry: ids[120],
      problem: 'entry_hash does not match its content',
    });
    // In the same range as a content break, a link break one entry before it is the one named.
    await tamper(`UPDATE audit_entry SET prev_hash = repeat('1', 64) WHERE id = $1`, ids[40]!);
    await tamper(`UPDATE audit_entry SET document_number = '改' WHERE id = $1`, ids[41]!);
    expect(await bothWays()).toMatchObject({
      firstBrokenEntry: ids[40],
      problem: 'prev_hash does not match the previous entry of its chain',
      checked: 40,
    });
  });
});
