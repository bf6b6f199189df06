import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';
import { consoleSuite, screenshot } from './browser';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Screens 8 (supervisor dashboard) and 9 (admin), clicked through Debian's Chromium. */
describe('the supervisor dashboard and the admin screen in a browser', () => {
  const suite = consoleSuite({ worker: false });
  const { as, expectAccessible } = suite;
  let db: DataSource;
  const tag = randomUUID().slice(0, 8);
  const agencyId = randomUUID();
  const supervisor = `dashui-${tag}.sup`;
  const officer = `dashui-${tag}.officer`;

  const cells = (page: Page, testId: string) =>
    page
      .getByTestId(testId)
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );

  beforeAll(async () => {
    db = suite.api.get(DataSource);

    // An agency of its own (region 429911, outside every demo user's), written straight into the read
    // model, so the figures on screen are the ones counted here.
    const now = Date.now();
    await db.query(
      `INSERT INTO agency (id, name, doc_prefix, region_code) VALUES ($1, $2, '看板', '429911')`,
      [agencyId, `看板界面测试局${tag}`],
    );
    const userIds: Record<string, string> = {};
    for (const [username, name, roles] of [
      [supervisor, '孙督办', ['supervisor']],
      [officer, '钱执法', ['officer']],
    ] as const) {
      userIds[username] = randomUUID();
      await db.query(
        `INSERT INTO app_user (id, username, display_name, password_hash, agency_id, roles)
         SELECT $1, $2, $3, password_hash, $4, $5 FROM app_user WHERE username = 'admin'`,
        [userIds[username], username, name, agencyId, roles],
      );
    }
    const caseId = randomUUID();
    await db.query(
      `INSERT INTO enforcement_case (id, workflow_id, agency_id, region_code, origin, enterprise_name,
         credit_code, summary, stage, rulebook_version, opened_by, handlers, opened_at, seq, state)
       VALUES ($1, $2, $3, '429911', 'plan', '看板测试企业', '91110108551385082Q', '看板', 'rectifying', '2026.1',
         $4, ARRAY[$4]::uuid[], $5, 1, '{}')`,
      [caseId, `case-${caseId}`, agencyId, userIds[officer], new Date(now - DAY)],
    );
    for (const [key, due, overdue] of [
      ['a', now - 2 * HOUR, false],
      ['b', now - 3 * DAY, true],
      ['c', now + 30 * HOUR, false],
    ] as const) {
      await db.query(
        `INSERT INTO case_task (case_id, task_key, kind, title, assignee_role, due_at, overdue, agency_id)
         VALUES ($1, $2, 'test', '看板任务', 'officer', $3, $4, $5)`,
        [caseId, key, new Date(due), overdue, agencyId],
      );
    }
    const itemId = randomUUID();
    await db.query(
      `INSERT INTO procedure (id, kind, workflow_id, agency_id, region_code, stage, title, party_name,
         handlers, opened_at, seq, state)
       VALUES ($1, 'rectification_item', $2, $3, '429911', 'open', '整改', '看板测试企业', ARRAY[$4]::uuid[],
         $5, 1, '{"rungs":[{"rung":"notice","on":"2026-11-01"},{"rung":"summons","on":"2026-11-08"},{"rung":"listed","on":"2026-11-15"}]}')`,
      [itemId, `item-${itemId}`, agencyId, userIds[officer], new Date(now - 40 * DAY)],
    );
  }, SERVER_HOOK_TIMEOUT_MS);

  it('a supervisor sees overdue work by stage, the ladder, workload and weeks, drawn with ECharts', async () => {
    const page = await as(supervisor);
    await page.getByRole('link', { name: '监督看板' }).click();
    await page.getByRole('heading', { name: '监督看板' }).waitFor();
    await page.getByTestId('deadlines').waitFor();
    expect(await page.getByTestId('dashboard-as-of').textContent()).toMatch(
      /^统计时间：北京时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}；范围：看板界面测试局/,
    );
    expect(await cells(page, 'deadlines')).toEqual([[`看板界面测试局${tag} · 执法案件 · 整改中`, '2', '1']]);
    expect(await cells(page, 'ladder')).toEqual([
      ['通报', '1', '1'],
      ['约谈', '1', '1'],
      ['挂牌督办', '1', '1'],
      ['问责', '0', '0'],
    ]);
    expect(await cells(page, 'workload')).toEqual([[`钱执法（${officer}）`, '3', '2']]);
    const weeks = await cells(page, 'weekly');
    expect(weeks).toHaveLength(12);
    expect(weeks.reduce((n, w) => n + Number(w[1]), 0)).toBe(1);
    // Four charts, each an ECharts canvas with pixels drawn, named for assistive technology.
    const charts = page.locator('.chart[role="img"]');
    expect(await charts.count()).toBe(4);
    for (const chart of await charts.all()) {
      expect(await chart.getAttribute('aria-label')).toMatch(/[\u4e00-\u9fff]/);
      const box = (await chart.locator('canvas').first().boundingBox())!;
      expect(box.width).toBeGreaterThan(200);
    }
    await screenshot(page, '08-dashboard');
    await expectAccessible(page);
    await page.setViewportSize({ width: 768, height: 1000 });
    await page.waitForTimeout(300);
    await screenshot(page, '08-dashboard-tablet');
  });

  it('an officer has no dashboard link, and the API refuses them the figures', async () => {
    const page = await as(officer);
    expect(await page.getByRole('link', { name: '监督看板' }).count()).toBe(0);
    await page.goto(`${suite.baseUrl}/console/dashboard`);
    await page.getByRole('heading', { name: '监督看板' }).waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/[\u4e00-\u9fff]/);
  });

  it('an admin sees calendar coverage, views, loads and corrects a year, and reads a rulebook version', async () => {
    const page = await as('admin');
    await page.getByRole('link', { name: '系统管理' }).click();
    await page.getByRole('heading', { name: '系统管理' }).waitFor();
    await page.getByTestId('calendar-years').locator('tbody tr').first().waitFor();
    const thisYear = Number(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
    );
    const loaded = (await cells(page, 'calendar-years')).map((r) => Number(r[0]));
    for (const y of [thisYear - 1, thisYear, thisYear + 1, thisYear + 2])
      expect(await page.getByTestId(`coverage-${y}`).textContent()).toBe(
        `${y}年${loaded.includes(y) ? '已载入' : '未载入'}`,
      );

    await page.getByRole('button', { name: `查看${thisYear}年` }).click();
    await page.getByRole('heading', { name: `${thisYear}年安排` }).waitFor();
    expect(await page.getByTestId('holidays').locator('li').count()).toBeGreaterThan(5);
    await screenshot(page, '09-admin-calendar');
    await expectAccessible(page);

    // Load a year far ahead (no deadline of any test falls in it), then correct it.
    await page.getByLabel('年度', { exact: true }).fill('2091');
    await page.getByLabel('来源（通知文号）').fill('测试：2091年节假日安排');
    await page.getByLabel(/^放假日期/).fill('2091-01-01 元旦');
    await page.getByLabel(/^调休上班日期/).fill('');
    await page.getByRole('button', { name: '载入', exact: true }).click();
    await page.getByText('已载入2091年安排').waitFor();
    await page.getByRole('heading', { name: '2091年安排' }).waitFor();
    expect(await page.getByTestId('holidays').textContent()).toBe('2091-01-01 元旦');
    const row = (await cells(page, 'calendar-years')).find((r) => r[0] === '2091')!;
    expect(row[1]).toBe('测试：2091年节假日安排');
    expect(row[2]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    await page.getByRole('button', { name: '更正2091年' }).click();
    expect(await page.getByLabel(/^放假日期/).inputValue()).toBe('2091-01-01 元旦');
    await page.getByLabel(/^放假日期/).fill('2091-01-01 元旦\n2091-01-02 元旦');
    await page.getByRole('button', { name: '载入', exact: true }).click();
    await page.getByTestId('holidays').getByText('2091-01-02 元旦').waitFor();
    // A line the form cannot read is said in words, and nothing is sent.
    await page.getByLabel(/^放假日期/).fill('元旦');
    await page.getByRole('button', { name: '载入', exact: true }).click();
    await page.getByText(/无法识别的行/).waitFor();
    expect(await page.getByTestId('holidays').locator('li').count()).toBe(2);

    const versions = await cells(page, 'rulebook-versions');
    expect(versions.length).toBeGreaterThan(0);
    const [version, effectiveFrom] = versions[0]!;
    await page.getByRole('button', { name: `查看${version}的规则` }).click();
    await page
      .getByRole('heading', {
        name: new RegExp(`^规则 ${version!.replace('.', '\\.')}（${effectiveFrom}起生效`),
      })
      .waitFor();
    const rules = await cells(page, 'rules');
    expect(rules.length).toBeGreaterThan(5);
    expect(rules.every((r) => r[3]!.length > 0)).toBe(true);
    await screenshot(page, '09-admin-rulebook');
    await expectAccessible(page);
  });
});
