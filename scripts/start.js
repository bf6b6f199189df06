'use strict';
// `npm start`: the whole system on embedded defaults, in the foreground; Ctrl-C stops it all.
//   PostgreSQL  DATABASE_URL, else embedded (data in .data/postgres, port PG_PORT, default 55432)
//   Temporal    TEMPORAL_ADDRESS, else `temporal server start-dev` (SQLite file .data/temporal.db,
//               port TEMPORAL_PORT default 7233, Web UI TEMPORAL_UI_PORT default 8233)
//   then: migrations (one explicit step), search attributes, the worker and the API (PORT, default 3000).
// Only Node built-ins are used until the dependencies are installed.
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { randomBytes } = require('node:crypto');
const { join } = require('node:path');
const { say, fail, runMain } = require('./lib/log');
const { root, ensureDependencies, build } = require('./lib/bootstrap');

function intFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) fail(`${name}=${raw} is not a port number.`);
  return value;
}

/** The embedded token-signing key: generated once, kept in .data so sign-ins survive a restart. */
function embeddedJwtSecret(dataDir) {
  const file = join(dataDir, 'auth-jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function parseArgs(argv) {
  const options = { sandbox: false };
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') {
      say('usage: npm start   (environment: see .env.example)');
      process.exit(0);
    }
    fail(`unknown option ${arg}; usage: npm start`);
  }
  return options;
}

async function main() {
  parseArgs(process.argv.slice(2));
  const started = Date.now();
  ensureDependencies();
  const { temporalBinaries } = require('./lib/temporal-binaries');
  const services = require('./lib/services');

  const apiPort = intFromEnv('PORT', 3000);
  const host = process.env.HOST || '127.0.0.1';
  const pgPort = intFromEnv('PG_PORT', 55432);
  const temporalPort = intFromEnv('TEMPORAL_PORT', 7233);
  const uiPort = intFromEnv('TEMPORAL_UI_PORT', 8233);
  const useEmbeddedPg = !process.env.DATABASE_URL;
  const useDevServer = !process.env.TEMPORAL_ADDRESS;

  // Every port we are about to take, checked before anything starts.
  await services.assertPortFree(apiPort, 'API', 'PORT', host);
  if (useEmbeddedPg) await services.assertPortFree(pgPort, 'embedded PostgreSQL', 'PG_PORT');
  if (useDevServer) {
    await services.assertPortFree(temporalPort, 'Temporal dev server', 'TEMPORAL_PORT');
    await services.assertPortFree(uiPort, 'Temporal Web UI', 'TEMPORAL_UI_PORT');
  }
  const cli = useDevServer ? temporalBinaries().cli : undefined;
  build();

  const dataDir = join(root, '.data');
  mkdirSync(dataDir, { recursive: true });
  const running = []; // in start order; stopped in reverse
  let shuttingDown = false;
  const shutdown = async (reason) => {
    if (shuttingDown) return;
    shuttingDown = true;
    say(`stopping (${reason}) ...`);
    for (const proc of [...running].reverse()) {
      await proc.stop();
      say(`${proc.name} stopped`);
    }
  };
  process.on('SIGINT', () => void shutdown('Ctrl-C').then(() => process.exit(0)));
  process.on('SIGTERM', () => void shutdown('SIGTERM').then(() => process.exit(0)));

  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (useEmbeddedPg) {
      say(`starting embedded PostgreSQL on 127.0.0.1:${pgPort} (data in .data/postgres) ...`);
      const pg = await services.startEmbeddedPostgres({
        dataDir: join(dataDir, 'postgres'),
        port: pgPort,
        database: 'safecase',
        persistent: true,
      });
      running.push(pg);
      databaseUrl = pg.url;
    }

    let temporalAddress = process.env.TEMPORAL_ADDRESS;
    let uiUrl = process.env.TEMPORAL_UI_URL;
    if (useDevServer) {
      say(`starting Temporal dev server on 127.0.0.1:${temporalPort} (state in .data/temporal.db) ...`);
      const temporal = await services.startTemporalDevServer({
        cli,
        port: temporalPort,
        uiPort,
        dbFile: join(dataDir, 'temporal.db'),
      });
      running.push(temporal);
      temporalAddress = temporal.address;
      uiUrl = temporal.uiUrl;
    }

    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      PORT: String(apiPort),
      HOST: host,
    };
    if (!env.AUTH_JWT_SECRET && env.AUTH_MODE !== 'oidc') env.AUTH_JWT_SECRET = embeddedJwtSecret(dataDir);
    const step = async (name, script, args = []) => {
      const proc = services.startChild(name, process.execPath, [join(root, script), ...args], {
        env,
        cwd: root,
      });
      const code = await proc.exited;
      if (code !== 0) fail(`${name} failed (exit ${code}); see the output above.`);
    };
    say('applying database migrations ...');
    await step('migrate', 'dist/libs/persistence/src/cli/migrate.js');
    // Demo agencies and users only on the embedded default (or when asked for with SEED_DEMO=1).
    const demo = useEmbeddedPg || process.env.SEED_DEMO === '1';
    say(demo ? 'seeding the calendar and demo data ...' : 'seeding the calendar ...');
    await step('seed', 'dist/libs/persistence/src/cli/seed.js', demo ? ['--demo'] : []);
    say('registering search attributes ...');
    await step('search', 'dist/libs/temporal/src/cli/register-search-attributes.js');

    const worker = services.startChild(
      'worker',
      process.execPath,
      [join(root, 'dist/apps/worker/src/main.js')],
      { env, cwd: root },
    );
    running.push(worker);
    const api = services.startChild('api', process.execPath, [join(root, 'dist/apps/api/src/main.js')], {
      env,
      cwd: root,
    });
    running.push(api);
    const apiUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${apiPort}`;
    await services.waitForHttp200(`${apiUrl}/health`, 120000, () => running.every((p) => p.running));

    say(`ready in ${Math.round((Date.now() - started) / 1000)}s`);
    say(`  API          ${apiUrl}`);
    say(`  OpenAPI docs ${apiUrl}/docs   (JSON: ${apiUrl}/docs-json)`);
    say(`  Health       ${apiUrl}/health`);
    if (uiUrl) say(`  Temporal UI  ${uiUrl}`);
    say('Ctrl-C stops everything.');

    // Stay up until a child dies on its own (then stop the rest) or a signal arrives.
    const first = await Promise.race(running.map((p) => p.exited.then((code) => ({ p, code }))));
    if (!shuttingDown) {
      await shutdown(`${first.p.name} exited with code ${first.code}`);
      return 1;
    }
    return new Promise(() => {}); // the signal handler exits
  } catch (error) {
    await shutdown('start-up failed');
    throw error;
  }
}

runMain(main);
