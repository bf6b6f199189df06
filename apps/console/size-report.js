'use strict';
// `node apps/console/size-report.js`: the JavaScript a browser fetches for sign-in and the inbox (the
// entry chunk and everything it imports statically; the other screens are lazy), gzip -9, against the
// 300 KB budget of issue #14. A measurement, not a test.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { gzipSync } = require('node:zlib');

const assets = join(__dirname, 'dist', 'assets');
const html = readFileSync(join(__dirname, 'dist', 'index.html'), 'utf8');
const seen = new Set();
const queue = [...html.matchAll(/\/console\/assets\/([^"]+\.js)/g)].map((m) => m[1]);
while (queue.length) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(join(assets, file), 'utf8');
  // Static imports only (`import … from"./x.js"`, `import"./x.js"`); `import("./x.js")` is lazy.
  for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(m[1]);
}
let total = 0;
for (const file of seen) {
  const size = gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(8)} KB  ${file}`);
}
console.log(
  `${(total / 1024).toFixed(1).padStart(8)} KB  sign-in + inbox JavaScript, gzip -9 (budget 300 KB)`,
);
