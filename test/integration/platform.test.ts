import { Connection } from '@temporalio/client';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { PingEntity, dataSourceOptions, migrate } from '@safecase/persistence';
import { registerSearchAttributes } from '@safecase/temporal';
import { SEARCH_ATTRIBUTES } from '@safecase/workflows';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PingActivitiesService } from '../../apps/worker/src/activities/ping.activities';
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

  it('writes the read model idempotently: a retried activity changes nothing', async () => {
    const activities = new PingActivitiesService(db);
    const activity = new MockActivityEnvironment(undefined, { logger: new DefaultLogger('WARN') });
    const pingId = randomUUID();
    const input = { pingId, message: 'once', workflowId: `ping:${pingId}` };
    await activity.run(activities.recordPing.bind(activities), input);
    await activity.run(activities.recordPing.bind(activities), { ...input, message: 'twice' });
    await activity.run(activities.settlePing.bind(activities), { pingId, outcome: 'ACKNOWLEDGED' as const });
    const settled = await db.getRepository(PingEntity).findOneByOrFail({ id: pingId });
    await activity.run(activities.settlePing.bind(activities), { pingId, outcome: 'EXPIRED' as const });
    const after = await db.getRepository(PingEntity).findOneByOrFail({ id: pingId });
    expect(after).toEqual(settled);
    expect(after).toMatchObject({ message: 'once', status: 'ACKNOWLEDGED' });
  });
});
