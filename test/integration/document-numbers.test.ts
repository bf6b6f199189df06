import { allocateDocumentNumber, dataSourceOptions, DEMO_AGENCIES } from '@safecase/persistence';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { eventually } from '../support/cases';
import { testEnvironment } from '../support/environment';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

/** 文书编号: unique, gap-free and never reused per agency, type and year, under concurrency. */
describe('document numbering (real PostgreSQL)', () => {
  let db: DataSource;
  const agency = DEMO_AGENCIES[2]; // 九江: no other test numbers its documents of this type
  const docType = `test_${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(testEnvironment().databaseUrl)).initialize();
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await db?.destroy();
  }, SERVER_HOOK_TIMEOUT_MS);

  const request = (caseId: string, key: string) => ({
    agencyId: agency.id,
    docPrefix: agency.docPrefix,
    docType,
    abbreviation: '测',
    year: 2026,
    caseId,
    key,
    seq: 1,
    issuedAt: new Date(),
  });

  it('gives 40 concurrent requests 40 distinct consecutive numbers; rolled-back ones leave no gap', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        db.transaction(async (m) => {
          const number = await allocateDocumentNumber(m, request(randomUUID(), 'k'));
          // Every fourth transaction fails after taking its number: the number must go back.
          if (i % 4 === 3) throw new Error('rolled back');
          return number;
        }),
      ),
    );
    const numbers = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    expect(numbers).toHaveLength(30);
    const serials = numbers.map((n) => Number(/〔2026〕(\d+)号$/.exec(n)?.[1])).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(numbers[0]).toMatch(/^浔应急测〔2026〕\d+号$/);
  });

  it('answers a retried request with the number it already holds', async () => {
    const caseId = randomUUID();
    const first = await db.transaction((m) => allocateDocumentNumber(m, request(caseId, 'order')));
    const retry = await db.transaction((m) => allocateDocumentNumber(m, request(caseId, 'order')));
    const next = await db.transaction((m) => allocateDocumentNumber(m, request(caseId, 'other')));
    expect(retry).toBe(first);
    expect(Number(/(\d+)号$/.exec(next)?.[1])).toBe(Number(/(\d+)号$/.exec(first)?.[1]) + 1);
  });

  it('numbers two types in opposite orders in concurrent transactions without a deadlock', async () => {
    const other = `${docType}_b`;
    // Its own abbreviation: the numbers of the two types must not be the same text.
    const requestFor = (type: string, key: string) => ({
      ...request(randomUUID(), key),
      docType: type,
      abbreviation: type === other ? '测乙' : '测',
    });
    const sides = [
      { types: [docType, other], pid: 0, holdsFirst: false },
      { types: [other, docType], pid: 0, holdsFirst: false },
    ];
    const waitingOnLock = async (pid: number) =>
      (
        await db.query<{ n: number }[]>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'",
          [pid],
        )
      )[0]!.n > 0;
    const run = (me: (typeof sides)[number], them: (typeof sides)[number]) =>
      db.transaction(async (m) => {
        me.pid = (await m.query<{ pid: number }[]>('SELECT pg_backend_pid() AS pid'))[0]!.pid;
        const a = await allocateDocumentNumber(m, requestFor(me.types[0]!, 'a'));
        me.holdsFirst = true;
        // The other side holds its first counter too, or waits for a lock of ours: only then go on.
        await eventually(async () => {
          expect(them.holdsFirst || (them.pid !== 0 && (await waitingOnLock(them.pid)))).toBe(true);
        });
        const b = await allocateDocumentNumber(m, requestFor(me.types[1]!, 'b'));
        return [a, b];
      });
    const outcomes = await Promise.allSettled([run(sides[0]!, sides[1]!), run(sides[1]!, sides[0]!)]);
    const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []));
    expect(failures).toEqual([]);
  });
});
