'use strict';
// `npm test`: every tier of tests on real servers that this script provisions and removes:
//   PostgreSQL  a fresh database on DATABASE_URL's server when set, else a throw-away embedded server
//   Temporal    an in-memory dev server on a free port (integration, e2e) and the time-skipping test
//               server binary (workflow tests start it per file through the SDK)
// Type errors fail the run too. Arguments after `--` go to Jest, e.g. `npm test -- test/e2e`.
const { existsSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { generateKeyPairSync, randomBytes } = require('node:crypto');
const { say, runMain } = require('./lib/log');
const { root, ensureDependencies, typecheck } = require('./lib/bootstrap');

const RESULTS = join(root, '.cache', 'jest-results.json');
const CHECKPOINTS = join(root, '.cache', 'test', 'audit-checkpoints');

/** A new empty database on the server DATABASE_URL points at; dropped again by `drop()`. */
async function freshDatabaseOn(serverUrl) {
  const { Client } = require('pg');
  const name = `safecase_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** One plain closing line (`tests: N passed, N failed`) that any CI can read, whatever Jest printed. */
function printSummary() {
  if (!existsSync(RESULTS)) return;
  const r = JSON.parse(readFileSync(RESULTS, 'utf8'));
  const skipped = r.numPendingTests + r.numTodoTests;
  const broken = r.numRuntimeErrorTestSuites
    ? ` (${r.numRuntimeErrorTestSuites} suite(s) failed to run)`
    : '';
  process.stdout.write(
    `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}${broken}\n`,
  );
}

async function main() {
  const jestArgs = process.argv.slice(2);
  ensureDependencies();
  const { temporalBinaries } = require('./lib/temporal-binaries');
  const services = require('./lib/services');
  const { cli, testServer } = temporalBinaries();
  const faketime = require('./lib/faketime').faketimeLibrary();
  const schemathesis = require('./lib/schemathesis').schemathesisBinary();
  // Chromium (documents, console tests), CJK fonts, poppler (reading the PDFs back).
  const debian = require('./lib/debian-packages');
  debian.ensureDebianPackages(
    ['chromium', 'cjkFonts', 'poppler', 'unzip'],
    'the document, case-file and console tests',
  );
  typecheck();
  rmSync(RESULTS, { force: true });
  rmSync(CHECKPOINTS, { recursive: true, force: true });
  const cleanups = [];

  try {
    let databaseUrl;
    if (process.env.DATABASE_URL) {
      const db = await freshDatabaseOn(process.env.DATABASE_URL);
      cleanups.push(() => db.drop());
      databaseUrl = db.url;
      say(`PostgreSQL: fresh database ${db.name} on DATABASE_URL's server`);
    } else {
      const dataDir = join(root, '.cache', `test-postgres-${process.pid}`);
      const pg = await services.startEmbeddedPostgres({
        dataDir,
        port: await services.freePort(),
        database: 'safecase_test',
        persistent: false,
      });
      cleanups.push(async () => {
        await pg.stop();
        rmSync(dataDir, { recursive: true, force: true });
      });
      databaseUrl = pg.url;
      say('PostgreSQL: embedded, throw-away');
    }

    const port = await services.freePort();
    const temporal = await services.startTemporalDevServer({ cli, port, headless: true, quiet: true });
    cleanups.push(() => temporal.stop());
    say(`Temporal: dev server ${temporal.address} (in memory); time-skipping server ${testServer}`);

    const jestBin = join(root, 'node_modules/jest/bin/jest.js');
    const jest = services.startChild(
      'jest',
      process.execPath,
      [jestBin, '--json', `--outputFile=${RESULTS}`, ...jestArgs],
      {
        cwd: root,
        inherit: true,
        graceMs: 30000,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          TEMPORAL_ADDRESS: temporal.address,
          TEMPORAL_TEST_SERVER: testServer,
          FAKETIME_LIB: faketime,
          TEMPORAL_CLI: cli,
          SCHEMATHESIS_BIN: schemathesis,
          CHROMIUM_PATH: debian.chromiumPath(),
          LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
          AUTH_MODE: 'embedded',
          AUTH_JWT_SECRET: randomBytes(48).toString('base64url'),
          // Audit checkpoints of the run: a key of its own, and never into the developer's .data/.
          AUDIT_SIGNING_KEY: generateKeyPairSync('ed25519')
            .privateKey.export({ format: 'der', type: 'pkcs8' })
            .toString('base64'),
          AUDIT_SIGNING_KEY_FILE: '',
          AUDIT_CHECKPOINT_DIR: CHECKPOINTS,
        },
      },
    );
    const stopJest = () => void jest.stop();
    process.once('SIGINT', stopJest);
    process.once('SIGTERM', stopJest);
    return await jest.exited;
  } finally {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((e) => say(`cleanup failed: ${e.message}`));
    }
    printSummary();
  }
}

runMain(main);
