'use strict';
// Console output of the start and test scripts: short, prefixed, and free of stack traces for the
// problems a user can fix (a taken port, a missing binary).

class UserFacingError extends Error {}

function say(message) {
  process.stdout.write(`[safecase] ${message}\n`);
}

function fail(message) {
  throw new UserFacingError(message);
}

/** Runs a script's main function; a UserFacingError prints its message only, anything else its stack. */
function runMain(main) {
  main().then(
    (code) => process.exit(typeof code === 'number' ? code : 0),
    (error) => {
      if (error instanceof UserFacingError) process.stderr.write(`[safecase] ${error.message}\n`);
      else
        process.stderr.write(
          `[safecase] unexpected failure: ${error && error.stack ? error.stack : error}\n`,
        );
      process.exit(1);
    },
  );
}

module.exports = { UserFacingError, say, fail, runMain };
