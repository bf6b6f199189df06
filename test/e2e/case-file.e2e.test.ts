import type { INestApplication } from '@nestjs/common';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, ensureOutOfRegionAuditor, tokenFor } from '../support/auth';
import {
  binary,
  multipart,
  pdfInfo,
  pdfRows,
  pdfText,
  printedChinaInstant,
  startingWith,
} from '../support/pdf-files';
import { EVENTUALLY_TIMEOUT_MS, SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';
import { DataSource } from 'typeorm';

const DAY_MS = 24 * 3600_000;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface DocumentFile {
  id: string;
  number: string;
  status: string;
  type: string;
  key: string;
  pdf: { sha256: string } | null;
}
interface HistoryLine {
  id: number;
  who: string;
  action: string;
  reason: string | null;
  documentNumber: string | null;
  text: string;
}
interface Manifest {
  files: { path: string; sha256: string; size: number; kind: string; id?: string }[];
}
interface Entry {
  id: number;
  action: string;
  caseId: string;
  actorUsername: string | null;
  payload: Record<string, unknown>;
}

/** The verify script as an auditor runs it: `node verify.mjs` in the unzipped folder. */
function runVerify(folder: string) {
  const r = spawnSync(process.execPath, ['verify.mjs'], { cwd: folder, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/**
 * The case file (案卷) export over HTTP, with the worker printing real PDFs: a case gets two documents
 * and one evidence file, is exported, unzipped with Info-ZIP's unzip and verified offline with the
 * script it carries; then one byte of a PDF, one field of an entry, or one entry is changed, and the
 * script fails naming it.
 */
describe('case file export (案卷)', () => {
  const config = testConfig();
  let api: INestApplication;
  let worker: RunningWorker;
  const tokens = new Map<string, Record<string, string>>();
  const as = async (username: string) => {
    if (!tokens.has(username)) tokens.set(username, bearer(await tokenFor(api, username)));
    return tokens.get(username)!;
  };
  const http = () => request(api.getHttpServer());
  const post = async (username: string, path: string, body: object) =>
    http()
      .post(path)
      .set(await as(username))
      .send(body);

  beforeAll(async () => {
    worker = await startWorker(config);
    api = await startApi(config);
    await ensureOutOfRegionAuditor(api.get(DataSource));
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
  }, SERVER_HOOK_TIMEOUT_MS);

  /** The case's documents once `count` of them are printed by the worker. */
  async function printed(caseId: string, count: number): Promise<DocumentFile[]> {
    const until = Date.now() + EVENTUALLY_TIMEOUT_MS;
    for (;;) {
      const r = await http()
        .get(`/cases/${caseId}/documents`)
        .set(await as('nc.officer1'));
      const items = r.body.items as DocumentFile[];
      if (items.length >= count && items.every((d) => d.status === 'rendered')) return items;
      if (Date.now() > until) throw new Error(`documents never printed: ${JSON.stringify(items)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** The case's history as an auditor reads it (GET /audit/cases/{id}). */
  async function history(caseId: string): Promise<HistoryLine[]> {
    const r = await http()
      .get(`/audit/cases/${caseId}`)
      .set(await as('prov.auditor'));
    expect(r.status).toBe(200);
    return r.body.entries as HistoryLine[];
  }

  async function caseWithTwoDocumentsAndEvidence(photoBytes = 200_000) {
    const opened = await post('nc.officer1', '/cases', {
      origin: 'plan',
      enterprise: {
        name: '南昌某某化工有限公司',
        creditCode: '91110108551385082Q',
        address: '南昌市青山湖区',
      },
      summary: '危险化学品仓库检查',
    });
    expect(opened.status).toBe(201);
    const caseId = opened.body.id as string;
    const photo = randomBytes(photoBytes);
    const { boundary, body } = multipart(
      { caseId },
      { name: '仓库照片.jpg', type: 'image/jpeg', content: photo },
    );
    const up = await http()
      .post('/evidence')
      .set(await as('nc.officer1'))
      .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
      .send(body);
    expect(up.status).toBe(201);
    const inspected = await post('nc.officer1', `/cases/${caseId}/inspection`, {
      officers: ['nc.officer1', 'nc.officer2'],
      inspectedAt: new Date(Date.now() - 3600_000).toISOString(),
      place: '危险化学品仓库',
      findings: [
        {
          description: '危险化学品仓库未设置可燃气体报警装置',
          severity: 'ordinary',
          legalBasis: '《危险化学品安全管理条例》第二十条',
          evidence: [{ kind: 'photo', name: '仓库照片.jpg', sha256: up.body.sha256 }],
        },
      ],
      unitRefusedToSign: false,
    });
    expect({ status: inspected.status, body: inspected.body }).toMatchObject({ status: 200 });
    const deadline = new Date(Date.now() + 8 * 3600_000 + 5 * DAY_MS).toISOString().slice(0, 10);
    const ordered = await post('nc.officer1', `/cases/${caseId}/rectification-order`, {
      deadline,
      instructions: '立即整改',
    });
    expect({ status: ordered.status, body: ordered.body }).toMatchObject({ status: 200 });
    // Both documents printed by the worker.
    return { caseId, photo, docs: await printed(caseId, 2) };
  }

  async function exportAndUnzip(caseId: string, username: string) {
    const r = await binary(
      http()
        .get(`/cases/${caseId}/case-file`)
        .set(await as(username)),
    );
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/zip');
    const dir = mkdtempSync(join(tmpdir(), 'safecase-case-file-'));
    writeFileSync(join(dir, 'case-file.zip'), r.body as Buffer);
    const x = spawnSync('unzip', ['-q', 'case-file.zip'], { cwd: dir, encoding: 'utf8' });
    expect({ status: x.status, out: x.stdout + x.stderr }).toEqual({ status: 0, out: '' });
    return { folder: join(dir, `案卷-${caseId}`), zip: r.body as Buffer };
  }

  const copyOf = (folder: string) => {
    const to = join(mkdtempSync(join(tmpdir(), 'safecase-tampered-')), 'case');
    cpSync(folder, to, { recursive: true });
    return to;
  };

  it('exports a zip that verifies offline, and fails at the exact file or entry when one is changed', async () => {
    const { caseId, photo, docs } = await caseWithTwoDocumentsAndEvidence();
    // Another case's entry after this case's last one in the agency's chain, then a checkpoint: the
    // export links the case's last entry to the signed head through it, proving none was cut off.
    expect(
      (
        await post('nc.officer1', '/cases', {
          origin: 'plan',
          enterprise: { name: '南昌某某物流有限公司', creditCode: '91110108551385082Q', address: '南昌' },
          summary: '仓储物流检查',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await http()
          .post('/audit/checkpoints')
          .set(await as('prov.auditor'))
      ).status,
    ).toBe(201);
    const { folder, zip } = await exportAndUnzip(caseId, 'nc.supervisor');

    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as Manifest;
    const toc = JSON.parse(readFileSync(join(folder, '卷内目录.json'), 'utf8'));
    const cover = JSON.parse(readFileSync(join(folder, '案卷首页.json'), 'utf8'));
    expect(cover).toMatchObject({
      caseId,
      party: { name: '南昌某某化工有限公司', creditCode: '91110108551385082Q' },
      cause: '危险化学品仓库检查',
      closedOn: null,
      retention: { text: '30年', rule: 'archive.case_file_retention' },
      documents: docs.length,
      evidenceFiles: 1,
    });
    expect(cover.retention.source).toContain('国家档案局令第8号');
    expect(cover.officers.map((o: { username: string }) => o.username).sort()).toEqual([
      'nc.officer1',
      'nc.officer2',
    ]);
    // Documents in issue order, each at its path, the same bytes GET /documents/{id}/pdf serves.
    expect(toc.documents.map((d: { number: string }) => d.number)).toEqual(docs.map((d) => d.number));
    for (const d of toc.documents as { id: string; path: string; sha256: string; pages: number }[]) {
      const served = await binary(
        http()
          .get(`/documents/${d.id}/pdf`)
          .set(await as('nc.supervisor')),
      );
      expect(served.status).toBe(200);
      const inZip = readFileSync(join(folder, d.path));
      expect(inZip.equals(served.body as Buffer)).toBe(true);
      expect(d.sha256).toBe(sha256(inZip));
      expect(d.pages).toBeGreaterThan(0);
    }
    expect(toc.evidence).toHaveLength(1);
    expect(readFileSync(join(folder, toc.evidence[0].path)).equals(photo)).toBe(true);
    expect(readFileSync(join(folder, '卷内目录.txt'), 'utf8')).toContain('保管期限：30年');
    expect(readFileSync(join(folder, '案卷首页与卷内目录.html'), 'utf8')).toContain(docs[0]!.number);

    // The cover and the contents printed beside them, A4 (Chromium embeds the CJK face as Type 3
    // glyphs, so pdffonts cannot name it: the Chinese text read back is the check).
    const coverRows = pdfRows(join(folder, '案卷首页.pdf'));
    const row = (prefix: string) => expect(coverRows).toContainEqual(startingWith(prefix));
    expect(coverRows).toContain('案卷首页');
    row('保管期限30年（国家档案局令第8号');
    row('当事人南昌某某化工有限公司（91110108551385082Q）');
    row(`执法机关${cover.agency.name}`);
    row(`案号${cover.caseNumber}`);
    const tocText = pdfText(join(folder, '卷内目录.pdf'));
    expect(tocText).toContain('卷内目录');
    for (const d of toc.documents as { number: string; name: string }[]) {
      expect(tocText).toContain(d.number);
      expect(tocText).toContain(d.name);
    }
    expect(tocText).toContain('仓库照片.jpg');
    for (const f of ['案卷首页.pdf', '卷内目录.pdf']) {
      expect(manifest.files.find((m) => m.path === f)).toBeDefined();
      expect(pdfInfo(join(folder, f))).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
      expect(pdfText(join(folder, f))).toMatch(/共\d+页第1页/);
    }

    const ok = runVerify(folder);
    expect(ok).toMatchObject({ status: 0 });
    expect(ok.out).toContain('结果：未发现不符');
    expect(ok.out).toContain('审计/checkpoint.json（');
    expect(ok.out).toContain('签名有效');
    expect(ok.out).toMatch(/经 [1-9]\d* 个他案条目衔接到签名检查点的链头 #\d+，其间没有本案的条目/);
    expect(ok.out).toContain('2 份文书文件与审计条目记载的 SHA-256 一致');
    expect(ok.out).toContain('1 份证据文件与审计条目记载的 SHA-256 一致');

    // The export is on the case's record: who, when (北京时间), and the digests of what left.
    const exported = (await history(caseId)).filter((l) => l.action === 'case_file.export');
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ who: 'nc.supervisor', documentNumber: cover.caseNumber });
    expect(exported[0]!.text).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}（北京时间） nc\.supervisor（.+）导出案卷/,
    );
    const manifestSha = sha256(readFileSync(join(folder, 'manifest.json')));
    expect(exported[0]!.reason).toBe(
      `manifest.json SHA-256 ${manifestSha}；压缩包 ${zip.length} 字节，SHA-256 ${sha256(zip)}`,
    );
    const full = await http()
      .get(`/audit/cases/${caseId}/export`)
      .set(await as('prov.auditor'));
    const entry = (full.body.entries as Entry[]).find((e) => e.id === exported[0]!.id)!;
    const inFolder = (
      JSON.parse(readFileSync(join(folder, '审计/entries.json'), 'utf8')) as { entries: Entry[] }
    ).entries;
    expect(entry.payload).toMatchObject({
      manifestSha256: manifestSha,
      contentsSha256: sha256(readFileSync(join(folder, '卷内目录.json'))),
      zipSha256: sha256(zip),
      zipSize: zip.length,
      files: manifest.files.length + 1,
      lastEntryId: inFolder.at(-1)!.id,
    });
    // The next export carries that entry in the case's chain, and still verifies.
    const again = await exportAndUnzip(caseId, 'nc.head');
    const carried = JSON.parse(readFileSync(join(again.folder, '审计/entries.json'), 'utf8')) as {
      entries: Entry[];
    };
    expect(carried.entries.map((e) => e.id)).toContain(exported[0]!.id);
    expect(runVerify(again.folder)).toMatchObject({ status: 0 });
    expect((await history(caseId)).filter((l) => l.action === 'case_file.export').map((l) => l.who)).toEqual([
      'nc.supervisor',
      'nc.head',
    ]);

    // One byte of one PDF.
    const pdfPath = manifest.files.find((f) => f.kind === 'document')!.path;
    const byte = copyOf(folder);
    const pdf = readFileSync(join(byte, pdfPath));
    const at = Math.floor(pdf.length / 2);
    pdf.writeUInt8(pdf.readUInt8(at) ^ 0x01, at);
    writeFileSync(join(byte, pdfPath), pdf);
    const badPdf = runVerify(byte);
    expect(badPdf.status).toBe(1);
    expect(badPdf.out).toContain(`不符  ${pdfPath}：SHA-256`);

    // One field of one entry.
    const entriesOf = (dir: string) =>
      JSON.parse(readFileSync(join(dir, '审计/entries.json'), 'utf8')) as { entries: Entry[] };
    const field = copyOf(folder);
    const edited = entriesOf(field);
    expect(edited.entries.length).toBeGreaterThanOrEqual(4);
    const target = edited.entries[1]!;
    target.actorUsername = 'someone.else';
    writeFileSync(join(field, '审计/entries.json'), JSON.stringify(edited));
    const badField = runVerify(field);
    expect(badField.status).toBe(1);
    expect(badField.out).toContain(`审计条目 #${target.id}：entryHash 与条目内容不符`);

    // One entry removed from the middle: the next one no longer links to its predecessor.
    const gap = copyOf(folder);
    const withGap = entriesOf(gap);
    const next = withGap.entries[2]!;
    withGap.entries.splice(1, 1);
    writeFileSync(join(gap, '审计/entries.json'), JSON.stringify(withGap));
    const badGap = runVerify(gap);
    expect(badGap.status).toBe(1);
    expect(badGap.out).toContain(`审计条目 #${next.id}：case_prev_hash`);

    // The last entry removed: nothing after it breaks, but the signed checkpoint shows it gone.
    const tail = copyOf(folder);
    const withoutLast = entriesOf(tail);
    const last = withoutLast.entries.pop()!;
    writeFileSync(join(tail, '审计/entries.json'), JSON.stringify(withoutLast));
    const badTail = runVerify(tail);
    expect(badTail.status).toBe(1);
    expect(badTail.out).toMatch(new RegExp(`不符 .*#${last.id}`));
  });

  it('prints the 送达回证 of a service: number, method, receiver and instant in 北京时间', async () => {
    const { caseId, docs } = await caseWithTwoDocumentsAndEvidence();
    const order = docs.find((d) => d.type === 'rectification_order')!;
    const servedAt = Date.now();
    const served = await post('nc.officer1', `/cases/${caseId}/services`, {
      documentKey: order.key,
      service: { method: 'direct', receiver: '王五（安全主管）', servedAt: new Date(servedAt).toISOString() },
    });
    expect({ status: served.status, body: served.body }).toMatchObject({ status: 200 });
    const receipt = (await printed(caseId, 3)).find((d) => d.type === 'service_receipt')!;
    expect(receipt).toMatchObject({
      key: `receipt:${order.key}`,
      number: expect.stringMatching(/^洪应急回〔\d{4}〕\d+号$/),
    });
    const pdf = await binary(
      http()
        .get(`/documents/${receipt.id}/pdf`)
        .set(await as('nc.officer1')),
    );
    expect(pdf.status).toBe(200);
    const text = pdfText(pdf.body as Buffer);
    const rows = pdfRows(pdf.body as Buffer);
    const row = (line: string) => expect(rows).toContainEqual(startingWith(line));
    expect(rows).toContain('送达回证');
    expect(rows).toContain(receipt.number);
    // The document served, by name and 文号 (its value may wrap onto the next line).
    row('送达文书名称及文号责令限期整改指令书');
    expect(text).toContain(`责令限期整改指令书${order.number}`);
    row('受送达人南昌某某化工有限公司');
    row('送达方式直接送达');
    row('签收人及身份王五（安全主管）');
    row(`送达时间${printedChinaInstant(servedAt)}`);
    expect(receipt.pdf?.sha256).toBe(sha256(pdf.body as Buffer));
    // The case file carries it after the document it proves the service of, the same bytes.
    const { folder } = await exportAndUnzip(caseId, 'nc.supervisor');
    const toc = JSON.parse(readFileSync(join(folder, '卷内目录.json'), 'utf8')) as {
      documents: { number: string; path: string }[];
    };
    const numbers = toc.documents.map((d) => d.number);
    expect(numbers.indexOf(receipt.number)).toBeGreaterThan(numbers.indexOf(order.number));
    const inZip = toc.documents.find((d) => d.number === receipt.number)!;
    expect(readFileSync(join(folder, inZip.path)).equals(pdf.body as Buffer)).toBe(true);
    expect(pdfText(join(folder, '卷内目录.pdf'))).toContain(`${receipt.number}送达回证`);
  });

  it('records an export the client breaks off, with how far it got, and no completed export', async () => {
    // Larger than the socket buffers, so the server is still writing when the client goes away.
    const { caseId } = await caseWithTwoDocumentsAndEvidence(32 * 1024 * 1024);
    const server = api.getHttpServer() as Server;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const headers = await as('nc.supervisor');
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path: `/cases/${caseId}/case-file`, headers },
        (res) => {
          res.once('data', () => {
            req.destroy();
            resolve(res.statusCode);
          });
        },
      );
      req.on('error', (e) => (req.destroyed ? undefined : reject(e)));
      req.end();
    });
    expect(status).toBe(200);
    const until = Date.now() + EVENTUALLY_TIMEOUT_MS;
    let lines = await history(caseId);
    while (!lines.some((l) => l.action === 'case_file.export_broken_off')) {
      if (Date.now() > until) throw new Error(`no broken-off export: ${JSON.stringify(lines.at(-1))}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      lines = await history(caseId);
    }
    const broken = lines.find((l) => l.action === 'case_file.export_broken_off')!;
    expect(broken.who).toBe('nc.supervisor');
    expect(broken.text).toContain('nc.supervisor（');
    expect(broken.text).toContain('导出案卷（中途中断，下载不完整）');
    expect(broken.reason).toMatch(/^已发送 [1-9]\d* 字节（\d+ 个文件）后中断：/);
    expect(lines.some((l) => l.action === 'case_file.export')).toBe(false);
  });

  it('is for auditors and the case agency’s supervisors and head; others get 403 or 404', async () => {
    const opened = await post('nc.officer1', '/cases', {
      origin: 'plan',
      enterprise: { name: '南昌某某机械有限公司', creditCode: '91110108551385082Q', address: '南昌' },
      summary: '机械加工车间检查',
    });
    expect(opened.status).toBe(201);
    const caseId = opened.body.id as string;
    const get = async (username: string) =>
      (
        await binary(
          http()
            .get(`/cases/${caseId}/case-file`)
            .set(await as(username)),
        )
      ).status;
    expect(await get('nc.officer1')).toBe(403);
    expect(await get('nc.reviewer')).toBe(403);
    expect(await get('jj.supervisor')).toBe(404);
    expect(await get('jj.auditor')).toBe(404);
    expect(await get('nc.head')).toBe(200);
    expect(await get('prov.auditor')).toBe(200);
    const missing = await http()
      .get('/cases/00000000-0000-4000-8000-000000000000/case-file')
      .set(await as('prov.auditor'));
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'case.not_found' });
  });
});
