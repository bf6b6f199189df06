'use strict';
/* global window, document, performance, sessionStorage, MutationObserver */
// Issue #14 "Fast": the console's inbox with 500 open tasks for one officer, in Debian's Chromium.
//  1. From navigation to the inbox's first 50 rows rendered with the filters clickable (median of
//     BENCH_CONSOLE_RUNS, each in a fresh browser context, so nothing is cached), beside the bare HTML
//     shell: the same URL from the same API in the same browser with the console's JavaScript refused,
//     to its load event (what any page from this server costs before the console's own work).
//  2. The JavaScript a browser fetches for sign-in plus the inbox (every script response while signing
//     in through the form and landing on the inbox), gzip -9, against the 300 KB budget.
// The tasks are written by SQL into the read model (as the read benchmark seeds), in an agency and for
// an officer of their own, so nothing else is in the inbox.
const { randomUUID } = require('node:crypto');
const { Buffer } = require('node:buffer');
const { gzipSync } = require('node:zlib');
const { Client } = require('pg');
const { chromium } = require('playwright-core');
const { size, report, median, round } = require('./lib');
const { login } = require('./cases');

const REGION = '429950';

async function seed(pg, tasks) {
  const agencyId = randomUUID();
  const userId = randomUUID();
  const username = `bench-console-${agencyId.slice(0, 8)}.officer`;
  await pg.query(`INSERT INTO agency (id, name, doc_prefix, region_code) VALUES ($1, $2, '基准', $3)`, [
    agencyId,
    `控制台基准测试局${agencyId.slice(0, 8)}`,
    REGION,
  ]);
  await pg.query(
    `INSERT INTO app_user (id, username, display_name, password_hash, agency_id, roles)
     SELECT $1, $2, '基准执法', password_hash, $3, ARRAY['officer'] FROM app_user WHERE username = 'admin'`,
    [userId, username, agencyId],
  );
  // One open case per task, handled by the officer; due times spread over the next 60 days, one in ten
  // overdue, one in seven reminded, a few escalated: what an inbox shows.
  await pg.query('BEGIN');
  await pg.query(
    `INSERT INTO enforcement_case (id, workflow_id, agency_id, region_code, origin, enterprise_name,
       credit_code, summary, stage, rulebook_version, opened_by, handlers, opened_at, seq, state)
     SELECT md5($1::text || g)::uuid, 'bench-console-' || $1::text || '-' || g, $5::uuid, $3, 'plan',
       '基准企业' || g || '号有限公司', '91110108551385082Q', '控制台基准', 'rectifying', '2026.1',
       $2::uuid, ARRAY[$2::uuid], now() - make_interval(days => 1 + g % 30), 1, '{}'
     FROM generate_series(1, $4::int) g`,
    [agencyId, userId, REGION, tasks, agencyId],
  );
  await pg.query(
    `INSERT INTO case_task (case_id, task_key, kind, title, title_text, assignee_role, due_at, due_date,
       reminded, overdue, escalation_level, escalated_to, rule, source, agency_id)
     SELECT md5($1::text || g)::uuid, 'reinspect', 'reinspect', '整改期限届满后进行复查',
       '{"key":"task.reinspect","params":{"after":"2026-12-31"}}'::jsonb, 'officer',
       now() + make_interval(hours => (g * 7919) % 1440 - 144),
       (now() + make_interval(hours => (g * 7919) % 1440 - 144))::date,
       g % 7 = 0, (g * 7919) % 1440 < 144, CASE WHEN g % 23 = 0 THEN 1 ELSE 0 END,
       CASE WHEN g % 23 = 0 THEN 'supervisor' END, 'reinspection.due', '安全生产法 第65条', $2::uuid
     FROM generate_series(1, $3::int) g`,
    [agencyId, agencyId, tasks],
  );
  await pg.query('COMMIT');
  await pg.query('ANALYZE enforcement_case');
  await pg.query('ANALYZE case_task');
  return username;
}

