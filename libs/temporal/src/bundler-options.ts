import type { BundleOptions } from '@temporalio/worker';
import { join } from 'node:path';
import { repoRoot } from './repo-root';

/**
 * How the workflow bundle is built, from TypeScript sources, for the worker and for tests alike.
 * Workflow code may import `@safecase/domain`, `@safecase/temporal/shared` and `@safecase/workflows`;
 * webpack learns those aliases here (tsconfig `paths` mean nothing to it).
 */
export function workflowBundleOptions(): Pick<
  BundleOptions,
  'workflowsPath' | 'workflowInterceptorModules' | 'webpackConfigHook' | 'preloadModules'
> {
  const root = repoRoot();
  return {
    workflowsPath: join(root, 'workflows/index.ts'),
    workflowInterceptorModules: [join(root, 'workflows/interceptors.ts')],
    // Bounded worker memory (issue #16 §3): in the SDK's reusable V8 context every workflow otherwise
    // evaluates its own copy of each module it imports, and the domain (rulebooks, procedure
    // definitions, the i18n catalogs) was most of the ~0.4 MiB of heap each cached workflow held.
    // Preloaded, it is evaluated once and shared, deep-frozen. That is safe only for a module graph
    // with no per-workflow state: the domain is pure (no module-level state but what its definitions
    // register when they load, the same for every workflow), and it must stay so. Never preload the
    // workflows themselves or workflows/interceptors.ts (a per-workflow request id at module scope).
    preloadModules: ['@safecase/domain'],
    webpackConfigHook: (config) => ({
      ...config,
      resolve: {
        ...config.resolve,
        alias: {
          ...(config.resolve?.alias as Record<string, string> | undefined),
          '@safecase/domain': join(root, 'libs/domain/src/index.ts'),
          '@safecase/temporal/shared': join(root, 'libs/temporal/src/shared/index.ts'),
          '@safecase/workflows': join(root, 'workflows/public.ts'),
        },
      },
    }),
  };
}
