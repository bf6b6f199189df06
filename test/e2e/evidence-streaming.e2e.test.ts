import type { INestApplication } from '@nestjs/common';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { request as rawRequest, type Server } from 'node:http';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

const MiB = 1024 * 1024;
const ROOT = join(__dirname, '..', '..');

/** Resident set size of a process, in bytes (Linux). */
function rssOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return kb ? Number(kb[1]) * 1024 : 0;
}

/** apps/api/src/main.ts in a process of its own (as `npm start` runs it), so its RSS is the API's alone. */
async function startApiProcess(): Promise<{ child: ChildProcess; port: number }> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(
    process.execPath,
    ['-r', join(ROOT, 'test/support/ts-register.js'), join(ROOT, 'apps/api/src/main.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    },
  );
  const deadline = Date.now() + 120_000;
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${port}/health`).then(
      () => true,
      () => false,
    );
    if (up) return { child, port };
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('the API process did not start');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Streams `total` bytes of a multipart upload to a listening API, honouring backpressure. */
async function streamUpload(
  port: number,
  headers: Record<string, string>,
  caseId: string,
  total: number,
): Promise<{ status: number; body: Record<string, unknown>; sha256: string }> {
  const boundary = `----safecase${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="caseId"\r\n\r\n${caseId}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bodycam.mp4"\r\nContent-Type: video/mp4\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  // A few distinct blocks, reused: the client holds almost nothing, so the figure is the server's.
  const blocks = [randomBytes(MiB), randomBytes(MiB), randomBytes(MiB)];
  const hash = createHash('sha256');
  const req = rawRequest({
    port,
    method: 'POST',
    path: '/evidence',
    headers: {
      ...headers,
      'Content-Type': `multipart/form-data; boundary=${boundary}`,
      'Content-Length': String(head.length + total + tail.length),
    },
  });
  const answer = once(req, 'response') as Promise<[import('node:http').IncomingMessage]>;
  req.write(head);
  for (let sent = 0, i = 0; sent < total; i++) {
    const block = blocks[i % blocks.length]!.subarray(0, Math.min(MiB, total - sent));
    hash.update(block);
    sent += block.length;
    if (!req.write(block)) await once(req, 'drain');
  }
  req.end(tail);
  const [res] = await answer;
  const chunks: Buffer[] = [];
  for await (const c of res) chunks.push(c as Buffer);
  return {
    status: res.statusCode ?? 0,
    body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
    sha256: hash.digest('hex'),
  };
}

/**
 * Evidence uploads are streamed to PostgreSQL in chunks: a 100 MB file does not grow the API
 * process by the file's size, and a file over the configured limit is refused with nothing stored.
 */
describe('evidence uploads stream', () => {
  const config = testConfig();
  let api: INestApplication;
  let small: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  let headers: Record<string, string>;
  let caseId: string;

  beforeAll(async () => {
    worker = await startWorker(config);
    api = await startApi(config);
    // The same app with a 1 MiB limit, for the refusal.
    small = await startApi({ ...config, files: { ...config.files, evidenceMaxBytes: MiB } });
    db = api.get(DataSource);
    headers = bearer(await tokenFor(api, 'nc.officer1'));
    const opened = await request(api.getHttpServer())
      .post('/cases')
      .set(headers)
      .send({
        origin: 'plan',
        enterprise: { name: '南昌某某化工有限公司', creditCode: '91110108551385082Q', address: '南昌' },
        summary: '执法记录仪视频',
      })
      .expect(201);
    caseId = opened.body.id as string;
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await small?.close();
    await api?.close();
    await worker?.stop();
  }, SERVER_HOOK_TIMEOUT_MS);

  it('uploading 100 MB grows the API process’s RSS by less than 50 MB, and the file reads back whole', async () => {
    const { child, port } = await startApiProcess();
    try {
      const pid = child.pid!;
      // Warm up (pools, code paths), then measure from a settled baseline.
      expect((await streamUpload(port, headers, caseId, 2 * MiB)).status).toBe(201);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const baseline = rssOf(pid);
      let peak = baseline;
      const sampler = setInterval(() => {
        peak = Math.max(peak, rssOf(pid));
      }, 10);
      const total = 100 * 1000 * 1000;
      const started = Date.now();
      const up = await streamUpload(port, headers, caseId, total);
      clearInterval(sampler);
      peak = Math.max(peak, rssOf(pid));
      const growthMb = (peak - baseline) / 1e6;
      console.log(
        `evidence upload of ${total / 1e6} MB: API RSS ${Math.round(baseline / 1e6)} MB → peak ${Math.round(peak / 1e6)} MB ` +
          `(+${growthMb.toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(up.status).toBe(201);
      expect(up.body).toMatchObject({ sha256: up.sha256, size: total });
      expect(growthMb).toBeLessThan(50);

      // Read back: the stored chunks hash to the same digest.
      const [row] = await db.query<{ digest: string; n: string }[]>(
        `SELECT encode(sha256(string_agg(c.data, ''::bytea ORDER BY c.n)), 'hex') AS digest, count(*) AS n
         FROM evidence_chunk c JOIN evidence_blob b ON b.id = c.blob_id WHERE b.sha256 = $1`,
        [up.sha256],
      );
      expect(row?.digest).toBe(up.sha256);
      expect(Number(row?.n)).toBeGreaterThan(90);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });

  it('keeps a Chinese file name as the officer gave it', async () => {
    const photo = randomBytes(2048);
    const up = await request(api.getHttpServer())
      .post('/evidence')
      .set(headers)
      .field('caseId', caseId)
      .attach('file', photo, { filename: '仓库照片.jpg', contentType: 'image/jpeg' })
      .expect(201);
    expect(up.body).toMatchObject({ fileName: '仓库照片.jpg', size: 2048 });
    const read = await request(api.getHttpServer())
      .get(`/evidence/${up.body.id as string}/content`)
      .set(headers)
      .expect(200);
    expect(read.headers['content-disposition']).toContain(encodeURIComponent('仓库照片.jpg'));
  });

  it('refuses a file over the configured limit with 413 and stores nothing', async () => {
    const listening = small.getHttpServer().listen(0) as Server;
    try {
      const port = (listening.address() as { port: number }).port;
      const refused = await streamUpload(port, headers, caseId, 2 * MiB);
      expect(refused.status).toBe(413);
      expect(refused.body).toMatchObject({ code: 'request.too_large' });
      expect(await db.query('SELECT 1 FROM evidence_blob WHERE sha256 = $1', [refused.sha256])).toHaveLength(
        0,
      );
      const within = await streamUpload(port, headers, caseId, MiB);
      expect(within.status).toBe(201);
    } finally {
      listening.close();
    }
  });
});
