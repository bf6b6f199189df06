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
  'workflowsPath' | 'workflowInterceptorModules' | 'webpackConfigHook'
> {
  const root = repoRoot();
  return {
    workflowsPath: join(root, 'workflows/index.ts'),
    workflowInterceptorModules: [join(root, 'workflows/interceptors.ts')],
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
