import {
  allocateDocumentNumber,
  AuditLog,
  dataSourceOptions,
  DEMO_AGENCIES,
  DocumentRenders,
  freezeDocumentFacts,
  setAgencyAbbreviation,
} from '@safecase/persistence';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { testEnvironment } from '../support/environment';
import { SERVER_HOOK_TIMEOUT_MS } from '../support/timeouts';

/** Documents' numbers and files on real PostgreSQL: abbreviations per agency, one immutable render. */
describe('document files (real PostgreSQL)', () => {
  let db: DataSource;
  const agency = DEMO_AGENCIES[2]; // 九江
  const docType = `test_${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(testEnvironment().databaseUrl)).initialize();
  }, SERVER_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await db?.destroy();
  }, SERVER_HOOK_TIMEOUT_MS);

  const issue = (caseId: string, key: string) =>
    db.transaction(async (m) => {
      const number = await allocateDocumentNumber(m, {
        agencyId: agency.id,
        docPrefix: agency.docPrefix,
        docType,
        abbreviation: '测文',
        year: 2026,
        caseId,
        key,
        seq: 1,
        issuedAt: new Date('2026-12-01T02:00:00Z'),
      });
      await freezeDocumentFacts(m, { recordId: caseId, recordKind: 'case', key, event: { type: 'x' } });
      return number;
    });

  it('an agency’s own abbreviation numbers what comes after; an issued number never changes', async () => {
    const caseId = randomUUID();
    const before = await issue(caseId, 'a');
    expect(before).toMatch(/^浔应急测文〔2026〕\d+号$/);
    await db.transaction((m) => setAgencyAbbreviation(m, agency.id, docType, '测文改'));
    const after = await issue(caseId, 'b');
    expect(after).toMatch(/^浔应急测文改〔2026〕\d+号$/);
    // The same serial counter runs on; the first number is stored as issued and read back so.
    expect(Number(/(\d+)号$/.exec(after)?.[1])).toBe(Number(/(\d+)号$/.exec(before)?.[1]) + 1);
    expect(await issue(caseId, 'a')).toBe(before);
    const [row] = await db.query<{ number: string }[]>(
      'SELECT number FROM document WHERE case_id = $1 AND doc_key = $2',
      [caseId, 'a'],
    );
    expect(row?.number).toBe(before);
  });

  it('keeps the first stored render: a second render stores nothing, and the row refuses change', async () => {
    const caseId = randomUUID();
    const number = await issue(caseId, 'render');
    const [doc] = await db.query<{ id: string }[]>(
      'SELECT id FROM document WHERE case_id = $1 AND doc_key = $2',
      [caseId, 'render'],
    );
    const renders = new DocumentRenders(db, new AuditLog(db));
    const file = (text: string) => {
      const pdf = Buffer.from(`%PDF-1.4 ${text}`);
      return { pdf, pages: 1, template: 'test', sha256: createHash('sha256').update(pdf).digest('hex') };
    };
    // Two renderers at once: one stores, the other skips the locked document. (A worker of another
    // test file on this database may print it first: then neither stores, and its file is kept.)
    const results = await Promise.all([
      renders.renderOne(doc!.id, () => Promise.resolve(file('first'))),
      renders.renderOne(doc!.id, () => Promise.resolve(file('second'))),
    ]);
    expect(results.filter(Boolean).length).toBeLessThanOrEqual(1);
    const read = async () =>
      (
        await db.query<{ pdf: Buffer }[]>('SELECT pdf FROM document_render WHERE document_id = $1', [doc!.id])
      ).map((r) => r.pdf);
    const [stored] = await read();
    expect(stored).toBeDefined();
    if (results.some(Boolean)) {
      expect(['first', 'second'].map((t) => file(t).pdf.equals(stored!))).toContain(true);
    }
    expect(await renders.renderOne(doc!.id, () => Promise.resolve(file('third')))).toBe(false);
    const again = await read();
    expect(again).toHaveLength(1);
    expect(again[0]!.equals(stored!)).toBe(true);
    await expect(
      db.query(`UPDATE document_render SET pdf = '\\x00' WHERE document_id = $1`, [doc!.id]),
    ).rejects.toThrow(/immutable/);
    const entries = await db.query(
      `SELECT 1 FROM audit_entry WHERE action = 'document.rendered' AND document_number = $1`,
      [number],
    );
    expect(entries).toHaveLength(1);
    expect(await renders.pending(10_000)).not.toContain(doc!.id);
  });
});
