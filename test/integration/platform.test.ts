import { Connection } from '@temporalio/client';
import { dataSourceOptions, migrate } from '@safecase/persistence';
import { registerSearchAttributes } from '@safecase/temporal';
import { SEARCH_ATTRIBUTES } from '@safecase/temporal/shared';
import { DataSource } from 'typeorm';
import { testEnvironment } from '../support/environment';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

describe('platform against real PostgreSQL and the Temporal dev server', () => {
  const env = testEnvironment();
  let db: DataSource;

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(env.databaseUrl)).initialize();
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await db?.destroy();
  }, SERVER_HOOK_TIMEOUT_MS);

  it('has applied every migration, and a second migrate (even concurrent ones) applies nothing', async () => {
    const results = await Promise.all([migrate(env.databaseUrl), migrate(env.databaseUrl)]);
    expect(results).toEqual([[], []]);
    const applied = await db.query('SELECT name FROM schema_migrations ORDER BY id');
    expect(applied.map((r: { name: string }) => r.name)).toEqual(db.migrations.map((m) => m.name));
  });

  it('registers the search attributes idempotently', async () => {
    const connection = await Connection.connect({ address: env.temporalAddress });
    try {
      await expect(registerSearchAttributes(connection, 'default')).resolves.toEqual([]);
      const { customAttributes } = await connection.operatorService.listSearchAttributes({
        namespace: 'default',
      });
      for (const key of SEARCH_ATTRIBUTES) expect(Object.keys(customAttributes ?? {})).toContain(key.name);
    } finally {
      await connection.close();
    }
  });

  // A retried activity writing nothing twice is proved on the real read model: case-projection.test.ts.
  it('keeps no table of the removed ping slice', async () => {
    const [{ table }] = await db.query(`SELECT to_regclass('public.ping')::text AS table`);
    expect(table).toBeNull();
    const [{ enforcement }] = await db.query(
      `SELECT to_regclass('public.enforcement_case')::text AS enforcement`,
    );
    expect(enforcement).toBe('enforcement_case');
  });
});
