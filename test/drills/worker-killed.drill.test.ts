import { addDays, chinaDateOf } from '@safecase/domain';
import { workflowIds } from '@safecase/temporal';
import { Client, Connection } from '@temporalio/client';
import { startDrill, type Drill } from '../support/drill';
import { drillHttp, holdCaseRow, inspectedCase, until } from '../support/drill-cases';
import { expectEffectsExactlyOnce } from '../support/exactly-once';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

jest.setTimeout(240_000);

/**
 * The worker is SIGKILLed at the worst moment of an action: its projection (the rectification order,
 * which allocates a document number) has committed in PostgreSQL, but Temporal never heard that the
 * activity finished. A relay between the worker and Temporal goes silent just before the commit, so
 * the moment is exact. Temporal runs the activity again on a new worker after its start-to-close
 * timeout (1 minute): the order must be in the read model once, with one number.
 */
describe('drill: the worker killed in the middle of an action', () => {
  let drill: Drill;
  let proxy: TcpProxy;

  beforeAll(async () => {
    drill = await startDrill('worker');
    proxy = await startTcpProxy(drill.config.temporal.address);
  });
  afterAll(async () => {
    await proxy?.close();
    await drill?.close();
  });

  it('applies the action once when a new worker takes over', async () => {
    const first = await drill.startWorker({ temporalAddress: proxy.address });
    const { get, post } = drillHttp(drill);
    const caseId = await inspectedCase(drill);

    const lock = await holdCaseRow(drill.db, caseId);
    const orderBody = { deadline: addDays(chinaDateOf(Date.now()), 20), instructions: '限期整改' };
    const key = `drill-order-${caseId}`;
    const order = post(`/cases/${caseId}/rectification-order`, orderBody, 'nc.officer1', key);
    await lock.projectionWaiting();
    proxy.hold(); // from here on Temporal hears nothing from this worker
    await lock.release();
    // The projection commits: the order and its number are in PostgreSQL ...
    await until(async () => {
      const [row] = await drill.db.query<{ n: string }[]>(
        `SELECT count(*) AS n FROM case_event WHERE case_id = $1 AND type = 'order_issued'`,
        [caseId],
      );
      expect(Number(row?.n)).toBe(1);
    }, 60_000);
    // ... and the worker dies before anyone learns it.
    await first.kill();
    proxy.dropAll();
    await drill.startWorker();

    // Temporal ran the committed projection a second time (attempt 2, on the new worker) ...
    const connection = await Connection.connect({ address: drill.config.temporal.address });
    try {
      const handle = new Client({ connection }).workflow.getHandle(workflowIds.enforcementCase(caseId));
      const attempts = await until(async () => {
        const history = await handle.fetchHistory();
        const started = (history.events ?? [])
          .map((e) => e.activityTaskStartedEventAttributes?.attempt)
          .filter((a): a is number => typeof a === 'number');
        expect(Math.max(...started)).toBeGreaterThanOrEqual(2);
        return started;
      }, 120_000);
      expect(attempts.length).toBeGreaterThan(0);
    } finally {
      await connection.close();
    }
    // The in-flight request answers whatever its 20-second wait gives (see the PostgreSQL drill).
    await order;
    const converged = (await get(`/cases/${caseId}`)).body as {
      stage: string;
      documents: { type: string; number: string }[];
    };
    expect(converged.stage).toBe('rectifying');
    // ... and a retry of the request with its key answers the same single order.
    const orders = converged.documents.filter((d) => d.type === 'rectification_order');
    expect(orders).toHaveLength(1);
    const retried = await post(`/cases/${caseId}/rectification-order`, orderBody, 'nc.officer1', key);
    expect([200, 202]).toContain(retried.status);
    if (retried.status === 200)
      expect(retried.body.documents.map((d: { number: string }) => d.number)).toEqual([orders[0]!.number]);

    const types = await expectEffectsExactlyOnce(drill.db, caseId);
    expect(types.filter((t) => t === 'order_issued')).toHaveLength(1);
  });
});