function launch(executablePath) {
  if (!executablePath) throw new Error('no Debian chromium (CHROMIUM_PATH)');
  // As test/console/browser.ts launches it: headless, nothing that reaches outside.
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

const contextOptions = {
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  viewport: { width: 1366, height: 900 },
};

/**
 * Runs in the page before its own scripts: signs in (the token where the console keeps it) and marks
 * the first moment 50 rows are in the table and the filters are there and enabled.
 */
function readyProbe(token) {
  sessionStorage.setItem('safecase.token', token);
  const ready = () => {
    const rows = document.querySelectorAll('.task-table tbody tr').length;
    const kind = document.getElementById('inbox-kind');
    const overdue = document.querySelector('.toolbar-filters button[aria-pressed]');
    return rows >= 50 && kind && !kind.disabled && overdue && !overdue.disabled;
  };
  const observer = new MutationObserver(() => {
    if (window.__inboxReady === undefined && ready()) {
      window.__inboxReady = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

async function inboxRun(browser, api, token) {
  const context = await browser.newContext(contextOptions);
  try {
    await context.addInitScript(readyProbe, token);
    const page = await context.newPage();
    // The renderer's main-thread time (tasks, script), beside the wall time a loaded machine stretches.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${api}/console/`, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => window.__inboxReady, undefined, { timeout: 60_000 });
    const readyMs = await handle.jsonValue();
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    const busy = { taskMs: metric('TaskDuration'), scriptMs: metric('ScriptDuration') };
    const tasksMs = await page.evaluate(() => {
      const entry = performance
        .getEntriesByType('resource')
        .find((e) => new URL(e.name).pathname === '/tasks');
      return entry ? entry.responseEnd - entry.startTime : null;
    });
    // Clickable indeed: the overdue filter answers a click (not timed).
    await page.locator('.toolbar-filters button[aria-pressed]').click();
    await page.waitForURL(/overdue=1/);
    return { readyMs, tasksMs, ...busy };
  } finally {
    await context.close();
  }
}

async function shellRun(browser, api) {
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${api}/console/`, { waitUntil: 'load' });
    return await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  } finally {
    await context.close();
  }
}

async function javascriptBytes(browser, api, username) {
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    const scripts = new Map();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        scripts.set(
          response.url(),
          response.body().catch(() => Buffer.alloc(0)),
        );
    });
    await page.goto(`${api}/console/login`, { waitUntil: 'networkidle' });
    await page.locator('#username').fill(username);
    await page.locator('#password').fill('safecase-demo');
    await page.locator('button[type="submit"]').click();
    await page.locator('.task-table tbody tr').nth(49).waitFor();
    await page.waitForLoadState('networkidle');
    let raw = 0;
    let gzip = 0;
    const files = [];
    for (const [url, body] of scripts) {
      const bytes = await body;
      const z = gzipSync(bytes, { level: 9 }).length;
      raw += bytes.length;
      gzip += z;
      files.push({ file: new URL(url).pathname.split('/').pop(), gzipKB: round(z / 1024, 1) });
    }
    return { raw, gzip, files };
  } finally {
    await context.close();
  }
}

async function main({ api, databaseUrl, chromiumPath }) {
  const tasks = size('BENCH_CONSOLE_TASKS', 500, 100);
  const runs = size('BENCH_CONSOLE_RUNS', 5, 3);
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  let username;
  try {
    username = await seed(pg, tasks);
  } finally {
    await pg.end();
  }
  const token = await login(api, username);
  const browser = await launch(chromiumPath);
  try {
    // One of each first, not counted: the API's and the browser's first-use costs.
    await inboxRun(browser, api, token);
    await shellRun(browser, api);
    const ready = [];
    const tasksRequest = [];
    const taskMs = [];
    const scriptMs = [];
    const shell = [];
    for (let i = 0; i < runs; i++) {
      const run = await inboxRun(browser, api, token);
      ready.push(run.readyMs);
      if (run.tasksMs !== null) tasksRequest.push(run.tasksMs);
      taskMs.push(run.taskMs);
      scriptMs.push(run.scriptMs);
      shell.push(await shellRun(browser, api));
    }
    const p50 = median(ready);
    const shellP50 = median(shell);
    report({
      subject: `console: navigation to the inbox's first 50 rows with the filters clickable (${tasks} open tasks, one officer)`,
      openTasks: tasks,
      runs,
      p50: round(p50),
      runsMs: ready.map((x) => round(x)),
      tasksRequestP50: round(median(tasksRequest)),
      // Main-thread time to the inbox (CDP Performance metrics), less stretched by the load than p50.
      rendererTaskP50: round(median(taskMs)),
      rendererScriptP50: round(median(scriptMs)),
      baseline: {
        subject:
          'the bare HTML shell: the same URL, API and browser, the console’s JavaScript refused, to its load event',
        p50: round(shellP50),
        runsMs: shell.map((x) => round(x)),
      },
      ratio: p50 / shellP50,
      goal: 'p50 <= 1000 ms',
    });
    const bytes = await javascriptBytes(browser, api, username);
    report({
      subject: 'console: JavaScript fetched for sign-in plus the inbox, gzip -9',
      gzipKB: round(bytes.gzip / 1024, 1),
      rawKB: round(bytes.raw / 1024, 1),
      files: bytes.files,
      baseline: { subject: 'the budget of issue #14', gzipKB: 300 },
      ratio: bytes.gzip / (300 * 1024),
      goal: 'gzip <= 300 KB',
    });
  } finally {
    await browser.close();
  }
}

module.exports = { main };
