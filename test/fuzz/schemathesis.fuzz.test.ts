import type { INestApplication } from '@nestjs/common';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../../apps/api/src/contract/openapi';
import { startApi, startWorker, testConfig, type RunningWorker } from '../support/apps';
import { tokenFor } from '../support/auth';
import { ownDatabase } from '../support/own-database';

/**
 * Schemathesis, driven by the OpenAPI document, against the real API, worker, PostgreSQL and Temporal,
 * signed in as an officer, a supervisor and an admin. Every generated request must be answered without
 * a server error, with a documented status code, content type and body; no operation may be left out
 * because no request could be generated for it. Bounded: a fixed example count and seed per operation.
 * It runs on a database of its own, since it loads calendar years and publishes rulebooks at random.
 */
const OUT = join(__dirname, '..', '..', '.cache', 'fuzz');
const EXAMPLES = process.env.FUZZ_EXAMPLES ?? '6';
const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
].join(',');

interface Run {
  code: number | null;
  output: string;
}

function schemathesis(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    // Run in .cache/fuzz: Schemathesis keeps a cache folder (.schemathesis/) where it runs.
    const child = spawn(process.env.SCHEMATHESIS_BIN ?? 'schemathesis', args, {
      cwd: OUT,
      env: { ...process.env, NO_COLOR: '1', PYTHONUNBUFFERED: '1' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Operations in the JUnit report, and those it marks skipped (no test case could be generated). */
function report(file: string): { tested: Set<string>; skipped: string[] } {
  const xml = readFileSync(file, 'utf8');
  const cases = [...xml.matchAll(/<testcase\b[^>]*name="([^"]*)"[^>]*?(\/>|>([\s\S]*?)<\/testcase>)/g)];
  return {
    tested: new Set(cases.map((c) => c[1]!)),
    skipped: cases.filter((c) => /<skipped/.test(c[3] ?? '')).map((c) => c[1]!),
  };
}

describe('fuzzing the API from its OpenAPI document (Schemathesis)', () => {
  let own: Awaited<ReturnType<typeof ownDatabase>>;
  let api: INestApplication;
  let worker: RunningWorker;
  let baseUrl: string;
  let documentFile: string;
  let operations: string[];

  beforeAll(async () => {
    own = await ownDatabase();
    const config = { ...testConfig(), databaseUrl: own.url };
    worker = await startWorker(config);
    api = await startApi(config);
    await api.listen(0, '127.0.0.1');
    baseUrl = (await api.getUrl()).replace('[::1]', '127.0.0.1');
    const document = buildOpenApiDocument(api);
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      ['get', 'put', 'post', 'delete', 'patch']
        .filter((m) => m in item)
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    mkdirSync(OUT, { recursive: true });
    documentFile = join(OUT, 'openapi.json');
    writeFileSync(documentFile, JSON.stringify(document));
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    await worker?.stop();
    await own?.drop();
  });

  it.each(['nc.officer1', 'nc.supervisor', 'admin'])(
    'signed in as %s: no server error, nothing undocumented, no operation skipped',
    async (username) => {
      const junit = join(OUT, `${username}.junit.xml`);
      const run = await schemathesis([
        'run',
        documentFile,
        '--url',
        baseUrl,
        '-H',
        `Authorization: Bearer ${await tokenFor(api, username)}`,
        '--checks',
        CHECKS,
        '--max-examples',
        EXAMPLES,
        '--seed',
        '20261201',
        '--no-shrink',
        '--workers',
        '2',
        '--request-timeout',
        '60',
        '--suppress-health-check',
        'all',
        '--generation-database',
        'none',
        '--report',
        'junit',
        '--report-junit-path',
        junit,
      ]);
      if (run.code !== 0) throw new Error(`schemathesis exited ${run.code}:\n${run.output.slice(-20_000)}`);
      const { tested, skipped } = report(junit);
      expect(skipped).toEqual([]);
      expect(operations.filter((o) => !tested.has(o))).toEqual([]);
    },
    900_000,
  );
});
