import type { INestApplication } from '@nestjs/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { AppConfig } from '@safecase/common';
import { registerSearchAttributes } from '@safecase/temporal';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { ensureFixtureYears } from '../support/calendar-fixtures';
import { testEnvironment } from '../support/environment';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';
import { ensureConsoleBuilt } from './console-build';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- axe-core ships its browser source as a CommonJS string
const axe = require('axe-core') as { source: string };

export const SCREENSHOTS = join(__dirname, '..', '..', '.cache', 'console-screenshots');

/** Debian's Chromium (CHROMIUM_PATH, set by `npm test`), headless, with nothing that reaches outside. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) throw new Error('CHROMIUM_PATH is not set: run the console tests with `npm test`');
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Playwright gives every launch a fresh temporary profile (user-data-dir) of its own.
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A person at a desk in China (or, for the date stories, a browser set to UTC). */
export function newContext(browser: Browser, timezoneId = 'Asia/Shanghai'): Promise<BrowserContext> {
  return browser.newContext({ locale: 'zh-CN', timezoneId, viewport: { width: 1366, height: 900 } });
}

export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/console/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('safecase-demo');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('heading', { name: '我的待办' }).waitFor();
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core on the page as it is: the serious and critical violations, as readable lines. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  // A string, so this file needs no DOM types: it runs in the page, where axe-core now is.
  const violations = await page.evaluate<
    AxeViolation[]
  >(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) })))`);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Picks an option of the antd select labelled `label`. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  // The form item around the select (the innermost: items nest in lists): it shows the option once
  // it is chosen, while the list itself is rendered elsewhere in the page.
  const item = page.locator('.ant-form-item', { has: field });
  for (let attempt = 1; ; attempt += 1) {
    // Open the list; on a retry it may still be open from the missed click.
    if (attempt === 1 || (await page.locator('.ant-select-dropdown:visible').count()) === 0)
      await field.click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
      .first()
      .click();
    // On a loaded machine the list can still be moving in when the click lands, and the click
    // misses: the choice then never shows in the field. Look, and choose again.
    const taken = await item
      .filter({ hasText: option })
      .last()
      .waitFor({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (taken) return;
    if (attempt === 3) throw new Error(`${label}: ${option} could not be chosen`);
  }
}

/**
 * Submits an action dialog and waits until it has closed. On a loaded machine a click can land while
 * the dialog is still zooming in and miss; the dialog keeps one Idempotency-Key, so clicking again
 * repeats the same request at most. A refusal shown in the dialog fails the test with its words.
 */
export async function submitDialog(dialog: Locator): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await dialog.getByRole('button', { name: '提交' }).click();
    const closed = await dialog
      .waitFor({ state: 'detached', timeout: attempt * 10_000 })
      .then(() => true)
      .catch(() => false);
    if (closed) return;
    const alert = dialog.getByRole('alert');
    if ((await alert.count()) > 0) throw new Error(`the dialog refused: ${await alert.first().innerText()}`);
    if (attempt === 3) throw new Error('the dialog did not close after three submits');
  }
}

export interface ConsoleSuiteOptions {
  /** Start the worker too (default): without it no procedure moves on. */
  worker?: boolean;
  /**
   * Run on the time-skipping test server, as the training sandbox (`npm start -- --sandbox`) does,
   * with these settings over the test configuration's.
   */
  sandbox?: Partial<AppConfig>;
  /** Load fixture working-day arrangements for this year and the next where none is seeded. */
  fixtureYears?: boolean;
}

/** The servers and the browser of a console test file, started once before its tests. */
export interface ConsoleSuite {
  readonly api: INestApplication;
  readonly baseUrl: string;
  readonly browser: Browser;
  /** The API over supertest, for what a story does outside the browser. */
  http(): ReturnType<typeof request>;
  /** A fresh page in a browser context of its own (closed after the file). */
  newPage(timezoneId?: string): Promise<Page>;
  /** A fresh page with `username` signed in. */
  as(username: string, timezoneId?: string): Promise<Page>;
  /** No serious or critical axe-core violations, on the page at rest. */
  expectAccessible(page: Page): Promise<void>;
}

/**
 * Registers a console test file's set-up and tear-down (the console built, the API listening, the
 * worker, Debian's Chromium) and answers what the tests use. Call it first in the `describe`: hooks
 * the file adds after it run once the servers are up.
 */
export function consoleSuite(options: ConsoleSuiteOptions = {}): ConsoleSuite {
  let api: INestApplication | undefined;
  let worker: RunningWorker | undefined;
  let env: TestWorkflowEnvironment | undefined;
  let browser: Browser | undefined;
  let baseUrl: string | undefined;
  const contexts: BrowserContext[] = [];
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the console suite has not started yet');
    return value;
  };

  beforeAll(() => ensureConsoleBuilt(), 600_000);
  beforeAll(async () => {
    const config: AppConfig = {
      ...testConfig(),
      ...(options.sandbox ? { sandbox: true } : {}),
      ...options.sandbox,
    };
    if (options.sandbox) {
      env = await TestWorkflowEnvironment.createTimeSkipping({
        server: { executable: { type: 'existing-path', path: testEnvironment().testServer } },
      });
      config.temporal = { ...config.temporal, address: env.address };
      await registerSearchAttributes(env.connection, 'default');
    }
    if (options.worker !== false) worker = await startWorker(config, env?.nativeConnection);
    api = await startApi(config);
    if (options.fixtureYears)
      await ensureFixtureYears(api.get(DataSource), env ? await env.currentTimeMs() : Date.now());
    await api.listen(0, '127.0.0.1');
    baseUrl = (await api.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await api?.close();
    await worker?.stop();
    await env?.teardown();
  }, SERVER_HOOK_TIMEOUT_MS);

  const suite: ConsoleSuite = {
    get api() {
      return started(api);
    },
    get baseUrl() {
      return started(baseUrl);
    },
    get browser() {
      return started(browser);
    },
    http: () => request(started(api).getHttpServer()),
    async newPage(timezoneId) {
      const context = await newContext(started(browser), timezoneId);
      contexts.push(context);
      return context.newPage();
    },
    async as(username, timezoneId) {
      const page = await suite.newPage(timezoneId);
      await signIn(page, started(baseUrl), username);
      return page;
    },
    async expectAccessible(page) {
      // On the page at rest: no pointer over a control, antd's transitions (≤ 0.3 s) finished.
      await page.mouse.move(0, 0);
      await page.waitForTimeout(500);
      expect(await accessibilityProblems(page)).toEqual([]);
    },
  };
  return suite;
}
