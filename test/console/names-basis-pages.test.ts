import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { bearer, tokenFor } from '../support/auth';
import { eventually } from '../support/cases';
import { EVENTUALLY_TIMEOUT_MS, SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';
import { consoleSuite, screenshot } from './browser';

/**
 * The lines the clocks table's headers, and the cells of its short columns (承办角色, 升级), are laid
 * out in: counted from where their text's boxes start, so a header squeezed to two characters a line
 * shows as several.
 */
function clocksLayout(page: Page): Promise<{ text: string; lines: number }[]> {
  // A string, so this file needs no DOM types: it runs in the page.
  return page.evaluate(`(() => {
    const table = document.querySelector('.clocks-table table');
    const cells = [...table.querySelectorAll('thead th'),
      ...table.querySelectorAll('tbody td:nth-child(4), tbody td:nth-child(5)')];
    return cells.map((cell) => {
      const tops = new Set();
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const box of range.getClientRects()) if (box.width > 0) tops.add(Math.round(box.top));
      }
      return { text: cell.textContent, lines: tops.size };
    }).filter((c) => c.text.trim() !== '');
  })()`);
}

/** What an officer reading a penalty record found (issue #14): people by name, the basis in Chinese, a preview. */
describe('a penalty record as an officer reads it', () => {
  const suite = consoleSuite({ fixtureYears: true });
  const { as, http, expectAccessible } = suite;
  const party = `南昌某名称测试有限公司${randomUUID().slice(0, 6)}`;
  let penaltyId: string;

  beforeAll(async () => {
    // Proposed by 张伟 (nc.officer1), filed by 王强 (nc.supervisor): the 90-day decision clock runs.
    const officer = bearer(await tokenFor(suite.api, 'nc.officer1'));
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
      .set(bearer(await tokenFor(suite.api, 'nc.supervisor')))
      .send({ approve: true, note: '同意立案', complex: false, actOn: today })
      .expect(200);
    await eventually(async () => {
      const r = await http().get(`/penalties/${penaltyId}`).set(officer).expect(200);
      expect(r.body.stage).toBe('investigating');
    });
  }, SERVER_HOOK_TIMEOUT_MS);

  it('names the handler and the timeline’s people by their names, with their roles', async () => {
    const page = await as('nc.officer1');
    await page.goto(`${suite.baseUrl}/console/records/penalties/${penaltyId}`);
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
    await page.goto(`${suite.baseUrl}/console/records/penalties/${penaltyId}`);
    await page.getByRole('tab', { name: /期限/ }).click();
    const panel = page.getByRole('tabpanel');
    const basis = panel.getByRole('cell', { name: /^行政处罚法 第60条（90日为法定期限/ });
    await basis.waitFor();
    const texts = await panel.locator('tbody td:nth-child(3)').allTextContents();
    expect(texts.filter((s) => /[A-Za-z]{2,}/.test(s))).toEqual([]);
    // The department rule's text was not available to the drafters: the officer reads the citation alone.
    expect(texts.filter((s) => s.includes('暂缺'))).toEqual([]);
    await screenshot(page, '31-penalty-clocks-basis');
    await expectAccessible(page);

    const officer = bearer(await tokenFor(suite.api, 'nc.officer1'));
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

  it('keeps the clocks table readable on a 1366 px screen and a 1024 px tablet', async () => {
    const page = await as('nc.officer1');
    for (const [width, height, name] of [
      [1366, 768, '33-penalty-clocks-1366'],
      [1024, 768, '34-penalty-clocks-tablet'],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${suite.baseUrl}/console/records/penalties/${penaltyId}`);
      await page.getByRole('tab', { name: /期限/ }).click();
      await page
        .getByRole('tabpanel')
        .getByRole('cell', { name: /^行政处罚法 第60条/ })
        .waitFor();
      // Every header, and the role and rung of every clock, on one line; the long texts wrap.
      const broken = (await clocksLayout(page)).filter((cell) => cell.lines !== 1);
      expect([width, broken]).toEqual([width, []]);
      await screenshot(page, name);
    }
    await expectAccessible(page);
  });

  it('previews a document as page images in a browser with no PDF viewer, and keeps the download', async () => {
    const page = await as('nc.officer1');
    await page.goto(`${suite.baseUrl}/console/records/penalties/${penaltyId}`);
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
