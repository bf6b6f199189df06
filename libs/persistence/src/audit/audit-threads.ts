import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

// Runtime imports here are Node built-ins only: the verification thread loads this file too.

/**
 * Run from source (the tests run TypeScript through swc), a thread compiles the audit files it loads
 * with @swc/core, a dev dependency; they import nothing but Node, pg, typeorm and each other. From
 * dist/ the thread loads the compiled JavaScript directly.
 */
const TS_THREAD_BOOTSTRAP = `
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { workerData } = require('node:worker_threads');
const { transformSync } = Module.createRequire(workerData.file)('@swc/core');
Module._extensions['.ts'] = function (module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    module: { type: 'commonjs' },
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  });
  module._compile(code, filename);
};
require(workerData.file);
`;

/** Starts one of this folder's thread files (`name` without its extension) with `workerData`. */
export function startAuditThread(
  name: 'audit-verify-thread' | 'audit-hash-thread',
  workerData: Record<string, unknown>,
): Worker {
  const file = join(__dirname, `${name}${extname(__filename)}`);
  return file.endsWith('.ts')
    ? new Worker(TS_THREAD_BOOTSTRAP, { eval: true, workerData: { ...workerData, file } })
    : new Worker(file, { workerData });
}
