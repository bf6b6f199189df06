'use strict';
// The floor of one HTTP hop on this machine, for reading the read benchmark's lines: a bare Node
// `http` server in a process of its own, answering a fixed JSON body about the size of an inbox page,
// timed with the same `fetch` the benchmarks use. Run as `node bench/bare-http.js server` it is the
// server; required, `measure(repeats)` starts one and reports.
const http = require('node:http');
const { fork } = require('node:child_process');
const { Buffer } = require('node:buffer');
const { join } = require('node:path');

const BODY = JSON.stringify({
  items: Array.from({ length: 50 }, (_, i) => ({ caseId: `${i}`.padStart(36, '0'), title: '复查整改情况' })),
});

if (require.main === module && process.argv[2] === 'server') {
  http
    .createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(BODY);
    })
    .listen(0, '127.0.0.1', function listening() {
      process.send(this.address().port);
    });
}

/** p50, p95 and the server's CPU per request (ms) over `repeats` sequential GETs. */
async function measure(repeats, { now, median, percentile, round, cpuMs }) {
  const child = fork(join(__dirname, 'bare-http.js'), ['server']);
  try {
    const port = await new Promise((resolve) => child.once('message', resolve));
    const get = async () => (await globalThis.fetch(`http://127.0.0.1:${port}/`)).text();
    for (let i = 0; i < 20; i++) await get();
    const lat = [];
    const cpu = cpuMs(child.pid);
    for (let i = 0; i < repeats; i++) {
      const t = now();
      await get();
      lat.push(now() - t);
    }
    return {
      bodyBytes: Buffer.byteLength(BODY),
      p50: round(median(lat)),
      p95: round(percentile(lat, 95)),
      serverCpuMsPerRequest: round((cpuMs(child.pid) - cpu) / repeats),
    };
  } finally {
    child.kill();
  }
}

module.exports = { measure };
