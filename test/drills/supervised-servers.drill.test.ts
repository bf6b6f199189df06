import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { services } from '../support/drill';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '../..');

async function query(url: string, sql: string): Promise<unknown[]> {
  const db = await new DataSource({ type: 'postgres', url }).initialize();
  try {
    return await db.query<unknown[]>(sql);
  } finally {
    await db.destroy();
  }
}

/** The postmaster's pid, from its lock file: killing it alone is a database dying under `npm start`. */
const postmasterOf = (dataDir: string) =>
  Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

/** What `npm start` does when a server it started dies (scripts/lib/services.js `supervise`). */
describe('drill: npm start supervising its servers', () => {
  const dataDir = join(ROOT, '.cache', 'drills', `supervised-${process.pid}`);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('restarts a dead PostgreSQL on its data, then gives up naming it', async () => {
    const port = await services.freePort();
    const log: string[] = [];
    const pg = await services.supervise(
      'embedded PostgreSQL',
      () => services.startEmbeddedPostgres({ dataDir, port, database: 'supervised', persistent: true }),
      { maxRestarts: 1, backoffMs: 100, log: (m) => log.push(m) },
    );
    try {
      await query(pg.url, 'CREATE TABLE kept (n int)');
      await query(pg.url, 'INSERT INTO kept VALUES (7)');
      process.kill(postmasterOf(dataDir), 'SIGKILL');
      const deadline = Date.now() + 60_000;
      while (!(pg.restarts === 1 && pg.running) && Date.now() < deadline) await services.sleep(100);
      expect(await query(pg.url, 'SELECT n FROM kept')).toEqual([{ n: 7 }]);
      expect(log).toEqual([
        'embedded PostgreSQL exited (code 1); restarting it (attempt 1 of 1) ...',
        'embedded PostgreSQL is running again',
      ]);

      process.kill(postmasterOf(dataDir), 'SIGKILL');
      expect(await pg.exited).toBe(1);
      expect(pg.running).toBe(false);
      expect(pg.reason).toBe(
        'embedded PostgreSQL exited (code 1) and restarted 1 time(s) within 10 min already',
      );
    } finally {
      await pg.stop();
    }
  });

  it('gives up at once on a server with no restarts (as npm start -- --sandbox does for its test server)', async () => {
    const port = await services.freePort();
    const server = await services.supervise(
      'the Temporal dev server',
      () =>
        services.startTemporalDevServer({
          cli: process.env.TEMPORAL_CLI!,
          port,
          headless: true,
          quiet: true,
        }),
      { maxRestarts: 0 },
    );
    await services.killProcessGroup(server);
    expect(await server.exited).not.toBe(0);
    expect(server.reason).toMatch(/^the Temporal dev server exited \(code \d+\) and it is not restarted$/);
  });
});
