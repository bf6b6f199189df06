import type { INestApplication } from '@nestjs/common';
import { DEMO_USERS } from '@safecase/persistence';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, ensureOutOfRegionAuditor, tokenFor } from '../support/auth';
import { EVENTUALLY_TIMEOUT_MS, SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

interface Person {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  agencyName: string;
}

const binary = (res: request.Response, done: (e: Error | null, b: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** A PNG's width and height, from its header chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const name = (username: string) => DEMO_USERS.find((u) => u.username === username)!.displayName;

/** The people behind ids and usernames (GET /directory/users), and documents' pages as images. */
describe('the directory and documents’ page images', () => {
  let api: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  const http = () => request(api.getHttpServer());
  const as = async (username: string) => bearer(await tokenFor(api, username));
  const idOf = async (username: string) =>
    (await db.query<{ id: string }[]>('SELECT id FROM app_user WHERE username = $1', [username]))[0]!.id;

  beforeAll(async () => {
    const config = testConfig();
    worker = await startWorker(config);
    api = await startApi(config);
    db = api.get(DataSource);
    await ensureOutOfRegionAuditor(db);
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
  }, SERVER_HOOK_TIMEOUT_MS);

  describe('GET /directory/users', () => {
    it('names the people of the caller’s agency by id and by username, and nobody else', async () => {
      const [officer1, jjOfficer] = [await idOf('nc.officer1'), await idOf('jj.officer1')];
      const r = await http()
        .get('/directory/users')
        .query({ ids: `${officer1},${jjOfficer}`, usernames: 'nc.supervisor,jj.supervisor,nobody.here' })
        .set(await as('nc.officer2'))
        .expect(200);
      const items = r.body.items as Person[];
      expect(items.map((p) => [p.username, p.displayName, p.roles, p.agencyName])).toEqual([
        ['nc.officer1', name('nc.officer1'), ['officer'], '南昌市应急管理局'],
        ['nc.supervisor', name('nc.supervisor'), ['supervisor'], '南昌市应急管理局'],
      ]);
      expect(items[0]!.id).toBe(officer1);
    });

    it('lists the whole agency when no one is named; an auditor sees the region below', async () => {
      const all = (
        await http()
          .get('/directory/users')
          .set(await as('jj.officer1'))
          .expect(200)
      ).body.items as Person[];
      expect(all.map((p) => p.username)).toEqual(expect.arrayContaining(['jj.officer1', 'jj.head']));
      expect(new Set(all.map((p) => p.agencyName))).toEqual(new Set(['九江市应急管理局']));

      const named = { usernames: 'nc.officer1,jj.officer1' };
      const province = (
        await http()
          .get('/directory/users')
          .query(named)
          .set(await as('prov.auditor'))
          .expect(200)
      ).body.items as Person[];
      expect(province.map((p) => p.displayName)).toEqual([name('jj.officer1'), name('nc.officer1')]);
      const outOfRegion = (
        await http()
          .get('/directory/users')
          .query(named)
          .set(await as(await ensureOutOfRegionAuditor(db)))
          .expect(200)
      ).body.items as Person[];
      expect(outOfRegion.map((p) => p.username)).toEqual(['jj.officer1']);
    });

    it('refuses malformed ids and usernames in words, and callers who read no records', async () => {
      const bad = await http()
        .get('/directory/users')
        .query({ ids: 'not-a-uuid' })
        .set(await as('nc.officer1'))
        .expect(422);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(bad.body).toMatchObject({ code: 'validation.failed', errors: [{ field: 'ids' }] });
      expect(bad.body.errors[0].messages.join('')).toMatch(/[\u4e00-\u9fff]/);
      await http()
        .get('/directory/users')
        .query({ usernames: "x' OR 1=1 --" })
        .set(await as('nc.officer1'))
        .expect(422);
      const tooMany = Array.from({ length: 201 }, (_, i) => `u${i}`).join(',');
      await http()
        .get('/directory/users')
        .query({ usernames: tooMany })
        .set(await as('nc.officer1'))
        .expect(422);
      await http()
        .get('/directory/users')
        .set(await as('admin'))
        .expect(403);
      await http().get('/directory/users').expect(401);
    });
  });

  describe('GET /documents/{id}/pages/{n}', () => {
    let doc: { id: string; number: string; pdf: { sha256: string; pages: number } | null };

    const pageOf = async (n: number | string, username = 'nc.officer1') =>
      http()
        .get(`/documents/${doc.id}/pages/${n}`)
        .set(await as(username))
        .buffer(true)
        .parse(binary);

    beforeAll(async () => {
      const officer = await as('nc.officer1');
      const opened = await http()
        .post('/cases')
        .set(officer)
        .send({
          origin: 'plan',
          enterprise: {
            name: '南昌页面预览测试有限公司',
            creditCode: '91110108551385082Q',
            address: '南昌市',
          },
          summary: '文书页面图像',
        })
        .expect(201);
      const caseId = opened.body.id as string;
      const inspected = await http()
        .post(`/cases/${caseId}/inspection`)
        .set(officer)
        .send({
          officers: ['nc.officer1', 'nc.officer2'],
          // Just now: after the case was opened (an inspection before it is refused).
          inspectedAt: new Date().toISOString(),
          place: '生产车间',
          findings: [
            {
              description: '消防通道堵塞',
              severity: 'ordinary',
              legalBasis: '安全生产法 第41条',
              evidence: [],
            },
          ],
          unitRefusedToSign: false,
        });
      if (inspected.status !== 200) throw new Error(`inspection: ${JSON.stringify(inspected.body)}`);
      const list = await http().get(`/cases/${caseId}/documents`).set(officer).expect(200);
      doc = list.body.items[0];
      expect(doc.number).toMatch(/检记〔\d{4}〕\d+号/);
    }, SERVER_HOOK_TIMEOUT_MS);

    it('answers 409 document.rendering with Retry-After until printed, then page 1 as PNG', async () => {
      const until = Date.now() + EVENTUALLY_TIMEOUT_MS;
      let r = await pageOf(1);
      while (r.status === 409) {
        expect(JSON.parse((r.body as Buffer).toString('utf8'))).toMatchObject({ code: 'document.rendering' });
        expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
        if (Date.now() > until) throw new Error(`${doc.number} was never printed`);
        await new Promise((resolve) => setTimeout(resolve, 250));
        r = await pageOf(1);
      }
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toBe('image/png');
      const meta = await http()
        .get(`/documents/${doc.id}`)
        .set(await as('nc.officer1'))
        .expect(200);
      doc = meta.body;
      expect(r.headers['x-page-count']).toBe(String(doc.pdf!.pages));
      expect(r.headers.etag).toBe(`"${doc.pdf!.sha256}-1"`);
      // An A4 page at 110 dpi: 8.27 × 11.69 in.
      const { width, height } = pngSize(r.body as Buffer);
      expect(Math.abs(width - 910)).toBeLessThanOrEqual(2);
      expect(Math.abs(height - 1286)).toBeLessThanOrEqual(2);

      // The image is of the stored PDF: poppler here draws the downloaded bytes the same.
      const pdf = await http()
        .get(`/documents/${doc.id}/pdf`)
        .set(await as('nc.officer1'))
        .buffer(true)
        .parse(binary)
        .expect(200);
      const dir = mkdtempSync(join(tmpdir(), 'safecase-pages-e2e-'));
      writeFileSync(join(dir, 'd.pdf'), pdf.body as Buffer);
      const drawn = spawnSync('pdftoppm', [
        '-png',
        '-r',
        '110',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        join(dir, 'd.pdf'),
        join(dir, 'p'),
      ]);
      expect(drawn.status).toBe(0);
      expect((r.body as Buffer).equals(readFileSync(join(dir, 'p.png')))).toBe(true);

      // Drawn once: asked again (or by a colleague), the same bytes.
      const again = await pageOf(1, 'nc.supervisor');
      expect(again.status).toBe(200);
      expect((again.body as Buffer).equals(r.body as Buffer)).toBe(true);
    });

    it('answers 404 for a page out of range, 422 for a page that is no number, 404 outside the agency', async () => {
      const beyond = await pageOf(doc.pdf!.pages + 1);
      expect(beyond.status).toBe(404);
      const problem = JSON.parse((beyond.body as Buffer).toString('utf8'));
      expect(problem).toMatchObject({ code: 'resource.not_found' });
      expect(problem.detail).toBe(
        `文书 ${doc.number} 共 ${doc.pdf!.pages} 页，没有第 ${doc.pdf!.pages + 1} 页。`,
      );
      for (const n of ['0', 'abc', '-1', '1.5']) expect([n, (await pageOf(n)).status]).toEqual([n, 422]);
      const english = await http()
        .get(`/documents/${doc.id}/pages/0`)
        .set(await as('nc.officer1'))
        .set('Accept-Language', 'en');
      expect(english.body).toMatchObject({
        code: 'validation.failed',
        detail: 'The page must be a whole number from 1.',
      });
      const other = await pageOf(1, 'jj.officer1');
      expect(other.status).toBe(404);
      expect(JSON.parse((other.body as Buffer).toString('utf8'))).toMatchObject({
        code: 'document.not_found',
      });
    });
  });
});
