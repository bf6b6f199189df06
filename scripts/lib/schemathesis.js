'use strict';
// Schemathesis, the OpenAPI-driven fuzzer of the fuzz tests (test/fuzz): found via SCHEMATHESIS_BIN or in
// .tools/schemathesis; else installed from PyPI into a virtual environment there (git-ignored). The
// version is pinned so a run is repeatable; the install goes to a staging folder first, so an
// interrupted one never looks complete.
const { spawnSync } = require('node:child_process');
const { accessSync, constants, renameSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { root } = require('./bootstrap');
const { say, fail } = require('./log');

const VERSION = '4.32.5';
const dir = join(root, '.tools', 'schemathesis');

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Python for the virtual environment: 3.12 or newer where one is installed (CPython 3.11 can fail
 * inside Hypothesis with "AST constructor recursion depth mismatch"), else `python3`.
 */
function python() {
  const { readdirSync } = require('node:fs');
  const candidates = [];
  const pyenvRoot = process.env.PYENV_ROOT || join(process.env.HOME || '/root', '.pyenv');
  try {
    for (const v of readdirSync(join(pyenvRoot, 'versions')).sort().reverse())
      if (/^3\.(1[2-9])\.\d+$/.test(v)) candidates.push(join(pyenvRoot, 'versions', v, 'bin', 'python3'));
  } catch {
    /* no pyenv */
  }
  candidates.push('/usr/bin/python3.13', '/usr/bin/python3.12');
  for (const c of candidates) {
    if (executable(c) && spawnSync(c, ['-c', 'import venv'], { stdio: 'ignore' }).status === 0) return c;
  }
  return 'python3';
}

function schemathesisBinary() {
  if (process.env.SCHEMATHESIS_BIN) return process.env.SCHEMATHESIS_BIN;
  const bin = join(dir, 'bin', 'schemathesis');
  if (executable(bin)) return bin;
  say(`installing schemathesis ${VERSION} from PyPI into .tools/schemathesis ...`);
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  // pip's output is shown only when it fails (this machine's pip warns about every index it skips).
  const run = (cmd, args) => {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    if (r.status !== 0) {
      process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
      fail(`could not install schemathesis: ${cmd} ${args.join(' ')} failed`);
    }
  };
  run(python(), ['-m', 'venv', staging]);
  run(join(staging, 'bin', 'pip'), [
    'install',
    '--quiet',
    '--disable-pip-version-check',
    `schemathesis==${VERSION}`,
  ]);
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  // A venv records its own path in its scripts: recreate the entry points for the final folder.
  run(join(dir, 'bin', 'python'), [
    '-m',
    'pip',
    'install',
    '--quiet',
    '--disable-pip-version-check',
    '--force-reinstall',
    '--no-deps',
    `schemathesis==${VERSION}`,
  ]);
  return bin;
}

module.exports = { schemathesisBinary };
