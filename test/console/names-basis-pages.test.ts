import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { bearer, tokenFor } from '../support/auth';
import { ensureFixtureYears } from '../support/calendar-fixtures';
import { eventually } from '../support/cases';
import { EVENTUALLY_TIMEOUT_MS, SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';
import { accessibilityProblems, launchBrowser, newContext, screenshot, signIn } from './browser';
import { ensureConsoleBuilt } from './console-build';

/** What an officer reading a penalty record found (issue #14): people by name, the basis in Chinese, a preview. */
describe('a penalty record as an officer reads it', () => {
  let api: INestApplication;
  let worker: RunningWorker;
  let baseUrl: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const http = () => request(api.getHttpServer());
  const party = `南昌某名称测试有限公司${randomUUID().slice(0, 6)}`;
  let penaltyId: string;

  async function as(username: string): Promise<Page> {
    const context = await newContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, baseUrl, username);
    return page;
  }

  async function expectAccessible(page: Page) {
    await page.mouse.move(0, 0);
    await page.waitForTimeout(500);
    expect(await accessibilityProblems(page)).toEqual([]);
  }

  beforeAll(() => ensureConsoleBuilt(), 600_000);
  beforeAll(async () => {
    const config = testConfig();
    worker = await startWorker(config);
    api = await startApi(config);
    await ensureFixtureYears(api.get(DataSource), Date.now());
    await api.listen(0, '127.0.0.1');
    baseUrl = (await api.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
    // Proposed by 张伟 (nc.officer1), filed by 王强 (nc.supervisor): the 90-day decision clock runs.
    const officer = bearer(await tokenFor(api, 'nc.officer1'));
    const opened = await http()
      .post('/penalties')
      .set(officer)
      .send({
        party: 'unit',
        partyName: party,
        creditCode: '91110108551385082Q',
        facts: '未按规定开展隐患排查',
      })
      .expect(201);
    penaltyId = opened.body.id;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(Date.now());
    await http()
      .post(`/penalties/${penaltyId}/filing-decision`)
      .set(bearer(await tokenFor(api, 'nc.supervisor')))
      .send({ approve: true, note: '同意立案', complex: false, actOn: today })
      .expect(200);
    await eventually(async () => {
      const r = await http().get(`/penalties/${penaltyId}`).set(officer).expect(200);
      expect(r.body.stage).toBe('investigating');
    });
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await api?.close();
    await worker?.stop();
  }, SERVER_HOOK_TIMEOUT_MS);

  it('names the handler and the timeline’s people by their names, with their roles', async () => {
    const page = await as('nc.officer1');
    await page.goto(`${baseUrl}/console/records/penalties/${penaltyId}`);
    await page.getByRole('heading', { name: /^处罚案件：/ }).waitFor();
    await page.getByText(party).first().waitFor();
    const handlers = page.getByTestId('handlers');
    await handlers.getByText('张伟（执法人员）').waitFor();
    expect(await handlers.textContent()).toBe('张伟（执法人员）');
    expect(await handlers.locator('.person').getAttribute('title')).toBe('用户名：nc.officer1');
    // The key events beside the tabs: who acted, by name and in the role they acted in.
    const narrative = page.locator('.ant-card', { has: page.getByRole('heading', { name: '办理经过' }) });
    await narrative.getByText('王强（负责人）').first().waitFor();
    expect(await narrative.textContent()).not.toMatch(/nc\.(officer1|supervisor)/);
    await page.getByRole('tab', { name: '完整时间线' }).click();
    const timeline = page.getByRole('tabpanel');
    await timeline.getByRole('cell', { name: '王强', exact: true }).first().waitFor();
    await timeline.getByRole('cell', { name: '张伟', exact: true }).first().waitFor();
    expect(await timeline.textContent()).not.toMatch(/nc\.(officer1|supervisor)/);
    await screenshot(page, '30-penalty-people');
    await expectAccessible(page);
  });

  it('shows the clocks’ legal basis in Chinese; the API answers English readers with the source', async () => {
    const page = await as('nc.officer1');
    await page.goto(`${baseUrl}/console/records/penalties/${penaltyId}`);
    await page.getByRole('tab', { name: /期限/ }).click();
    const panel = page.getByRole('tabpanel');
    const basis = panel.getByRole('cell', { name: /^行政处罚法 第60条（90日为法定期限/ });
    await basis.waitFor();
    const texts = await panel.locator('tbody td:nth-child(3)').allTextContents();
    expect(texts.filter((s) => /[A-Za-z]{2,}/.test(s))).toEqual([]);
    await screenshot(page, '31-penalty-clocks-basis');
    await expectAccessible(page);

    const officer = bearer(await tokenFor(api, 'nc.officer1'));
    const english = await http()
      .get(`/penalties/${penaltyId}`)
      .set(officer)
      .set('Accept-Language', 'en')
      .expect(200);
    const due = (english.body.tasks as { rule: string | null; source: string | null }[]).find(
      (t) => t.rule === 'decision.due',
    )!;
    expect(due.source).toMatch(/^行政处罚法 第60条 \(90 days confirmed; pauses for hearing/);
  });

  it('previews a document as page images in a browser with no PDF viewer, and keeps the download', async () => {
    const page = await as('nc.officer1');
    await page.goto(`${baseUrl}/console/records/penalties/${penaltyId}`);
    await page.getByRole('tab', { name: /文书/ }).click();
    const number = (await page
      .getByRole('tabpanel')
      .getByText(/〔\d{4}〕\d+号/)
      .first()
      .textContent())!;
    await page.getByRole('button', { name: `预览 ${number}` }).click();
    const dialog = page.getByRole('dialog');
    const image = dialog.getByTestId('page-image');
    // While the worker prints it the console waits out Retry-After, then draws the page.
    await image.waitFor({ timeout: EVENTUALLY_TIMEOUT_MS });
    expect(await image.getAttribute('alt')).toMatch(new RegExp(`${number.replace(/[()]/g, '\\$&')} 第1页$`));
    // The page is drawn, and it is a page: mostly white paper with dark text, not a dark frame.
    const look = await page.evaluate<{ width: number; light: number; dark: number }>(`(async () => {
      const img = document.querySelector('.ant-modal [data-testid="page-image"]');
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth; c.height = img.naturalHeight;
      const g = c.getContext('2d'); g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      let light = 0, dark = 0;
      for (let i = 0; i < d.length; i += 4) { const v = (d[i] + d[i + 1] + d[i + 2]) / 3; if (v > 230) light++; else if (v < 100) dark++; }
      const n = d.length / 4;
      return { width: img.naturalWidth, light: light / n, dark: dark / n };
    })()`);
    expect(look.width).toBeGreaterThan(800);
    expect(look.light).toBeGreaterThan(0.8);
    expect(look.dark).toBeGreaterThan(0.002);
    await screenshot(page, '32-document-page-preview');
    await expectAccessible(page);

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '下载' }).click();
    expect((await download).suggestedFilename()).toBe(`${number}.pdf`);
  });
});
