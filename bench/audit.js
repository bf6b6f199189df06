'use strict';
// Audit at scale (issue #16 §4): verification throughput beside the same hashing in one loop, and
// appends from 8 agencies at once beside one agency alone.
const { randomUUID } = require('node:crypto');
const { dist, size, now, report, pool, round } = require('./lib');

const { DataSource } = require('typeorm');

/** Entries as the projection writes them: one case's events, in the case's agency's chain. */
function entryInput(agencyId, caseId, i) {
  return {
    occurredAt: new Date(Date.UTC(2026, 11, 1) + i * 1000),
    actorUsername: 'nc.officer1',
    actorRole: 'officer',
    agencyId,
    caseId,
    workflowId: `enforcement-case:${caseId}`,
    action: 'case.inspection_recorded',
    outcome: 'accepted',
    documentNumber: `洪应急检记〔2026〕${i}号`,
    payload: { seq: i, findings: [{ code: 'F-01', text: '消防通道堵塞', severity: 'major' }], documents: [] },
  };
}

/**
 * Writes `n` valid entries over `agencies` chains and n/10 cases by multi-row INSERTs (the same hash
 * formula as AuditLog.append, computed here in bulk: appending 200k one by one would take minutes).
 */
async function seedEntries(db, n, agencies) {
  const { chainOf, entryHashOf, payloadDigestOf, GENESIS_HASH } = dist('libs/persistence/src');
  // Ids drawn from the sequence, not max(id) + 1: the worker and the API may append meanwhile.
  const ids = (
    await db.query(`SELECT nextval('audit_entry_id_seq')::bigint AS id FROM generate_series(1, $1)`, [n])
  ).map((r) => Number(r.id));
  const heads = new Map();
  for (const a of agencies) {
    const [h] = await db.query(
      'SELECT chain_seq, entry_hash FROM audit_entry WHERE chain = $1 ORDER BY chain_seq DESC LIMIT 1',
      [chainOf(a)],
    );
    heads.set(
      chainOf(a),
      h ? { seq: Number(h.chain_seq), hash: h.entry_hash } : { seq: 0, hash: GENESIS_HASH },
    );
  }
  const cases = new Map();
  const caseIds = Array.from({ length: Math.max(1, Math.floor(n / 10)) }, () => `bench-${randomUUID()}`);
  const batch = 1000;
  for (let start = 0; start < n; start += batch) {
    const values = [];
    const params = [];
    for (let i = start; i < Math.min(n, start + batch); i++) {
      const caseId = caseIds[i % caseIds.length];
      const agencyId = agencies[caseIds.indexOf(caseId) % agencies.length];
      const input = entryInput(agencyId, caseId, i);
      const chain = chainOf(agencyId);
      const head = heads.get(chain);
      const e = {
        id: ids[i],
        occurredAt: input.occurredAt.toISOString(),
        actorId: null,
        actorUsername: input.actorUsername,
        actorRole: input.actorRole,
        agencyId,
        requestId: null,
        caseId,
        workflowId: input.workflowId,
        runId: null,
        action: input.action,
        outcome: input.outcome,
        reason: null,
        documentNumber: input.documentNumber,
        payloadDigest: payloadDigestOf(input.payload),
        chain,
        chainSeq: head.seq + 1,
        prevHash: head.hash,
        casePrevHash: cases.get(caseId) ?? GENESIS_HASH,
      };
      e.entryHash = entryHashOf(e);
      heads.set(chain, { seq: e.chainSeq, hash: e.entryHash });
      cases.set(caseId, e.entryHash);
      const row = [
        e.id,
        e.occurredAt,
        e.actorUsername,
        e.actorRole,
        e.agencyId,
        e.caseId,
        e.workflowId,
        e.action,
        e.outcome,
        e.documentNumber,
        JSON.stringify(input.payload),
        e.payloadDigest,
        e.chain,
        e.chainSeq,
        e.prevHash,
        e.casePrevHash,
        e.entryHash,
      ];
      values.push(`(${row.map((_, k) => `$${params.length + k + 1}`).join(',')})`);
      params.push(...row);
    }
    await db.query(
      `INSERT INTO audit_entry (id, occurred_at, actor_username, actor_role, agency_id, case_id, workflow_id,
         action, outcome, document_number, payload, payload_digest, chain, chain_seq, prev_hash, case_prev_hash,
         entry_hash) VALUES ${values.join(',')}`,
      params,
    );
  }
}

