import type { INestApplication } from '@nestjs/common';
import {
  AuditLog,
  canonicalJson,
  DEMO_AGENCIES,
  readChainHeads,
  type SignedCheckpoint,
} from '@safecase/persistence';
import { createPublicKey, randomUUID, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { startApi, testConfig } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { ownDatabase } from '../support/own-database';

// Starting servers and a database of its own takes long on a busy machine: wait for them, not for 5 s.
jest.setTimeout(180_000);

interface Stored {
  id: number;
  origin: string;
  requestedBy: string | null;
  checkpoint: SignedCheckpoint;
}

/**
 * Signed checkpoints (issue #12 item 7) on a database of the test's own: the test deletes the newest
 * audit entries as a superuser past the triggers, which would break every other file's chain.
 */
describe('signed audit checkpoints make a deleted tail evident', () => {
  let own: Awaited<ReturnType<typeof ownDatabase>>;
  let api: INestApplication;
  let db: DataSource;
  let log: AuditLog;
  let directory: string;
  const caseId = `checkpoint-case-${randomUUID()}`;
  // The test's entries are Nanchang's; sign-ins of the admin and the auditor go to the province's chain.
  const ours = `agency:${DEMO_AGENCIES[1].id}`;
  const as = async (username: string) => bearer(await tokenFor(api, username));
  const http = () => request(api.getHttpServer());
  const fileLines = () =>
    readFileSync(join(directory, 'checkpoints.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l !== '');
  const appendEntries = async (count: number) => {
    for (let i = 0; i < count; i += 1)
      await log.append({
        actorUsername: 'nc.officer1',
        agencyId: DEMO_AGENCIES[1].id,
        caseId,
        action: 'case.note',
        outcome: 'accepted',
        payload: { i },
      });
  };
  const take = async (username = 'admin'): Promise<Stored> =>
    (
      await http()
        .post('/audit/checkpoints')
        .set(await as(username))
        .expect(201)
    ).body as Stored;
  const verifyWith = async (checkpoint: unknown, status = 200) =>
    http()
      .post('/audit/verify')
      .set(await as('prov.auditor'))
      .send(checkpoint as object)
      .expect(status);

  beforeAll(async () => {
    own = await ownDatabase();
    db = own.db;
    log = new AuditLog(db);
    directory = mkdtempSync(join(tmpdir(), 'safecase-checkpoints-'));
    const config = testConfig();
    api = await startApi({
      ...config,
      databaseUrl: own.url,
      auditCheckpoints: { ...config.auditCheckpoints, directory },
    });
  });
  afterAll(async () => {
    await api?.close();
    await own?.drop();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('verifies as a background job that reports its progress, then the same result as GET /audit/verify', async () => {
    await appendEntries(2);
    const auditor = await as('prov.auditor');
    const started = await http().post('/audit/verifications').set(auditor).expect(202);
    expect(started.body).toMatchObject({ status: 'running', requestedBy: 'prov.auditor', result: null });
    let job = started.body;
    for (let i = 0; job.status === 'running' && i < 600; i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await http().get(`/audit/verifications/${started.body.id}`).set(auditor).expect(200)).body;
    }
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM audit_entry');
    // Entries appended since it began (sign-ins, its own start) may be in its snapshot or not.
    expect(job).toMatchObject({ status: 'done', error: null, result: { ok: true, firstBrokenEntry: null } });
    expect(job.checked).toBe(job.result.checked);
    expect(job.total).toBeGreaterThanOrEqual(job.checked);
    expect(job.checked).toBeLessThanOrEqual(n);
    expect(job.result.chains.map((c: { chain: string }) => c.chain)).toContain(ours);
    const direct = await http().get('/audit/verify').set(auditor).expect(200);
    expect(direct.body.chains.find((c: { chain: string }) => c.chain === ours)).toEqual(
      job.result.chains.find((c: { chain: string }) => c.chain === ours),
    );
    const unknown = await http().get(`/audit/verifications/${randomUUID()}`).set(auditor).expect(404);
    expect(unknown.body.code).toBe('resource.not_found');
    await http()
      .post('/audit/verifications')
      .set(await as('admin'))
      .expect(403);
  });

  it('has none before the first is taken', async () => {
    const res = await http()
      .get('/audit/checkpoints/latest')
      .set(await as('prov.auditor'))
      .expect(404);
    expect(res.body.code).toBe('audit.checkpoint_not_found');
  });

  it('signs the head on demand, so that anyone can check it with the published public key', async () => {
    await appendEntries(3);
    await as('admin'); // signing in is audited too: before the heads are read
    const heads = await readChainHeads(db.manager);
    const [head] = await db.query(
      'SELECT id::int, entry_hash FROM audit_entry WHERE chain = $1 ORDER BY chain_seq DESC LIMIT 1',
      [ours],
    );
    const stored = await take();
    expect(stored).toMatchObject({
      origin: 'command',
      requestedBy: 'admin',
      checkpoint: {
        format: 'safecase-audit-checkpoint/1',
        issuedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+08:00$/),
        // Every chain's head together, sorted by name; Nanchang's is the test's last entry.
        chains: heads,
      },
    });
    expect(heads.map((h) => h.chain)).toEqual(
      expect.arrayContaining([ours, `agency:${DEMO_AGENCIES[0].id}`]),
    );
    expect(heads.find((h) => h.chain === ours)).toEqual({
      chain: ours,
      headId: head.id,
      headHash: head.entry_hash,
    });
    // No token needed for the key; the check uses nothing but Node's crypto.
    const key = await http().get('/audit/checkpoints/public-key').expect(200);
    expect(key.body).toMatchObject({ algorithm: 'Ed25519', keyId: stored.checkpoint.keyId });
    const { signature, ...statement } = stored.checkpoint;
    const publicKey = createPublicKey(key.body.pem as string);
    expect(
      verify(null, Buffer.from(canonicalJson(statement)), publicKey, Buffer.from(signature, 'base64')),
    ).toBe(true);
    // Taking it is a command: its own audit entry follows the head it signed.
    const [entry] = await db.query(
      `SELECT id::int, actor_username FROM audit_entry WHERE action = 'audit.checkpoint.take'`,
    );
    expect(entry.actor_username).toBe('admin');
    expect(entry.id).toBeGreaterThan(Math.max(...heads.map((h) => h.headId)));
  });

  it('writes each checkpoint to the table and, append-only, to the file outside the database', async () => {
    const before = readFileSync(join(directory, 'checkpoints.jsonl'), 'utf8');
    await appendEntries(1);
    const second = await take('prov.auditor');
    const after = readFileSync(join(directory, 'checkpoints.jsonl'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    const lines = fileLines();
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!)).toEqual(second.checkpoint);

    const listed = await http()
      .get('/audit/checkpoints')
      .set(await as('admin'))
      .expect(200);
    expect(listed.body.nextCursor).toBeNull();
    expect(listed.body.items.map((i: Stored) => i.id)).toEqual([second.id, second.id - 1]);
    // One at a time: the newest, then the cursor leads to the one before it, and that is the last page.
    const one = await http()
      .get('/audit/checkpoints')
      .query({ limit: 1 })
      .set(await as('admin'))
      .expect(200);
    expect(one.body.items.map((i: Stored) => i.id)).toEqual([second.id]);
    const next = await http()
      .get('/audit/checkpoints')
      .query({ limit: 1, cursor: one.body.nextCursor })
      .set(await as('admin'))
      .expect(200);
    expect(next.body).toEqual({ items: [listed.body.items[1]], nextCursor: null });
    expect(listed.body.items.map((i: Stored) => i.checkpoint)).toEqual(
      lines.map((l) => JSON.parse(l)).reverse(),
    );
    const latest = await http()
      .get('/audit/checkpoints/latest')
      .set(await as('prov.auditor'))
      .expect(200);
    expect(latest.body).toEqual(second);

    await expect(db.query(`UPDATE audit_checkpoint SET origin = 'schedule'`)).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM audit_checkpoint')).rejects.toThrow(/append-only/);
    await expect(db.query('TRUNCATE audit_checkpoint')).rejects.toThrow(/append-only/);
  });

  it('goes with the exported case record', async () => {
    const res = await http()
      .get(`/audit/cases/${caseId}/export`)
      .set(await as('prov.auditor'))
      .expect(200);
    const latest = await http()
      .get('/audit/checkpoints/latest')
      .set(await as('prov.auditor'))
      .expect(200);
    expect(res.body.checkpoint).toEqual(latest.body.checkpoint);
  });

  it('names by entry id the newest entries a superuser deleted, which the chain alone does not notice', async () => {
    await appendEntries(4);
    const checkpoint = (await take()).checkpoint;
    const headId = checkpoint.chains.find((c) => c.chain === ours)!.headId;
    const intact = await verifyWith(checkpoint);
    expect(intact.body).toMatchObject({
      ok: true,
      chain: { ok: true },
      checkpoint: { ok: true, signatureValid: true, knownKey: true },
    });
    expect(intact.body.checkpoint.chains).toHaveLength(checkpoint.chains.length);
    expect(intact.body.checkpoint.chains.every((c: { status: string }) => c.status === 'intact')).toBe(true);

    // The triggers refuse it; a superuser switches them off (replica mode) and removes Nanchang's tail.
    const [{ keep }] = await db.query(
      'SELECT id::int AS keep FROM audit_entry WHERE chain = $1 ORDER BY chain_seq DESC OFFSET 3 LIMIT 1',
      [ours],
    );
    await expect(
      db.query('DELETE FROM audit_entry WHERE chain = $1 AND id > $2', [ours, keep]),
    ).rejects.toThrow(/append-only/);
    await db.transaction(async (m) => {
      await m.query('SET LOCAL session_replication_role = replica');
      await m.query('DELETE FROM audit_entry WHERE chain = $1 AND id > $2', [ours, keep]);
    });

    const alone = await http()
      .get('/audit/verify')
      .set(await as('prov.auditor'))
      .expect(200);
    expect(alone.body).toMatchObject({ ok: true, firstBrokenEntry: null });
    expect(alone.body.chains).toContainEqual(expect.objectContaining({ chain: ours, headId: keep }));

    const withCheckpoint = await verifyWith(checkpoint);
    expect(withCheckpoint.body).toMatchObject({
      ok: false,
      chain: { ok: true },
      checkpoint: { ok: false, signatureValid: true },
    });
    const checks = withCheckpoint.body.checkpoint.chains as { chain: string; status: string }[];
    expect(checks.find((c) => c.chain === ours)).toEqual({
      chain: ours,
      headId,
      headHash: checkpoint.chains.find((c) => c.chain === ours)!.headHash,
      status: 'truncated',
      truncatedAfter: keep,
      missingFrom: keep + 1,
      currentHeadId: keep,
      problem: expect.stringContaining(`#${keep + 1}`),
    });
    // The other agencies' chains are untouched.
    expect(checks.filter((c) => c.chain !== ours).every((c) => c.status === 'intact')).toBe(true);

    // An older checkpoint whose head survived still holds.
    const [first] = fileLines().map((l) => JSON.parse(l) as SignedCheckpoint);
    const older = await verifyWith(first);
    expect(older.body).toMatchObject({ ok: true, checkpoint: { ok: true } });
  });

  it('calls a tampered checkpoint invalid, and refuses a document that is not one', async () => {
    const { checkpoint } = (
      await http()
        .get('/audit/checkpoints/latest')
        .set(await as('admin'))
        .expect(200)
    ).body as Stored;
    const head = checkpoint.chains.find((c) => c.chain === ours)!;
    // Moved back to a head that is still there: the heads agree now, but the signature does not.
    const [present] = await db.query(
      'SELECT id::int, entry_hash FROM audit_entry WHERE chain = $1 ORDER BY chain_seq DESC LIMIT 1',
      [ours],
    );
    const forged = { ...checkpoint, chains: [{ ...head, headId: present.id, headHash: present.entry_hash }] };
    const res = await verifyWith(forged);
    expect(res.body).toMatchObject({
      ok: false,
      checkpoint: { signatureValid: false, knownKey: true, chains: [{ chain: ours, status: 'intact' }] },
    });
    const flipped = checkpoint.signature.startsWith('A')
      ? `B${checkpoint.signature.slice(1)}`
      : `A${checkpoint.signature.slice(1)}`;
    expect((await verifyWith({ ...checkpoint, signature: flipped })).body.checkpoint.signatureValid).toBe(
      false,
    );

    for (const bad of [
      {},
      { ...checkpoint, extra: 1 },
      { ...checkpoint, format: 'other/1' },
      { ...checkpoint, chains: [] },
    ]) {
      const refused = await verifyWith(bad, 422);
      expect(refused.body.code).toBe('validation.failed');
    }
  });
});
