'use strict';
// `npm run bench`: the project's own benchmarks (issue #16), never part of `npm test`. It starts what
// they need, as `npm start` and `npm test` do: PostgreSQL (a fresh database `safecase_bench` on
// DATABASE_URL's server, else a throw-away embedded server), an in-memory Temporal dev server, the
// migrations and demo seed, the worker and the API; then prints one JSON line per measure.
//   BENCH_ONLY=cases,reads,audit,console,storm   which benchmarks (default these, in this order:
//                                  reads copies the cases the case benchmark opened; console builds
//                                  the console and drives Debian's chromium, CHROMIUM_PATH; storm runs
//                                  on a sandbox of its own: the time-skipping test server, a worker and
//                                  an API, database safecase_bench_storm); `memory` (worker RSS at
//                                  BENCH_MEMORY_LEVELS open cases, opened through the API) runs only
//                                  when named
//   BENCH_DATABASE=name            the database to recreate (default safecase_bench)
//   BENCH_TEMPORAL_ON_DISK=1       the dev server's state in a SQLite file, not in memory (for 50k runs)
//   BENCH_QUICK=1                  small sizes, for a quick check (each size also has its own variable:
//                                  BENCH_STARTS, BENCH_CONCURRENCY, BENCH_ACTIONS, BENCH_READ_CASES,
//                                  BENCH_READ_REPEATS, BENCH_AUDIT_ENTRIES, BENCH_AUDIT_APPENDS,
//                                  BENCH_CONSOLE_TASKS, BENCH_CONSOLE_RUNS, BENCH_STORM_CASES,
//                                  BENCH_STORM_CONCURRENCY, BENCH_STORM_TIMEOUT_S)
const { spawnSync } = require('node:child_process');
const { existsSync, mkdtempSync, rmSync } = require('node:fs');
const { loadavg, tmpdir } = require('node:os');
const { join } = require('node:path');
const { say, fail, runMain } = require('../scripts/lib/log');
const { root, ensureDependencies } = require('../scripts/lib/bootstrap');

function build() {
  say('building (tsc -b) ...');
  const tsc = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  // tsc emits even when it reports errors; a benchmark of the code as built is still a measurement.
  if (tsc.status !== 0 && !existsSync(join(root, 'dist/apps/api/src/main.js'))) fail('the build failed');
  if (tsc.status !== 0) say('tsc reported errors (above); benchmarking the JavaScript it emitted');
  const alias = spawnSync(
    process.execPath,
    [join(root, 'node_modules/tsc-alias/dist/bin/index.js'), '-p', 'tsconfig.build.json'],
    { cwd: root, stdio: 'inherit' },
  );
  if (alias.status !== 0) fail('tsc-alias failed');
}

/** e.g. BENCH_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof": a profile of a worker under load. */
function workerNodeArgs() {
  return (process.env.BENCH_WORKER_NODE_ARGS || '').split(' ').filter(Boolean);
}

