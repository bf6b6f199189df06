import { addDays, chinaDateOf } from '@safecase/domain';
import { workflowIds } from '@safecase/temporal';
import { Client, Connection } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { startDrill, type ApiProcess, type Drill, type WorkerProcess } from '../support/drill';
import { until } from '../support/drill-cases';
import { expectEffectsExactlyOnce } from '../support/exactly-once';

jest.setTimeout(480_000);

const CASES = 12;
const DIGEST = 'd'.repeat(64);

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/**
 * Scale-out (issue #16 §6): two API processes and two worker processes (each `main.ts` as production
 * runs it, in a process of its own) on one Temporal and one PostgreSQL. Cases are opened alternately
 * on both APIs and acted on through the other; one worker is SIGKILLed half-way. Every step must
 * take effect exactly once: timelines without gaps, one audit entry per event, every document series
 * numbered 1..n.
 */
describe('drill: two APIs and two workers on one Temporal and one PostgreSQL', () => {
  let drill: Drill;
  let apis: ApiProcess[];
  let workers: WorkerProcess[];
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    drill = await startDrill('scale-out');
    workers = [await drill.startWorker(), await drill.startWorker()];
    apis = [await drill.startApiProcess(), await drill.startApiProcess()];
    // Both processes must be ready, not merely answering (503 while Temporal is not yet reached).
    for (const api of apis)
      await until(async () => expect((await fetch(`${api.url}/health`)).status).toBe(200), 60_000);
  });
  afterAll(async () => {
    await drill?.close();
  });

  async function send(api: ApiProcess, method: string, path: string, body?: object, key?: string) {
    const username = 'nc.officer1';
    let token = tokens.get(`${api.url}|${username}`);
    if (!token) {
      const login = await fetch(`${api.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'safecase-demo' }),
      });
      token = ((await login.json()) as { accessToken: string }).accessToken;
      tokens.set(`${api.url}|${username}`, token);
    }
    const res = await fetch(`${api.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> } satisfies Answer;
  }

  /**
   * A command through `api`, repeated with its key while the answer is not final (a 503 while a
   * killed worker's tasks time out), then read back through `reader` until the stage has come.
   */
  async function command(api: ApiProcess, reader: ApiProcess, path: string, body: object, stage?: string) {
    const key = `scale-${randomUUID()}`;
    const answer = await until(async () => {
      const a = await send(api, 'POST', path, body, key);
      expect([200, 201, 202]).toContain(a.status);
      return a;
    }, 180_000);
    const id = (answer.body.id as string | undefined) ?? path.split('/')[2]!;
    if (stage)
      await until(async () => {
        const page = await send(reader, 'GET', `/cases/${id}`);
        expect(page).toMatchObject({ status: 200, body: { stage } });
      }, 180_000);
    return id;
  }

  async function oneCase(i: number, halfway: () => void): Promise<string> {
    const [a, b] = [apis[i % 2]!, apis[(i + 1) % 2]!];
    const id = await command(
      a,
      b,
      '/cases',
      {
        origin: 'complaint',
        enterprise: { name: `南昌某化工有限公司${i}`, creditCode: '91110108551385082Q', address: '南昌' },
        summary: '群众举报（扩展演练）',
      },
      'opened',
    );
    await command(
      b,
      a,
      `/cases/${id}/inspection`,
      {
        officers: ['nc.officer1', 'nc.officer2'],
        inspectedAt: new Date().toISOString(),
        place: '生产车间',
        unitRefusedToSign: false,
        findings: [
          {
            description: '报警装置失效',
            severity: 'major',
            legalBasis: '安全生产法 第36条',
            evidence: [{ kind: 'photo', name: 'a.jpg', sha256: DIGEST }],
          },
        ],
      },
      'inspected',
    );
    halfway();
    // The order allocates a document number: the series must stay gap-free across both workers.
    await command(
      a,
      b,
      `/cases/${id}/rectification-order`,
      { deadline: addDays(chinaDateOf(Date.now()), 20), instructions: '限期整改' },
      'rectifying',
    );
    return id;
  }

  it('runs the flow on both, survives a worker killed half-way, every effect exactly once', async () => {
    let inspected = 0;
    let killed: Promise<void> | undefined;
    const halfway = () => {
      inspected += 1;
      if (inspected === CASES / 2) killed = workers[0]!.kill();
    };
    // Four cases in flight at a time, alternating the APIs.
    const ids: string[] = [];
    for (let i = 0; i < CASES; i += 4) {
      const batch = [i, i + 1, i + 2, i + 3].filter((n) => n < CASES);
      ids.push(...(await Promise.all(batch.map((n) => oneCase(n, halfway)))));
    }
    await killed;
    expect(apis.every((api) => api.running)).toBe(true);

    for (const id of ids) {
      const types = await expectEffectsExactlyOnce(drill.db, id);
      expect(types.filter((t) => t === 'order_issued')).toHaveLength(1);
    }
    const orders = await drill.db.query<{ serial: number }[]>(
      `SELECT serial FROM document WHERE case_id = ANY($1::uuid[]) AND doc_type = 'rectification_order'
        ORDER BY serial`,
      [ids],
    );
    expect(orders.map((o) => Number(o.serial))).toEqual(Array.from({ length: CASES }, (_, i) => i + 1));

    // Both workers served workflows, and some workflow moved from the killed one to the other.
    const connection = await Connection.connect({ address: drill.config.temporal.address });
    try {
      const client = new Client({ connection });
      const identities = await Promise.all(
        ids.map(async (id) => {
          const history = await client.workflow.getHandle(workflowIds.enforcementCase(id)).fetchHistory();
          return new Set(
            (history.events ?? [])
              .map((e) => e.workflowTaskCompletedEventAttributes?.identity)
              .filter((x): x is string => !!x),
          );
        }),
      );
      expect(new Set(identities.flatMap((s) => [...s])).size).toBeGreaterThanOrEqual(2);
      expect(identities.some((s) => s.size >= 2)).toBe(true);
    } finally {
      await connection.close();
    }
  });
});
