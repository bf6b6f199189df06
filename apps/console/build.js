'use strict';
// Builds the console (apps/console/dist) when it is missing or stale: the OpenAPI document the API
// writes offline → typed client (openapi-typescript) and the action forms' schemas → type-check → Vite.
// `node apps/console/build.js [--force | --client-only]`; scripts/start.js and the console tests call ensureConsole().
const { execFileSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const here = __dirname;
const root = join(here, '..', '..');
const dist = join(here, 'dist');
const generated = join(here, 'src', 'generated');
const stamp = join(dist, '.build-stamp');

/** Every file whose change makes the built console stale: its own sources and the API's contract. */
function inputs() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'node_modules' || name === 'dist' || name === 'generated') continue;
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(here);
  walk(join(root, 'apps', 'api', 'src'));
  walk(join(root, 'libs'));
  files.push(join(root, 'package-lock.json'));
  return files.sort();
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const file of inputs()) hash.update(relative(root, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

function isFresh(print) {
  return existsSync(join(dist, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === print;
}

const node = (args, what) => {
  try {
    // A production build whatever the caller's NODE_ENV (Jest sets `test`, which Vite would take).
    execFileSync(process.execPath, args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
  } catch (error) {
    throw new Error(`console build: ${what} failed (${error.status ?? error.message})`, { cause: error });
  }
};

/** The request body schema of every POST, by path template: the action forms are drawn from these. */
function actionSchemas(document) {
  const resolve = (schema, seen = new Set()) => {
    if (!schema || typeof schema !== 'object') return schema;
    if (Array.isArray(schema)) return schema.map((s) => resolve(s, seen));
    if (schema.$ref) {
      const name = schema.$ref.split('/').pop();
      if (seen.has(name)) return {};
      return resolve(document.components.schemas[name], new Set([...seen, name]));
    }
    return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, resolve(v, seen)]));
  };
  const forms = {};
  for (const [path, ops] of Object.entries(document.paths)) {
    const post = ops.post;
    if (!post) continue;
    const body = post.requestBody?.content?.['application/json']?.schema;
    forms[path] = { operationId: post.operationId, body: body ? resolve(body) : null };
  }
  return forms;
}

/**
 * The typed client and the action forms' schemas (src/generated), from the OpenAPI document the API
 * writes offline. Lint needs them too, before anything is built: `build.js --client-only`.
 */
function generateClient() {
  mkdirSync(generated, { recursive: true });
  const openapi = join(generated, 'openapi.json');
  // The document as the API writes it, without connecting to anything (compiled on the fly by SWC).
  node(
    [
      '-r',
      join(root, 'test', 'support', 'ts-register.js'),
      join(root, 'apps/api/src/contract/write-openapi.ts'),
      openapi,
    ],
    'writing the OpenAPI document',
  );
  node(
    [join(root, 'node_modules/openapi-typescript/bin/cli.js'), openapi, '-o', join(generated, 'schema.d.ts')],
    'openapi-typescript',
  );
  const document = JSON.parse(readFileSync(openapi, 'utf8'));
  writeFileSync(join(generated, 'actions.json'), JSON.stringify(actionSchemas(document)));
}

/** Builds when stale (or forced); returns whether it built. Throws on failure. */
function ensureConsole({ force = false, log = console.log } = {}) {
  const print = fingerprint();
  if (!force && isFresh(print)) return false;
  log('building the console (apps/console) ...');
  generateClient();
  node(
    [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(here, 'tsconfig.json')],
    'type-checking the console',
  );
  node(
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(here, 'vite.config.mjs')],
    'vite build',
  );
  writeFileSync(stamp, print);
  return true;
}

module.exports = { ensureConsole, consoleDist: dist };

if (require.main === module) {
  try {
    if (process.argv.includes('--client-only')) generateClient();
    else ensureConsole({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