async function main() {
  const only = (process.env.BENCH_ONLY || 'cases,reads,audit,console,storm').split(',').map((s) => s.trim());
  ensureDependencies();
  build();
  // Before the API starts: it serves apps/console/dist if it is there when it starts.
  if (only.includes('console')) require('../apps/console/build.js').ensureConsole({ log: say });
  const services = require('../scripts/lib/services');
  const { temporalBinaries } = require('../scripts/lib/temporal-binaries');
  const running = [];
  const scratch = mkdtempSync(join(tmpdir(), 'safecase-bench-'));
  const stopAll = async () => {
    for (const p of [...running].reverse()) await p.stop();
    rmSync(scratch, { recursive: true, force: true });
  };
  process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));
  say(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  try {
    let databaseUrl;
    if (process.env.DATABASE_URL) {
      const server = new URL(process.env.DATABASE_URL);
      // BENCH_DATABASE: two benchmark runs on one server each need a database of their own.
      const name = process.env.BENCH_DATABASE || 'safecase_bench';
      databaseUrl = await services.recreateDatabase(server.toString(), name);
      say(`PostgreSQL: fresh database ${name} on DATABASE_URL's server`);
    } else {
      const port = await services.freePort();
      const pg = await services.startEmbeddedPostgres({
        dataDir: join(scratch, 'postgres'),
        port,
        database: 'safecase_bench',
        persistent: false,
      });
      running.push(pg);
      databaseUrl = pg.url;
      say(`PostgreSQL: embedded on port ${port}`);
    }
    // The console's benchmark needs the API, which starts with the worker and Temporal.
    const needsTemporal = ['cases', 'reads', 'console', 'memory'].some((b) => only.includes(b));
    let temporalAddress;
    if (needsTemporal) {
      const { cli } = temporalBinaries();
      // In memory the dev server keeps every history in RAM: about 0.8 MB per open case, too much for
      // 50k on this machine. BENCH_TEMPORAL_ON_DISK=1 puts its SQLite file in the run's scratch dir.
      const dbFile = process.env.BENCH_TEMPORAL_ON_DISK === '1' ? join(scratch, 'temporal.db') : undefined;
      const temporal = await services.startTemporalDevServer({
        cli,
        port: await services.freePort(),
        headless: true,
        quiet: true,
        dbFile,
      });
      running.push(temporal);
      temporalAddress = temporal.address;
      say(`Temporal: dev server ${temporalAddress} (${dbFile ? `on disk, ${dbFile}` : 'in memory'})`);
    }
    const apiPort = await services.freePort();
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress ?? '127.0.0.1:1',
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      SANDBOX_MODE: 'false',
      AUTH_JWT_SECRET: require('node:crypto').randomBytes(48).toString('base64url'),
      AUDIT_CHECKPOINT_DIR: join(scratch, 'checkpoints'),
      BENCH_SQL_LOG: join(scratch, 'sql.jsonl'),
      LOG_LEVEL: 'warn',
    };
    try {
      env.CHROMIUM_PATH = env.CHROMIUM_PATH || require('../scripts/lib/debian-packages').chromiumPath();
    } catch {
      /* the benchmarks issue no document that needs printing */
    }
    const step = async (name, script, args = [], stepEnv = env) => {
      const proc = services.startChild(name, process.execPath, [join(root, script), ...args], {
        env: stepEnv,
        cwd: root,
      });
      if ((await proc.exited) !== 0) fail(`${name} failed`);
    };
    await step('migrate', 'dist/libs/persistence/src/cli/migrate.js');
    await step('seed', 'dist/libs/persistence/src/cli/seed.js', ['--demo']);
    let api;
    let worker;
    if (needsTemporal) {
      await step('search', 'dist/libs/temporal/src/cli/register-search-attributes.js');
      // BENCH_WORKER_NODE_ARGS as for the storm's worker (below): e.g. a CPU profile of it under load.
      worker = services.startChild(
        'worker',
        process.execPath,
        [...workerNodeArgs(), join(root, 'dist/apps/worker/src/main.js')],
        { env, cwd: root, quiet: true },
      );
      running.push(worker);
      api = services.startChild(
        'api',
        process.execPath,
        [
          // e.g. BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof": a profile of the API under load.
          ...(process.env.BENCH_API_NODE_ARGS || '').split(' ').filter(Boolean),
          '-r',
          join(__dirname, 'capture-sql.js'),
          join(root, 'dist/apps/api/src/main.js'),
        ],
        { env, cwd: root, quiet: true },
      );
      running.push(api);
      await services.waitForHttp200(`http://127.0.0.1:${apiPort}/health`, 180_000, () =>
        running.every((p) => p.running),
      );
      say('worker and API ready');
    }
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    if (only.includes('cases'))
      await require('./cases').main({ api: apiUrl, temporalAddress, workerPid: worker?.child.pid });
    if (only.includes('reads'))
      await require('./reads').main({
        api: apiUrl,
        apiPid: api.child.pid,
        databaseUrl,
        sqlLog: env.BENCH_SQL_LOG,
      });
    if (only.includes('audit')) await require('./audit').main(databaseUrl);
    if (only.includes('console'))
      await require('./console').main({ api: apiUrl, databaseUrl, chromiumPath: env.CHROMIUM_PATH });
    if (only.includes('memory'))
      await require('./memory').main({ api: apiUrl, temporalAddress, workerPid: worker.child.pid });
    if (only.includes('storm')) await storm({ services, databaseUrl, env, running, step });
    say(
      `load average at end: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    return 0;
  } finally {
    await stopAll();
  }
}

/**
 * The deadline storm runs where a trainer's advance runs: the sandbox (`npm start -- --sandbox`), on
 * the time-skipping test server, with a database of its own next to the others' on the same server.
 */
async function storm({ services, databaseUrl, env, running, step }) {
  const { temporalBinaries } = require('../scripts/lib/temporal-binaries');
  const binaries = temporalBinaries();
  const temporal = await services.startTemporalTestServer({
    testServer: binaries.testServer,
    cli: binaries.cli,
    port: await services.freePort(),
  });
  running.push(temporal);
  say(`Temporal: time-skipping test server ${temporal.address} (storm)`);
  const port = await services.freePort();
  const stormEnv = {
    ...env,
    // Named after BENCH_DATABASE when given, so two runs on one server do not share it.
    DATABASE_URL: await services.recreateDatabase(
      databaseUrl,
      process.env.BENCH_DATABASE ? `${process.env.BENCH_DATABASE}_storm` : 'safecase_bench_storm',
    ),
    TEMPORAL_ADDRESS: temporal.address,
    PORT: String(port),
    SANDBOX_MODE: 'true',
    // The storm issues no document, but its setup issues two per case, and printing them (Chromium,
    // in the background) would still be running through the storm and its baseline.
    CHROMIUM_PATH: '',
  };
  await step('migrate', 'dist/libs/persistence/src/cli/migrate.js', [], stormEnv);
  await step('seed', 'dist/libs/persistence/src/cli/seed.js', ['--demo'], stormEnv);
  await step('search', 'dist/libs/temporal/src/cli/register-search-attributes.js', [], stormEnv);
  const child = (name, script, nodeArgs = []) =>
    services.startChild(name, process.execPath, [...nodeArgs, join(root, script)], {
      env: stormEnv,
      cwd: root,
    });
  const worker = child('worker', 'dist/apps/worker/src/main.js', workerNodeArgs());
  running.push(worker);
  const api = child('api', 'dist/apps/api/src/main.js');
  running.push(api);
  await services.waitForHttp200(`http://127.0.0.1:${port}/health`, 180_000, () =>
    running.every((p) => p.running),
  );
  say('storm: sandbox worker and API ready');
  await require('./storm').main({
    api: `http://127.0.0.1:${port}`,
    temporalAddress: temporal.address,
    databaseUrl: stormEnv.DATABASE_URL,
    workerPid: worker.child.pid,
  });
}

runMain(main);
