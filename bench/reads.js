'use strict';
// GET /tasks and GET /cases at a province's size: the read model seeded by SQL to BENCH_READ_CASES
// open cases (copies of the cases the run opened through the API, their tasks with them), each read
// beside the very SQL statements the API ran for it, run directly on PostgreSQL.
const { readFileSync, rmSync } = require('node:fs');
const { execFileSync } = require('node:child_process');
const { Client } = require('pg');
const { size, report, percentile, median, round, now, sleep } = require('./lib');
const { http, login } = require('./cases');

async function seed(pg, target, api) {
  let [{ n }] = (await pg.query('SELECT count(*)::int AS n FROM enforcement_case')).rows;
  if (n === 0) {
    // Run alone: a few real cases to copy, opened through the API.
    const officer = await login(api, 'nc.officer1');
    for (let i = 0; i < 20; i++)
      await http(api, 'POST', '/cases', {
        token: officer,
        body: {
          origin: 'complaint',
          enterprise: { name: '南昌某化工有限公司', creditCode: '91110108551385082Q', address: '南昌' },
          summary: '群众举报（基准测试）',
        },
      });
    n = 20;
  }
  const copies = Math.ceil((target - n) / n);
  if (copies < 1) return;
  const [{ data_type: idType }] = (
    await pg.query(
      `SELECT data_type FROM information_schema.columns WHERE table_name = 'enforcement_case' AND column_name = 'id'`,
    )
  ).rows;
  const newId = idType === 'uuid' ? `md5(id::text || '-' || copy)::uuid` : `id || '-' || copy`;
  const newCaseId = idType === 'uuid' ? `md5(case_id::text || '-' || copy)::uuid` : `case_id || '-' || copy`;
  await pg.query('BEGIN');
  await pg.query(
    `CREATE TEMP TABLE copy_case ON COMMIT DROP AS
       SELECT c.*, g.copy FROM enforcement_case c CROSS JOIN generate_series(1, $1) g(copy)`,
    [copies],
  );
  await pg.query(
    `UPDATE copy_case SET id = ${newId}, workflow_id = workflow_id || '-' || copy, opened_at = opened_at - make_interval(secs => copy * 37 + random() * 30)`,
  );
  await pg.query('ALTER TABLE copy_case DROP COLUMN copy');
  await pg.query('INSERT INTO enforcement_case SELECT * FROM copy_case');
  await pg.query(
    `CREATE TEMP TABLE copy_task ON COMMIT DROP AS
       SELECT t.*, g.copy FROM case_task t JOIN enforcement_case c ON c.id = t.case_id
        CROSS JOIN generate_series(1, $1) g(copy)`,
    [copies],
  );
  await pg.query(
    `UPDATE copy_task SET case_id = ${newCaseId}, due_at = due_at + make_interval(secs => copy * 53 % 86400 * 30)`,
  );
  await pg.query('ALTER TABLE copy_task DROP COLUMN copy');
  await pg.query('INSERT INTO case_task SELECT * FROM copy_task');
  await pg.query('COMMIT');
  await pg.query('VACUUM ANALYZE enforcement_case');
  await pg.query('VACUUM ANALYZE case_task');
}

/** Node types of a plan, outermost first, with the relation or index each reads. */
function planNodes(plan, out = []) {
  const label = [plan['Node Type'], plan['Index Name'] ?? plan['Relation Name']].filter(Boolean).join(' ');
  out.push(label);
  for (const child of plan.Plans ?? []) planNodes(child, out);
  return out;
}

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU milliseconds a process has used (user + system): what a request costs whatever the load. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

