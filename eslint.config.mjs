// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// Workflow code runs in Temporal's deterministic sandbox: it may import only the workflow SDK (and
// the deterministic @temporalio/common it is built on), pure domain code and other workflow files.
const WORKFLOW_IMPORTS = {
  patterns: [
    {
      regex:
        '^(?!(@temporalio/workflow|@temporalio/common|@safecase/domain|@safecase/temporal/shared|@safecase/workflows)$)(?!\\./)',
      message:
        'Workflow code may import only @temporalio/workflow, @temporalio/common, @safecase/domain, @safecase/temporal/shared and files in workflows/ (see DESIGN.md convention 7).',
    },
  ],
};

export default tseslint.config(
  // test/contract/client is type-checked by its own test against types generated during the run.
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.tools/',
      '.data/',
      '.cache/',
      'coverage/',
      'test/contract/client/',
      'apps/console/dist/',
      'apps/console/src/generated/',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Rest siblings: `const { a, ...rest } = x` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Nest and the Temporal SDK hand us loosely typed values at their edges (request bodies, headers).
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // The layers (docs/architecture.md): apps → workflows → libs, and libs/domain at the bottom, on its
  // own. Imports are resolved through the tsconfig aliases, so `@safecase/workflows` counts as workflows/.
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './libs/domain',
              from: './',
              except: ['./libs/domain', './node_modules'],
              message: 'libs/domain is pure: it imports only itself (and npm packages).',
            },
            {
              target: './libs',
              from: ['./workflows', './apps'],
              message: 'libs/ never imports workflows/ or apps/.',
            },
            { target: './workflows', from: './apps', message: 'workflows/ never imports apps/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/**/*.spec.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', WORKFLOW_IMPORTS] },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
      },
    },
  },
);
