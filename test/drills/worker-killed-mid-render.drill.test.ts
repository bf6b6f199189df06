import { createHash } from 'node:crypto';
import { startDrill, type Drill } from '../support/drill';
import { drillHttp, inspectedCase, until } from '../support/drill-cases';

jest.setTimeout(240_000);

const count = async (drill: Drill, sql: string, params: unknown[] = []) =>
  Number((await drill.db.query<{ n: string }[]>(sql, params))[0]?.n ?? 0);

/**
 * The worker is SIGKILLed while it prints a document: Chromium has made the PDF, the render's
 * transaction is about to store it (held back by a lock the drill takes on `document_render`). The
 * dead worker's transaction rolls back with its connection; a new worker prints the document again
 * and stores exactly one file, with exactly one `document.rendered` audit entry.
 */
describe('drill: the worker killed in the middle of printing a document', () => {
  let drill: Drill;

  beforeAll(async () => {
    drill = await startDrill('render');
  });
  afterAll(async () => {
    await drill?.close();
  });

  it('ends with one stored render and one audit entry when a new worker takes over', async () => {
    const hold = drill.db.createQueryRunner();
    await hold.connect();
    await hold.startTransaction();
    // INSERTs into document_render wait; reads of it do not.
    await hold.query('LOCK TABLE document_render IN SHARE ROW EXCLUSIVE MODE');
    const waiting = () =>
      count(
        drill,
        `SELECT count(*) AS n FROM pg_stat_activity
         WHERE datname = current_database() AND query LIKE 'INSERT INTO document_render%' AND pid <> pg_backend_pid()`,
      );

    const first = await drill.startWorker();
    const caseId = await inspectedCase(drill);
    const [doc] = await drill.db.query<{ id: string; number: string }[]>(
      `SELECT id, number FROM document WHERE case_id = $1 AND doc_type = 'inspection_record'`,
      [caseId],
    );
    expect(doc).toBeDefined();
    // The PDF is printed and its insert waits on the lock: the worker dies right there.
    await until(async () => expect(await waiting()).toBe(1), 120_000);
    await first.kill();
    await hold.commitTransaction();
    await hold.release();
    // Its transaction dies with its connection: nothing was stored.
    await until(async () => expect(await waiting()).toBe(0), 60_000);
    expect(
      await count(drill, 'SELECT count(*) AS n FROM document_render WHERE document_id = $1', [doc!.id]),
    ).toBe(0);

    await drill.startWorker();
    await until(
      async () =>
        expect(
          await count(drill, 'SELECT count(*) AS n FROM document_render WHERE document_id = $1', [doc!.id]),
        ).toBe(1),
      120_000,
    );
    const entries = await drill.db.query<{ payload: { sha256: string } }[]>(
      `SELECT payload FROM audit_entry WHERE action = 'document.rendered' AND document_number = $1`,
      [doc!.number],
    );
    expect(entries).toHaveLength(1);

    const { get, http, as } = drillHttp(drill);
    const listed = (await get(`/cases/${caseId}/documents`)).body as {
      items: { id: string; type: string; pdf: { sha256: string } | null }[];
    };
    const record = listed.items.find((d) => d.type === 'inspection_record')!;
    const pdf = await http()
      .get(`/documents/${record.id}/pdf`)
      .set(await as('nc.officer1'))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    const digest = createHash('sha256')
      .update(pdf.body as Buffer)
      .digest('hex');
    expect(digest).toBe(entries[0]!.payload.sha256);
    expect(record.pdf?.sha256).toBe(digest);
  });
});
