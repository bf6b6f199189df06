'use strict';
// Debian packages the project needs at run time and in its tests, installed with apt-get when missing
// (as faketime is): Chromium prints the documents and drives the console tests, the Noto CJK fonts give
// both their Chinese glyphs, poppler-utils (pdftotext, pdfinfo) lets the tests read the PDFs back.
// Nothing is downloaded outside Debian's archive: Playwright's own browser download is never used.
const { spawnSync } = require('node:child_process');
const { accessSync, constants, existsSync } = require('node:fs');
const { delimiter, join } = require('node:path');
const { say, fail } = require('./log');

/** What each need is, how to tell it is there, and the Debian package that brings it. */
const NEEDS = {
  chromium: { package: 'chromium', present: () => chromiumPath() !== undefined },
  cjkFonts: {
    package: 'fonts-noto-cjk',
    present: () =>
      existsSync('/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc') ||
      existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
  },
  poppler: { package: 'poppler-utils', present: () => onPath('pdftotext') !== undefined },
  // The case-file test unzips the export with Info-ZIP's unzip, a reader independent of the writer.
  unzip: { package: 'unzip', present: () => onPath('unzip') !== undefined },
};

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

/** CHROMIUM_PATH when set, else Debian's /usr/bin/chromium (or whatever `chromium` is on PATH). */
function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return onPath('chromium');
}

function aptGet(args) {
  const root = process.getuid && process.getuid() === 0;
  const command = root ? 'apt-get' : 'sudo';
  const full = root ? args : ['apt-get', ...args];
  return spawnSync(command, full, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** Installs every missing one of `names` (keys of NEEDS) in one apt-get call; fails naming them. */
function ensureDebianPackages(names, why) {
  const missing = names.filter((n) => !NEEDS[n].present());
  if (missing.length === 0) return;
  const packages = missing.map((n) => NEEDS[n].package);
  if (!onPath('apt-get')) {
    fail(`${packages.join(', ')} missing and apt-get is not available: install them (${why}).`);
  }
  say(`installing ${packages.join(' ')} (Debian) for ${why} ...`);
  let r = aptGet(['install', '-y', '-q', '--no-install-recommends', ...packages]);
  if (r.status !== 0) {
    aptGet(['update', '-q']);
    r = aptGet(['install', '-y', '-q', '--no-install-recommends', ...packages]);
  }
  const still = missing.filter((n) => !NEEDS[n].present());
  if (r.status !== 0 || still.length) {
    fail(`could not install ${still.map((n) => NEEDS[n].package).join(', ')} with apt-get (${why}).`);
  }
}

module.exports = { ensureDebianPackages, chromiumPath };
