'use strict';
// `npm start`: the whole system on embedded defaults, in the foreground; Ctrl-C stops it all.
//   PostgreSQL  DATABASE_URL, else embedded (data in .data/postgres, port PG_PORT, default 55432)
//   Temporal    TEMPORAL_ADDRESS, else `temporal server start-dev` (SQLite file .data/temporal.db,
//               port TEMPORAL_PORT default 7233, Web UI TEMPORAL_UI_PORT default 8233)
//   then: migrations (one explicit step), search attributes, the worker and the API (PORT, default 3000).
// A PostgreSQL or Temporal server of ours that dies is restarted (3 times in 10 minutes at most; the
// sandbox's in-memory test server never); after that, or when the worker or API exits, all stops.
// `npm start -- --sandbox`: the training sandbox, the same system on the time-skipping test server
// (in memory, port TEMPORAL_PORT default 17233; TEMPORAL_ADDRESS is ignored) with a database of its own,
// re-created on every start (embedded: .data/sandbox-postgres, PG_PORT default 55433; with DATABASE_URL:
// `<database>_sandbox` on that server), demo data, and the API on PORT default 3100 with /sandbox/clock.
// Only Node built-ins are used until the dependencies are installed.
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { randomBytes } = require('node:crypto');
const { join } = require('node:path');
const { say, fail, runMain } = require('./lib/log');
const { root, ensureDependencies, build } = require('./lib/bootstrap');

// How often a dead PostgreSQL or Temporal dev server is restarted (within 10 minutes) before we give up.
const RESTARTS = 3;

const USAGE = 'usage: npm start [-- --sandbox]   (environment: see .env.example)';

function intFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) fail(`${name}=${raw} is not a port number.`);
  return value;
}

/** The embedded token-signing key: generated once, kept in .data so sign-ins survive a restart. */
function embeddedJwtSecret(file) {
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function parseArgs(argv) {
  const options = { sandbox: false };
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') {
      say(USAGE);
      process.exit(0);
    }
    if (arg === '--sandbox') options.sandbox = true;
    else fail(`unknown option ${arg}; ${USAGE}`);
  }
  return options;
}

/** `<database>_sandbox` beside the database DATABASE_URL names. */
function sandboxDatabaseName(databaseUrl) {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, '')) || 'postgres';
  return `${name}_sandbox`;
}

