'use strict';
// Preloaded into the API by the read benchmark (`node -r bench/capture-sql.js`): SIGWINCH toggles a
// capture of every SQL statement with its parameters to BENCH_SQL_LOG, so the benchmark can run the
// very statements of one request directly on PostgreSQL as its baseline. Off, it costs one branch.
// SIGWINCH, because Nest's shutdown hooks take SIGUSR2 (and SIGHUP) to stop the application, and
// SIGWINCH is otherwise ignored.
const { appendFileSync } = require('node:fs');
const { PostgresQueryRunner } = require('typeorm/driver/postgres/PostgresQueryRunner');

let capturing = false;
process.on('SIGWINCH', () => {
  capturing = !capturing;
});
const query = PostgresQueryRunner.prototype.query;
PostgresQueryRunner.prototype.query = function (sql, parameters, ...rest) {
  if (capturing && process.env.BENCH_SQL_LOG)
    appendFileSync(process.env.BENCH_SQL_LOG, `${JSON.stringify({ sql, parameters: parameters ?? [] })}\n`);
  return query.call(this, sql, parameters, ...rest);
};