async function measure({ api, apiPid, pg, token, path, repeats, sqlLog }) {
  await http(api, 'GET', path, { token }); // warm
  const apiLat = [];
  const cpuBefore = cpuMs(apiPid);
  for (let i = 0; i < repeats; i++) {
    const t = now();
    await http(api, 'GET', path, { token });
    apiLat.push(now() - t);
  }
  const apiCpuMsPerRequest = (cpuMs(apiPid) - cpuBefore) / repeats;
  // Capture the request's statements, then run them directly, as often.
  rmSync(sqlLog, { force: true });
  process.kill(apiPid, 'SIGWINCH');
  await sleep(200);
  const body = await http(api, 'GET', path, { token });
  process.kill(apiPid, 'SIGWINCH');
  await sleep(200);
  const statements = readFileSync(sqlLog, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .filter((s) => /^\s*(SELECT|WITH)/i.test(s.sql));
  const sqlLat = [];
  for (let i = 0; i < repeats; i++) {
    const t = now();
    for (const s of statements) await pg.query(s.sql, s.parameters);
    sqlLat.push(now() - t);
  }
  const main = statements.reduce((a, b) => (b.sql.length > a.sql.length ? b : a), statements[0]);
  const [{ 'QUERY PLAN': plan }] = (
    await pg.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${main.sql}`, main.parameters)
  ).rows;
  const nodes = planNodes(plan[0].Plan);
  return {
    body,
    api: { p50: round(median(apiLat)), p95: round(percentile(apiLat, 95)), cpuMs: round(apiCpuMsPerRequest) },
    sql: { p50: round(median(sqlLat)), p95: round(percentile(sqlLat, 95)), statements: statements.length },
    explain: {
      nodes,
      executionMs: round(plan[0]['Execution Time']),
      indexScansOnly: !nodes.some((n) => /^Seq Scan (enforcement_case|case_task)/.test(n)),
    },
  };
}

async function main({ api, apiPid, databaseUrl, sqlLog }) {
  const target = size('BENCH_READ_CASES', 50_000, 5_000);
  const repeats = size('BENCH_READ_REPEATS', 50, 20);
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  try {
    await seed(pg, target, api);
    const [{ cases, tasks }] = (
      await pg.query(
        `SELECT (SELECT count(*) FROM enforcement_case WHERE stage <> 'closed')::int AS cases,
                (SELECT count(*) FROM case_task)::int AS tasks`,
      )
    ).rows;
    const officer = await login(api, 'nc.officer1');
    const supervisor = await login(api, 'nc.supervisor');
    const line = (subject, m, extra = {}) =>
      report({
        subject,
        openCases: cases,
        tasks,
        ...extra,
        p50: m.api.p50,
        p95: m.api.p95,
        apiCpuMsPerRequest: m.api.cpuMs,
        baseline: { subject: 'the same SQL statements run directly on PostgreSQL', ...m.sql },
        ratio: m.api.p95 / m.sql.p95,
        explain: m.explain,
        goal: 'p95 <= 20 ms',
      });
    const common = { api, apiPid, pg, repeats, sqlLog };
    // The framework's floor, for reading the lines below: an authenticated GET that reads nothing
    // (GET /auth/me answers from the token and the cached actor), its latency and the API's CPU.
    await http(api, 'GET', '/auth/me', { token: officer });
    const floorLat = [];
    const floorCpu = cpuMs(apiPid);
    for (let i = 0; i < repeats; i++) {
      const t = now();
      await http(api, 'GET', '/auth/me', { token: officer });
      floorLat.push(now() - t);
    }
    report({
      subject: 'GET /auth/me (information: an authenticated request that reads no table)',
      p50: round(median(floorLat)),
      p95: round(percentile(floorLat, 95)),
      apiCpuMsPerRequest: round((cpuMs(apiPid) - floorCpu) / repeats),
    });
    // And the floor of any HTTP hop here: a bare Node server, no framework, no database.
    const bare = await require('./bare-http').measure(repeats, { now, median, percentile, round, cpuMs });
    report({
      subject: `a bare Node http server answering a fixed ${bare.bodyBytes}-byte JSON body (information: one HTTP hop)`,
      p50: bare.p50,
      p95: bare.p95,
      serverCpuMsPerRequest: bare.serverCpuMsPerRequest,
    });
    const inbox = await measure({ ...common, token: officer, path: '/tasks' });
    line('GET /tasks as an officer (first page, default size)', inbox, { items: inbox.body.items?.length });
    const teamInbox = await measure({ ...common, token: supervisor, path: '/tasks?scope=team' });
    line('GET /tasks?scope=team as a supervisor (first page)', teamInbox);
    const first = await measure({ ...common, token: officer, path: '/cases' });
    line('GET /cases first page', first);
    // Deep: walk the keyset to about 90% of the list, then measure that page.
    let cursor = first.body.nextCursor;
    let pages = 1;
    const deepPages = Math.floor((cases * 0.9) / 200);
    while (cursor && pages < deepPages) {
      const page = await http(api, 'GET', `/cases?limit=200&cursor=${encodeURIComponent(cursor)}`, {
        token: officer,
      });
      cursor = page.nextCursor;
      pages += 1;
    }
    if (cursor) {
      const deep = await measure({
        ...common,
        token: officer,
        path: `/cases?cursor=${encodeURIComponent(cursor)}`,
      });
      line(`GET /cases deep page (after ${pages} pages of 200)`, deep, { depthRows: pages * 200 });
    }
  } finally {
    await pg.end();
  }
}

module.exports = { main };