async function main() {
  const { sandbox } = parseArgs(process.argv.slice(2));
  const started = Date.now();
  ensureDependencies();
  const { temporalBinaries } = require('./lib/temporal-binaries');
  const services = require('./lib/services');

  // The sandbox has ports of its own, so it can run beside a plain `npm start`.
  const apiPort = intFromEnv('PORT', sandbox ? 3100 : 3000);
  const host = process.env.HOST || '127.0.0.1';
  const pgPort = intFromEnv('PG_PORT', sandbox ? 55433 : 55432);
  const temporalPort = intFromEnv('TEMPORAL_PORT', sandbox ? 17233 : 7233);
  const uiPort = intFromEnv('TEMPORAL_UI_PORT', 8233);
  const useEmbeddedPg = !process.env.DATABASE_URL;
  const useDevServer = !sandbox && !process.env.TEMPORAL_ADDRESS;
  if (sandbox && process.env.TEMPORAL_ADDRESS)
    say('TEMPORAL_ADDRESS is ignored: the sandbox runs a time-skipping test server of its own.');

  // Every port we are about to take, checked before anything starts.
  await services.assertPortFree(apiPort, sandbox ? 'sandbox API' : 'API', 'PORT', host);
  if (useEmbeddedPg)
    await services.assertPortFree(pgPort, sandbox ? 'sandbox PostgreSQL' : 'embedded PostgreSQL', 'PG_PORT');
  if (useDevServer) {
    await services.assertPortFree(temporalPort, 'Temporal dev server', 'TEMPORAL_PORT');
    await services.assertPortFree(uiPort, 'Temporal Web UI', 'TEMPORAL_UI_PORT');
  }
  if (sandbox) await services.assertPortFree(temporalPort, 'Temporal test server', 'TEMPORAL_PORT');
  const binaries = useDevServer || sandbox ? temporalBinaries() : undefined;
  // The worker prints the documents with Chromium, in a CJK font; the API draws their pages as
  // images for the console's preview with poppler's pdftoppm.
  const debian = require('./lib/debian-packages');
  debian.ensureDebianPackages(['chromium', 'cjkFonts', 'poppler'], 'printing the documents');
  build();
  // The web console (apps/console), rebuilt only when its sources or the API's contract changed.
  try {
    require('../apps/console/build').ensureConsole({ log: say });
  } catch (error) {
    fail(error.message);
  }

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
      const folder = sandbox ? 'sandbox-postgres' : 'postgres';
      say(`starting embedded PostgreSQL on 127.0.0.1:${pgPort} (data in .data/${folder}) ...`);
      const pg = await services.supervise(
        'embedded PostgreSQL',
        () =>
          services.startEmbeddedPostgres({
            dataDir: join(dataDir, folder),
            port: pgPort,
            database: sandbox ? 'safecase_sandbox' : 'safecase',
            persistent: true,
          }),
        { maxRestarts: RESTARTS, log: say },
      );
      running.push(pg);
      databaseUrl = pg.url;
    }
    if (sandbox) {
      // The test server keeps its workflows in memory only, so a database kept from an earlier run
      // would describe cases and deadlines no workflow drives any more: every sandbox starts clean.
      const name = useEmbeddedPg ? 'safecase_sandbox' : sandboxDatabaseName(databaseUrl);
      say(`re-creating the sandbox database ${name} ...`);
      const server = new URL(databaseUrl);
      if (useEmbeddedPg) server.pathname = '/postgres';
      databaseUrl = await services.recreateDatabase(server.toString(), name);
    }

    let temporalAddress = process.env.TEMPORAL_ADDRESS;
    let uiUrl = process.env.TEMPORAL_UI_URL;
    if (sandbox) {
      say(`starting the Temporal time-skipping test server on port ${temporalPort} (in memory) ...`);
      // In memory only: a restarted test server would have forgotten every workflow the sandbox
      // database lists, so its end is the sandbox's end.
      const temporal = await services.supervise(
        'the Temporal test server (in memory: the sandbox cannot go on without its workflows)',
        () =>
          services.startTemporalTestServer({
            testServer: binaries.testServer,
            cli: binaries.cli,
            port: temporalPort,
          }),
        { maxRestarts: 0, log: say },
      );
      running.push(temporal);
      temporalAddress = temporal.address;
      uiUrl = undefined;
    } else if (useDevServer) {
      say(`starting Temporal dev server on 127.0.0.1:${temporalPort} (state in .data/temporal.db) ...`);
      const temporal = await services.supervise(
        'the Temporal dev server',
        () =>
          services.startTemporalDevServer({
            cli: binaries.cli,
            port: temporalPort,
            uiPort,
            dbFile: join(dataDir, 'temporal.db'),
          }),
        { maxRestarts: RESTARTS, log: say },
      );
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
      SANDBOX_MODE: sandbox ? 'true' : 'false',
      CHROMIUM_PATH: debian.chromiumPath(),
    };
    if (!env.AUTH_JWT_SECRET && env.AUTH_MODE !== 'oidc')
      env.AUTH_JWT_SECRET = embeddedJwtSecret(
        join(dataDir, sandbox ? 'sandbox-auth-jwt-secret' : 'auth-jwt-secret'),
      );
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
    // Demo agencies and users on the embedded default and in the sandbox (or when asked for with SEED_DEMO=1).
    const demo = useEmbeddedPg || sandbox || process.env.SEED_DEMO === '1';
    say(demo ? 'seeding the calendar and demo data ...' : 'seeding the calendar ...');
    await step('seed', 'dist/libs/persistence/src/cli/seed.js', demo ? ['--demo'] : []);
    // The test server accepts registrations (in memory, so on every start) and refuses workflows that
    // set unregistered attributes; it only cannot list them, which the registration copes with.
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

    const seconds = Math.round((Date.now() - started) / 1000);
    say(sandbox ? `TRAINING SANDBOX ready in ${seconds}s` : `ready in ${seconds}s`);
    say(`  API          ${apiUrl}`);
    say(`  OpenAPI docs ${apiUrl}/docs   (JSON: ${apiUrl}/docs-json)`);
    say(`  Console      ${apiUrl}/console`);
    say(`  Health       ${apiUrl}/health`);
    if (sandbox) {
      say(`  Clock        ${apiUrl}/sandbox/clock`);
      say(`  Temporal     ${temporalAddress} (time-skipping test server; no Web UI)`);
      say('The sandbox clock runs at wall-clock speed and jumps only when a trainer moves it:');
      say(
        `  POST ${apiUrl}/sandbox/clock {"advance":"P10D"} (ISO-8601 duration up to P5Y; supervisor or admin)`,
      );
      say('  fires every timer on the way and answers {"now": ...}; GET /sandbox/clock reads it (any role).');
      say('Sign in with POST /auth/login, e.g. nc.supervisor / safecase-demo. Each start begins afresh.');
    } else if (uiUrl) say(`  Temporal UI  ${uiUrl}`);
    say('Ctrl-C stops everything.');

    // Stay up until a child dies for good (then stop the rest) or a signal arrives. PostgreSQL and the
    // Temporal dev server are restarted a few times first (services.supervise); the worker and the
    // API are not: their exit is a bug to see, not to hide.
    const first = await Promise.race(running.map((p) => p.exited.then((code) => ({ p, code }))));
    if (!shuttingDown) {
      const why = first.p.reason ?? `${first.p.name} exited with code ${first.code}`;
      await shutdown(why);
      return 1;
    }
    return new Promise(() => {}); // the signal handler exits
  } catch (error) {
    await shutdown('start-up failed');
    throw error;
  }
}

runMain(main);