async function verifyBench(db) {
  const { AuditLog, ChainVerifier, fromRow, AUDIT_COLUMNS, entryHashOf, payloadDigestOf } =
    dist('libs/persistence/src');
  const n = size('BENCH_AUDIT_ENTRIES', 200_000, 20_000);
  const agencies = Array.from({ length: 8 }, () => randomUUID());
  await seedEntries(db, n, agencies);
  await db.query('VACUUM ANALYZE audit_entry');
  const log = new AuditLog(db);
  let progressReports = 0;
  // CPU seconds beside wall seconds: on a loaded machine wall time is mostly waiting for a core. This
  // process's CPU covers the verification thread (not PostgreSQL's side of reading).
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  const t = now();
  const tc = cpu();
  // With hashing threads (AUDIT_VERIFY_THREADS, else 2 here), and below with none.
  const threads = Number(process.env.AUDIT_VERIFY_THREADS || 2);
  const result = await log.verify({ hashThreads: threads, onProgress: () => (progressReports += 1) });
  const seconds = (now() - t) / 1000;
  const cpuSeconds = cpu() - tc;
  if (!result.ok) throw new Error(`the seeded chain does not verify: ${JSON.stringify(result)}`);
  // Beside it, the verification thread hashing alone (no hashing threads), as before the pool.
  const o = now();
  const oc = cpu();
  const alone = await log.verify({ hashThreads: 0 });
  const aloneSeconds = (now() - o) / 1000;
  const aloneCpuSeconds = cpu() - oc;
  if (JSON.stringify(alone) !== JSON.stringify(result)) throw new Error('the two ways answered differently');

  // Baseline: the same hashing (payload digest and entry hash of every entry) in one loop over rows
  // already in memory: no database, no thread, no chain bookkeeping.
  const rows = (await db.query(`SELECT ${AUDIT_COLUMNS} FROM audit_entry ORDER BY id`)).map(fromRow);
  const b = now();
  const bc = cpu();
  let same = 0;
  for (const e of rows)
    if (payloadDigestOf(e.payload) === e.payloadDigest && entryHashOf(e) === e.entryHash) same++;
  const baselineSeconds = (now() - b) / 1000;
  const baselineCpuSeconds = cpu() - bc;
  // And the verifier itself over the same rows in memory: what the thread adds on top is fetching.
  const v = new ChainVerifier();
  const c = now();
  for (const e of rows) v.push(e);
  const inMemorySeconds = (now() - c) / 1000;
  report({
    subject:
      'audit verify (POST /audit/verifications, GET /audit/verify): a verification thread reading links, hashing threads reading whole rows, one snapshot, batches of 5000 rows as text arrays',
    entries: result.checked,
    chains: result.chains.length,
    seconds: round(seconds),
    entriesPerSecond: Math.round(result.checked / seconds),
    entriesPerCpuSecond: Math.round(result.checked / cpuSeconds),
    progressReports,
    hashThreads:
      process.env.AUDIT_VERIFY_THREADS ?? `default (${require('node:os').availableParallelism()} cores)`,
    oneThread: {
      entriesPerSecond: Math.round(alone.checked / aloneSeconds),
      entriesPerCpuSecond: Math.round(alone.checked / aloneCpuSeconds),
    },
    baseline: {
      subject: 'the same hashing in one loop, rows in memory',
      entries: same,
      entriesPerSecond: Math.round(rows.length / baselineSeconds),
      entriesPerCpuSecond: Math.round(rows.length / baselineCpuSeconds),
    },
    verifierInMemoryEntriesPerSecond: Math.round(rows.length / inMemorySeconds),
    ratio:
      rows.length / baselineSeconds > 0 ? result.checked / seconds / (rows.length / baselineSeconds) : null,
    goal: '>= 100000 entries/s',
  });
}

async function appendsBench(url) {
  const { AuditLog } = dist('libs/persistence/src');
  const perRun = size('BENCH_AUDIT_APPENDS', 4000, 800);
  const concurrency = 8;
  const db = new DataSource({ type: 'postgres', url, entities: [], extra: { max: concurrency + 2 } });
  await db.initialize();
  const log = new AuditLog(db);
  const run = async (agencies) => {
    const cases = agencies.map(() => `bench-append-${randomUUID()}`);
    // Each of the 8 writers appends its own case's entries; with one agency they share one chain.
    return pool(perRun, concurrency, (i) =>
      log.append(
        entryInput(agencies[(i % concurrency) % agencies.length], cases[(i % concurrency) % cases.length], i),
      ),
    );
  };
  const oneAgency = [randomUUID()];
  const eight = Array.from({ length: 8 }, () => randomUUID());
  await run([randomUUID()]); // warm-up
  const one = await run(oneAgency);
  const many = await run(eight);
  await db.destroy();
  report({
    subject: 'audit appends, 8 writers in 8 agencies (8 chains)',
    appends: perRun,
    concurrency,
    appendsPerSecond: Math.round(many.throughput),
    baseline: {
      subject: '8 writers in one agency (one chain, as the single global lock was)',
      appendsPerSecond: Math.round(one.throughput),
    },
    ratio: many.throughput / one.throughput,
    goal: '>= 3',
  });
}

async function main(url) {
  const db = new DataSource({ type: 'postgres', url, entities: [] });
  await db.initialize();
  try {
    await appendsBench(url);
    await verifyBench(db);
  } finally {
    await db.destroy();
  }
}

module.exports = { main };
if (require.main === module)
  main(process.env.DATABASE_URL).catch((e) => {
    console.error(e);
    process.exit(1);
  });
