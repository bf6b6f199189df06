'use strict';
// libfaketime, for the workflow tests that must run on a past date: the time-skipping test server can
// only move forward from the machine's clock, so a test of the 2026 National Day starts its own test
// server with libfaketime preloaded (FAKETIME='@2026-09-10 01:00:00'). Found via FAKETIME_LIB, or next to
// the `faketime` command; else installed from Debian with apt-get (the Debian package `faketime`).
const { spawnSync } = require('node:child_process');
const { accessSync, constants } = require('node:fs');
const { delimiter, join } = require('node:path');
const { say, fail } = require('./log');

function onPath(file) {
  for (const dir of (process.env.PATH || '').split(delimiter)) {
    try {
      accessSync(join(dir, file), constants.X_OK);
      return join(dir, file);
    } catch {
      /* not here */
    }
  }
  return undefined;
}

/** The preload library itself: the `faketime` binary forks, and a killed wrapper would orphan the server. */
function faketimeLibrary() {
  if (process.env.FAKETIME_LIB) return process.env.FAKETIME_LIB;
  faketimeBinary();
  const { readdirSync, existsSync } = require('node:fs');
  for (const base of ['/usr/lib', '/usr/local/lib', '/lib']) {
    const candidates = [join(base, 'faketime', 'libfaketime.so.1')];
    try {
      for (const d of readdirSync(base)) candidates.push(join(base, d, 'faketime', 'libfaketime.so.1'));
    } catch {
      /* no such folder */
    }
    const found = candidates.find((c) => existsSync(c));
    if (found) return found;
  }
  return fail('libfaketime.so.1 not found; set FAKETIME_LIB to its path.');
}

function faketimeBinary() {
  if (process.env.FAKETIME_BIN) return process.env.FAKETIME_BIN;
  const found = onPath('faketime');
  if (found) return found;
  if (!onPath('apt-get')) {
    fail('faketime is missing and apt-get is not available: install libfaketime, or set FAKETIME_BIN.');
  }
  say('installing faketime (Debian package) for the date-pinned workflow tests ...');
  const sudo = process.getuid && process.getuid() === 0 ? [] : ['sudo'];
  const run = (args) =>
    spawnSync(sudo.length ? 'sudo' : args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit' });
  let r = run(['apt-get', 'install', '-y', '-q', 'faketime']);
  if (r.status !== 0) {
    run(['apt-get', 'update', '-q']);
    r = run(['apt-get', 'install', '-y', '-q', 'faketime']);
  }
  const installed = onPath('faketime');
  if (r.status !== 0 || !installed) {
    fail('could not install faketime with apt-get; install libfaketime, or set FAKETIME_BIN.');
  }
  return installed;
}

module.exports = { faketimeBinary, faketimeLibrary };
