'use strict';
// `node -r ./test/support/ts-register.js file.ts`: runs our TypeScript in a plain Node process (a
// drill's worker, which must be a process of its own so it can be SIGKILLed), compiled by SWC with the
// very options Jest uses (jest.config.js), tsconfig aliases included. Dependencies load as they are.
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');

const [, options] = Object.values(require('../../jest.config.js').projects[0].transform)[0];

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
