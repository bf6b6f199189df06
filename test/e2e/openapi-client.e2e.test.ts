import type { INestApplication } from '@nestjs/common';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import ts from 'typescript';
import { writeOpenApiDocument } from '../../apps/api/src/contract/write-openapi';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { tokenFor } from '../support/auth';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, '.cache', 'openapi');
const CLIENT = join(ROOT, 'test', 'contract', 'client');

/** Type errors of the client folder, compiled against the freshly generated types. */
function typeErrors(): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(CLIENT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const program = ts.createProgram(config.fileNames, config.options);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('a client generated from the OpenAPI document', () => {
  let api: INestApplication;
  let worker: RunningWorker;
  let baseUrl: string;

  beforeAll(async () => {
    const config = testConfig();
    worker = await startWorker(config);
    api = await startApi(config);
    await api.listen(0, '127.0.0.1');
    baseUrl = await api.getUrl();
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
  });

  it('is generated from the offline document and type-checks against real calls', async () => {
    await writeOpenApiDocument(join(OUT, 'openapi.json'));
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'openapi-typescript', 'bin', 'cli.js'),
        join(OUT, 'openapi.json'),
        '-o',
        join(OUT, 'schema.d.ts'),
      ],
      { stdio: 'pipe' },
    );
    expect(typeErrors()).toEqual([]);

    // eslint-disable-next-line @typescript-eslint/no-require-imports -- compiled above, outside the main project
    const { sampleCalls } = require('../contract/client/sample-calls') as {
      sampleCalls: (url: string, token: string, creditCode: string) => Promise<Record<string, unknown>>;
    };
    const result = await sampleCalls(baseUrl, await tokenFor(api, 'nc.officer1'), '91360100MA350PEN1P');
    expect(result).toMatchObject({
      roles: ['officer'],
      stage: 'opened',
      refusedCode: 'case.wrong_stage',
      refusedStatus: 409,
    });
    expect(result.caseId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.openedAt).toMatch(/\+08:00$/);
    expect(result.taskCount).toBeGreaterThanOrEqual(0);
  }, 120_000);
});
