'use strict';
// `npm run temporal:install`: make sure the Temporal CLI and test server are available.
const { runMain, say } = require('./lib/log');
const { temporalBinaries } = require('./lib/temporal-binaries');

runMain(async () => {
  const found = temporalBinaries();
  say(`temporal CLI:         ${found.cli}`);
  say(`temporal test server: ${found.testServer}`);
});
