import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';
import { consoleSuite, screenshot } from './browser';

/**
 * Chinese (and full-width punctuation) left in the page once the record data is taken out: the
 * console marks what is the records' own (party names, people, agencies, document numbers, the
 * rulebook's legal sources) with `lang="zh-CN"`, and everything else is in the chosen language.
 */
async function chineseOutsideRecordData(page: Page, except: string[] = []): Promise<string[]> {
  // A string, so this file needs no DOM types: it runs in the page.
  return page.evaluate<string[]>(`(() => {
    const body = document.body.cloneNode(true);
    for (const el of body.querySelectorAll(${JSON.stringify(['[lang^="zh"]', 'script', 'style', ...except].join(', '))})) el.remove();
    const text = body.textContent ?? '';
    return [...text.matchAll(/[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]+/g)].map((m) =>
      text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20));
  })()`);
}

const documentLanguage = (page: Page) => page.evaluate<string>('document.documentElement.lang');

/** The console in English: every screen's own texts, antd's and the API's labels switch with it. */
describe('the web console in English', () => {
  const suite = consoleSuite();
  const { as, expectAccessible } = suite;
  let db: DataSource;
  const tag = randomUUID().slice(0, 8);
  const agencyId = randomUUID();
  // An agency of its own, so the inbox, dashboard and audit show only this test's records.
  const officer = `en-${tag}.officer`;
  const supervisor = `en-${tag}.sup`;
  const auditor = `en-${tag}.auditor`;
  const enterprise = `英文界面测试企业${tag}`;
  let caseId: string;

  async function expectEnglish(page: Page, except: string[] = []) {
    expect(await documentLanguage(page)).toBe('en');
    expect(await chineseOutsideRecordData(page, except)).toEqual([]);
  }

  async function englishSignIn(page: Page, username: string) {
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill('safecase-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'My tasks' }).waitFor();
  }

  async function signOut(page: Page) {
    await page.getByRole('button', { name: 'Sign out' }).click();
  }

  beforeAll(async () => {
    const { baseUrl } = suite;
    db = suite.api.get(DataSource);
    await db.query(
      `INSERT INTO agency (id, name, doc_prefix, region_code) VALUES ($1, $2, '英文', '429913')`,
      [agencyId, `英文界面测试局${tag}`],
    );
    for (const [username, name, roles] of [
      [officer, '赵执法', ['officer']],
      [supervisor, '钱督办', ['supervisor']],
      [auditor, '孙审计', ['auditor']],
    ] as const)
      await db.query(
        `INSERT INTO app_user (id, username, display_name, password_hash, agency_id, roles)
         SELECT $1, $2, $3, password_hash, $4, $5 FROM app_user WHERE username = 'admin'`,
        [randomUUID(), username, name, agencyId, roles],
      );
    // A case opened through the API, so its inspection task has a title in both languages.
    const login = await fetch(`${baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: officer, password: 'safecase-demo' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const opened = await fetch(`${baseUrl}/cases`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${accessToken}`,
        'Idempotency-Key': `en-${tag}`,
      },
      body: JSON.stringify({
        origin: 'complaint',
        enterprise: { name: enterprise, creditCode: '91110108551385082Q', address: '湖北' },
        summary: '群众举报',
      }),
    });
    expect(opened.ok).toBe(true);
    caseId = ((await opened.json()) as { id: string }).id;
  }, SERVER_HOOK_TIMEOUT_MS);

  it('switches an officer to English: the shell, the inbox, a list and the API’s labels; back to Chinese', async () => {
    const page = await as(officer);
    const step = page.locator('.task-table tbody tr', { hasText: enterprise }).locator('td').nth(2);
    await expect(step.textContent()).resolves.toBe('对单位进行现场检查并记录（两名执法人员）');
    // The check below finds the Chinese of a screen (here before the switch).
    expect((await chineseOutsideRecordData(page)).length).toBeGreaterThan(3);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'My tasks' }).waitFor();
    // The task's title is the API's: asked for again, in English, without a reload.
    await page
      .locator('.task-table tbody tr', { hasText: enterprise })
      .getByRole('cell', { name: 'Inspect the unit and record the inspection (two officers)' })
      .waitFor();
    await page.getByRole('columnheader', { name: 'Due (Beijing time)' }).waitFor();
    await page.getByRole('button', { name: 'Overdue only' }).waitFor();
    await page.getByLabel('Kind').selectOption({ label: 'Case' });
    await page.getByRole('button', { name: 'Overdue only' }).click();
    await page.getByText('No tasks').waitFor();
    await page.getByRole('button', { name: 'Overdue only' }).click();
    await page.getByText(enterprise).waitFor();
    expect(await page.getByTestId('clock').textContent()).toMatch(
      /^Beijing time \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    );
    expect(await page.getByTestId('whoami').textContent()).toBe(`赵执法 · officer · 英文界面测试局${tag}`);
    await expectEnglish(page);
    await screenshot(page, 'en-01-inbox');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Cases', exact: true }).click();
    await page.getByRole('heading', { name: 'Cases', exact: true }).waitFor();
    await page.getByRole('columnheader', { name: 'Next deadline (Beijing time)' }).waitFor();
    const row = page.locator('.ant-table-row', { hasText: enterprise });
    await row.waitFor();
    // The stage's name from the domain's catalog, in English.
    expect(await row.locator('.ant-tag').first().textContent()).toBe('opened');
    await expectEnglish(page);
    await screenshot(page, 'en-02-cases');
    await expectAccessible(page);

    // antd speaks English too (its pagination's own titles), and the choice stays across a reload.
    expect(await page.locator('.ant-pagination-prev').getAttribute('title')).toBe('Previous Page');
    await page.goto(`${suite.baseUrl}/console/lists/transfers`);
    await page.getByRole('heading', { name: 'Transfers', exact: true }).waitFor();
    await page.getByText('No records').waitFor();
    await expectEnglish(page);

    // Back to Chinese: the page, the API's labels and the language of the document.
    await page.getByRole('link', { name: 'My tasks' }).click();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '我的待办' }).waitFor();
    await page
      .locator('.task-table tbody tr', { hasText: enterprise })
      .getByRole('cell', { name: '对单位进行现场检查并记录（两名执法人员）' })
      .waitFor();
    expect(await documentLanguage(page)).toBe('zh-CN');
  });

  it('signs in in English, and an auditor verifies the chain and reads a case’s history in English', async () => {
    const page = await suite.newPage();
    await page.goto(`${suite.baseUrl}/console/login`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    // A sign-in without a password is refused in words, in English.
    await page.getByLabel('Username').fill(auditor);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('Enter your username and password').waitFor();
    await expectEnglish(page);
    await screenshot(page, 'en-00-sign-in');
    await expectAccessible(page);
    await englishSignIn(page, auditor);

    await page.getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('heading', { name: 'Audit', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Verify the audit chain' }).click();
    await page.getByText(/^The audit chain is intact: \d+ entries verified$/).waitFor();
    await page.getByLabel('Case ID').fill(caseId);
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.getByRole('columnheader', { name: 'What happened' }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.getByRole('button', { name: 'Export' }).count()).toBe(1);
    await expectEnglish(page);
    await screenshot(page, 'en-03-audit');
    await expectAccessible(page);
  });

  it('shows a supervisor the dashboard and an admin the administration screen in English', async () => {
    const page = await as(supervisor);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Supervision dashboard' }).click();
    await page.getByRole('heading', { name: 'Supervision dashboard' }).waitFor();
    await page.getByTestId('ladder').waitFor();
    expect(await page.getByTestId('dashboard-as-of').textContent()).toMatch(
      new RegExp(`^As of \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} Beijing time; agencies: 英文界面测试局${tag};`),
    );
    expect(await page.getByTestId('ladder').locator('tbody tr td:first-child').allTextContents()).toEqual([
      'Notice',
      'Summons',
      'Listed for supervision',
      'Accountability',
    ]);
    for (const chart of await page.locator('.chart[role="img"]').all())
      expect(await chart.getAttribute('aria-label')).toMatch(/^[ -~’]+$/);
    await expectEnglish(page);
    await screenshot(page, 'en-04-dashboard');
    await expectAccessible(page);

    await signOut(page);
    await englishSignIn(page, 'admin');
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { name: 'Administration' }).waitFor();
    await page.getByTestId('calendar-years').locator('tbody tr').first().waitFor();
    const year = (await page.getByTestId('calendar-years').locator('tbody tr td').first().textContent())!;
    await page.getByRole('button', { name: `View ${year}`, exact: true }).click();
    await page.getByRole('heading', { name: `Arrangements for ${year}` }).waitFor();
    const version = (await page
      .getByTestId('rulebook-versions')
      .locator('tbody tr td')
      .first()
      .textContent())!;
    await page.getByRole('button', { name: `View the rules of ${version}` }).click();
    await page
      .getByRole('heading', { name: new RegExp(`^Rules ${version.replace('.', '\\.')} \\(in force from`) })
      .waitFor();
    // The units are the console's; the rule names and legal sources are the API's, in English, quoting
    // Chinese legal terms and laws by their names (安全生产法 第70条), which are not translated.
    const units = await page.getByTestId('rules').locator('tbody tr td:nth-child(3)').allTextContents();
    expect(units.filter((u) => /_/.test(u))).toEqual([]);
    await expectEnglish(page, [
      '[data-testid="rules"] td:nth-child(2)',
      '[data-testid="rules"] td:nth-child(4)',
    ]);
    await screenshot(page, 'en-05-admin');
    await expectAccessible(page);
  });
});
