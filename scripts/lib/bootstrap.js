'use strict';
// Fresh-clone bootstrap using only Node built-ins: npm dependencies, then the TypeScript build.
const { spawnSync } = require('node:child_process');
const { existsSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { say, fail } = require('./log');

const root = join(__dirname, '..', '..');

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) fail(`${what} could not run: ${result.error.message}`);
  if (result.status !== 0) fail(`${what} failed (exit ${result.status}); see the output above.`);
}

/** `npm ci` when node_modules is missing or older than package-lock.json. */
function ensureDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  say('installing npm dependencies (npm ci) ...');
  run('npm', ['ci', '--no-audit', '--no-fund'], 'npm ci');
}

/** Incremental `tsc -b` plus alias rewriting; a no-op build takes a second or two. */
function build() {
  say('building (tsc -b) ...');
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'], 'tsc');
  run(
    process.execPath,
    [join(root, 'node_modules/tsc-alias/dist/bin/index.js'), '-p', 'tsconfig.build.json'],
    'tsc-alias',
  );
}

/** Type errors fail the test run: Jest compiles with swc, which does not check types. */
function typecheck() {
  say('type-checking (tsc --noEmit) ...');
  run(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'],
    'tsc',
  );
}

module.exports = { root, ensureDependencies, build, typecheck };
