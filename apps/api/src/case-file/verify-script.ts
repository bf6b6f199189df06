/**
 * The verify script shipped in every case file as `verify.mjs`: plain JavaScript an auditor runs
 * offline with Node (18 or later), using nothing but Node's built-in modules. It is kept here as text
 * (no backticks or template placeholders inside, so `String.raw` keeps it byte for byte) and must not
 * import anything of the project: it has to stand alone in the unzipped folder. What it proves and
 * what it cannot is written up in docs/case-file.md.
 */
export const VERIFY_SCRIPT = String.raw`#!/usr/bin/env node
// safecase 案卷核验脚本 (safecase-case-file/1). Node.js 18+ built-ins only; runs offline.
// Usage: node verify.mjs [folder] [--public-key key.pem]
//   folder        the unzipped case file (default: the folder this script is in)
//   --public-key  the checkpoint public key obtained elsewhere (GET /audit/checkpoints/public-key,
//                 or the agency's published key); without it the key inside the case file is used.
// Exit status: 0 when nothing failed (some things may still be unprovable, listed as such), 1 on any
// mismatch, each named by file path or audit entry id.
import { createHash, createPublicKey, verify as verifySignature } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const FORMAT = 'safecase-case-file/1';
const CHECKPOINT_FORMAT = 'safecase-audit-checkpoint/1';
const GENESIS = '0'.repeat(64);
const LEGACY_CHAIN = 'global';

let root = dirname(fileURLToPath(import.meta.url));
let keyFile = null;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--public-key') keyFile = argv[++i];
  else root = argv[i];
}

const proved = [];
const unproved = [];
const failed = [];

// Canonical JSON: keys sorted (UTF-16 order), no whitespace, undefined members dropped.
function canonical(v) {
  if (v === null || typeof v !== 'object') return JSON.stringify(v === undefined ? null : v);
  if (Array.isArray(v)) return '[' + v.map((x) => (x === undefined ? 'null' : canonical(x))).join(',') + ']';
  const keys = Object.keys(v).sort();
  const parts = [];
  for (const k of keys) if (v[k] !== undefined) parts.push(JSON.stringify(k) + ':' + canonical(v[k]));
  return '{' + parts.join(',') + '}';
}
const sha256Text = (s) => createHash('sha256').update(s, 'utf8').digest('hex');

function sha256File(path) {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    let size = 0;
    createReadStream(path)
      .on('data', (c) => {
        size += c.length;
        h.update(c);
      })
      .on('error', reject)
      .on('end', () => resolve({ sha256: h.digest('hex'), size }));
  });
}

function readJson(rel) {
  const path = join(root, rel);
  if (!existsSync(path)) {
    failed.push(rel + '：文件缺失');
    return null;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    failed.push(rel + '：不是有效的 JSON（' + e.message + '）');
    return null;
  }
}

// The fields an entry's hash covers (libs/persistence/src/audit/audit-entry.ts).
function hashedFields(e) {
  const f = {
    id: e.id,
    occurredAt: e.occurredAt,
    actorId: e.actorId,
    actorUsername: e.actorUsername,
    actorRole: e.actorRole,
    agencyId: e.agencyId,
    requestId: e.requestId,
    caseId: e.caseId,
    workflowId: e.workflowId,
    runId: e.runId,
    action: e.action,
    outcome: e.outcome,
    reason: e.reason,
    documentNumber: e.documentNumber,
    payloadDigest: e.payloadDigest,
    prevHash: e.prevHash,
  };
  // Entries of the closed legacy chain were hashed before these fields existed.
  if (e.chain !== LEGACY_CHAIN) {
    f.chain = e.chain;
    f.chainSeq = e.chainSeq;
    f.casePrevHash = e.casePrevHash;
  }
  return f;
}
const entryHashOf = (e) => sha256Text(e.prevHash + '\n' + canonical(hashedFields(e)));

function listFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else out.push(relative(root, path).split(sep).join('/'));
  }
  return out;
}

async function main() {
  // 1. Every file against the manifest.
  const manifest = readJson('manifest.json');
  if (!manifest) return;
  if (manifest.format !== FORMAT) failed.push('manifest.json：格式不是 ' + FORMAT);
  const digests = new Map();
  let filesOk = 0;
  for (const f of manifest.files || []) {
    const path = join(root, f.path);
    if (!existsSync(path)) {
      failed.push(f.path + '：清单中列出的文件缺失');
      continue;
    }
    const got = await sha256File(path);
    digests.set(f.path, got.sha256);
    if (got.sha256 !== f.sha256 || got.size !== f.size)
      failed.push(f.path + '：SHA-256 ' + got.sha256 + '（' + got.size + ' 字节）与清单记载的 ' + f.sha256 + '（' + f.size + ' 字节）不符');
    else filesOk++;
  }
  proved.push(filesOk + ' 个文件的 SHA-256 与 manifest.json 一致');
  const listed = new Set((manifest.files || []).map((f) => f.path));
  const extra = listFiles(root).filter((p) => !listed.has(p) && p !== 'manifest.json' && p !== 'verify.mjs');
  if (extra.length) unproved.push('这些文件不在清单中，未核验：' + extra.join('、'));
  unproved.push('manifest.json 本身未经签名：它只证明文件在导出后未被改动；文件的真实性由下面的审计条目与签名检查点证明');

  // 2. Every audit entry: its payload digest, its hash, and each case's own chain from first to last.
  const audit = readJson('审计/entries.json');
  if (!audit) return;
  const recordIds = new Set(audit.recordIds || manifest.recordIds || []);
  const entries = audit.entries || [];
  const caseHead = new Map();
  const caseHeadId = new Map();
  const caseFirst = new Map();
  const chainLast = new Map();
  let lastId = 0;
  let entriesOk = true;
  for (const e of entries) {
    const where = '审计条目 #' + e.id;
    let bad = null;
    if (typeof e.id !== 'number' || e.id <= lastId) bad = '次序错乱（条目须按编号递增）';
    else if (!recordIds.has(e.caseId)) bad = '不属于本案（caseId ' + e.caseId + '）';
    else if (e.payloadDigest !== sha256Text(canonical(e.payload))) bad = 'payload 与其 payloadDigest 不符（内容被改动）';
    else if (e.entryHash !== entryHashOf(e)) bad = 'entryHash 与条目内容不符（条目被改动）';
    else if (e.casePrevHash !== (caseHead.get(e.caseId) || GENESIS))
      bad = caseHead.has(e.caseId)
        ? 'case_prev_hash 不是本案前一条目 #' + caseHeadId.get(e.caseId) + ' 的哈希：其间的条目被删除、插入或改动'
        : 'case_prev_hash 不是起始哈希：本案更早的条目缺失';
    else if (chainLast.has(e.chain) && e.chainSeq <= chainLast.get(e.chain).chainSeq)
      bad = '在链 ' + e.chain + ' 中的位置 ' + e.chainSeq + ' 不在前一条目之后';
    if (bad) {
      failed.push(where + '：' + bad);
      entriesOk = false;
      break;
    }
    if (!caseFirst.has(e.caseId)) caseFirst.set(e.caseId, e.id);
    caseHead.set(e.caseId, e.entryHash);
    caseHeadId.set(e.caseId, e.id);
    chainLast.set(e.chain, e);
    lastId = e.id;
  }
  if (entriesOk) {
    proved.push(entries.length + ' 个审计条目：每个条目的哈希与 payload 摘要均重新计算无误');
    for (const [id, first] of caseFirst)
      proved.push('记录 ' + id + ' 的按案件链完整：自首个条目 #' + first + '（起始哈希）至最后条目 #' + caseHeadId.get(id) + '，中间没有条目被删除、插入或改动');
  }

  // 3. The files against the entries that carry their digests (document.rendered, evidence.upload).
  const byKind = (kind) => (manifest.files || []).filter((f) => f.kind === kind);
  const carried = (action, key) => {
    const m = new Map();
    for (const e of entries) if (e.action === action && e.payload && e.payload[key]) m.set(e.payload[key], e);
    return m;
  };
  const rendered = carried('document.rendered', 'documentId');
  const uploaded = carried('evidence.upload', 'evidenceId');
  for (const [kind, carriers, label] of [['document', rendered, '文书'], ['evidence', uploaded, '证据']]) {
    let ok = 0;
    const inZip = new Set();
    for (const f of byKind(kind)) {
      inZip.add(f.id);
      const e = carriers.get(f.id);
      const got = digests.get(f.path);
      if (!e) unproved.push(f.path + '：没有审计条目记载它的摘要');
      else if (got !== e.payload.sha256)
        failed.push(f.path + '：SHA-256 ' + got + ' 与审计条目 #' + e.id + ' 记载的 ' + e.payload.sha256 + ' 不符');
      else ok++;
    }
    for (const [id, e] of carriers)
      if (!inZip.has(id)) failed.push('审计条目 #' + e.id + ' 记载的' + label + ' ' + id + '（' + (e.documentNumber || e.payload.fileName || '') + '）不在案卷中');
    proved.push(ok + ' 份' + label + '文件与审计条目记载的 SHA-256 一致');
  }
  const toc = readJson('卷内目录.json');
  if (toc) {
    for (const d of toc.documents || []) {
      if (!d.path) unproved.push('文书 ' + d.number + '（' + d.name + '）：' + (d.missing || '没有文件') + '，未能核验');
      else if (d.sha256 !== digests.get(d.path)) failed.push('卷内目录.json：文书 ' + d.number + ' 的 SHA-256 与 ' + d.path + ' 不符');
    }
    for (const e of toc.evidence || [])
      if (e.sha256 !== digests.get(e.path)) failed.push('卷内目录.json：证据 ' + e.name + ' 的 SHA-256 与 ' + e.path + ' 不符');
  }

  // 4. The signed checkpoint: its signature, and whether it covers the case's last entry of each chain.
  const checkpoint = readJson('审计/checkpoint.json');
  const keyPath = keyFile || join(root, '审计', 'public-key.pem');
  let key = null;
  try {
    key = createPublicKey(readFileSync(keyPath, 'utf8'));
  } catch (e) {
    failed.push(keyPath + '：无法读取 Ed25519 公钥（' + e.message + '）');
  }
  if (!keyFile) unproved.push('公钥取自案卷本身（审计/public-key.pem）：请另行取得机关公布的公钥，用 --public-key 核对');
  if (!checkpoint) {
    unproved.push('导出时尚无签名检查点：无法证明本案最后的条目之后没有条目被删除');
  } else if (key && entriesOk && signatureHolds('审计/checkpoint.json', checkpoint, key)) {
    const links = (readJson('审计/chain-links.json') || {}).chains || [];
    for (const [chain, last] of chainLast) coverage(chain, last, checkpoint, links, recordIds);
  }
  // The newest checkpoint at export, when it is another one: its signature only (the proof uses the above).
  const latest = existsSync(join(root, '审计', 'latest-checkpoint.json')) ? readJson('审计/latest-checkpoint.json') : null;
  if (key && latest && checkpoint && latest.signature !== checkpoint.signature)
    signatureHolds('审计/latest-checkpoint.json', latest, key);
}

// Whether the checkpoint is signed by the key; says so either way (another key: cannot tell).
function signatureHolds(path, checkpoint, key) {
  const keyId = createHash('sha256').update(key.export({ format: 'der', type: 'spki' })).digest('hex').slice(0, 16);
  const statement = {
    format: checkpoint.format,
    issuedAt: checkpoint.issuedAt,
    chains: (checkpoint.chains || []).map((h) => ({ chain: h.chain, headId: h.headId, headHash: h.headHash })),
    keyId: checkpoint.keyId,
  };
  const signature = Buffer.from(String(checkpoint.signature || ''), 'base64');
  let valid = false;
  try {
    valid = checkpoint.format === CHECKPOINT_FORMAT && signature.length === 64 &&
      verifySignature(null, Buffer.from(canonical(statement), 'utf8'), key, signature);
  } catch {
    valid = false;
  }
  if (checkpoint.keyId !== keyId) {
    unproved.push(path + ' 由密钥 ' + checkpoint.keyId + ' 签名，所给公钥是 ' + keyId + '：无法核对签名');
    return false;
  }
  if (!valid) {
    failed.push(path + '：签名无效（检查点被改动，或不是该密钥所签）');
    return false;
  }
  proved.push(path + '（' + checkpoint.issuedAt + '）的 Ed25519 签名有效，密钥 ' + keyId);
  return true;
}

// Whether the checkpoint's head of a chain is the case's last entry there, or follows it through
// entries of other cases only: then no entry of this case after it can have been removed in that chain.
function coverage(chain, last, checkpoint, links, recordIds) {
  const head = (checkpoint.chains || []).find((h) => h.chain === chain);
  const where = '链 ' + chain;
  const link = links.find((l) => l.chain === chain);
  if (link && link.afterEntry !== last.id) {
    failed.push('审计/entries.json：本案在' + where + ' 中的最后条目是 #' + last.id + '，导出时是 #' + link.afterEntry + '：条目被删除或增添');
    return;
  }
  if (!head) {
    unproved.push(where + '：检查点没有记载这条链，无法证明本案其后的条目未被删除');
    return;
  }
  if (head.headId < last.id) {
    unproved.push(where + '：检查点（链头 #' + head.headId + '）早于本案最后条目 #' + last.id + '，无法证明 #' + last.id + ' 及其后的条目未被删除');
    return;
  }
  if (head.headId === last.id) {
    if (head.headHash === last.entryHash) proved.push(where + '：签名检查点的链头就是本案最后条目 #' + last.id + '，本案在此链中的条目一个不少');
    else failed.push('审计条目 #' + last.id + '：哈希与签名检查点记载的链头哈希不符');
    return;
  }
  if (!link || !link.entries) {
    unproved.push(where + '：检查点链头 #' + head.headId + ' 在本案最后条目 #' + last.id + ' 之后，但导出未附其间的 ' + (link ? link.count : '?') + ' 个条目，无法证明');
    return;
  }
  let prev = last;
  for (const e of link.entries) {
    const at = where + ' 的衔接条目 #' + e.id;
    if (e.chain !== chain || e.chainSeq !== prev.chainSeq + 1 || e.prevHash !== prev.entryHash) {
      failed.push(at + '：不紧接在 #' + prev.id + ' 之后' + (prev === last ? '（本案在此链中的最后条目 #' + last.id + ' 之后缺少条目，或 #' + last.id + ' 不是本案在此链中的最后条目：有条目被删除）' : ''));
      return;
    }
    if (e.entryHash !== entryHashOf(e)) {
      failed.push(at + '：entryHash 与内容不符');
      return;
    }
    if (recordIds.has(e.caseId)) {
      failed.push(at + '：属于本案，却不在 审计/entries.json 中（本案条目被删除）');
      return;
    }
    prev = e;
  }
  if (prev.id !== head.headId || prev.entryHash !== head.headHash) {
    failed.push(where + '：衔接条目止于 #' + prev.id + '，与签名检查点的链头 #' + head.headId + ' 不符');
    return;
  }
  proved.push(where + '：从本案最后条目 #' + last.id + ' 经 ' + link.entries.length + ' 个他案条目衔接到签名检查点的链头 #' + head.headId + '，其间没有本案的条目，本案在此链中的条目一个不少');
}

main().then(
  () => {
    console.log('案卷核验（' + root + '）');
    for (const s of proved) console.log('  已证明  ' + s);
    for (const s of unproved) console.log('  未能证明  ' + s);
    for (const s of failed) console.log('  不符  ' + s);
    console.log(failed.length ? '结果：不符 ' + failed.length + ' 处' : '结果：未发现不符');
    process.exitCode = failed.length ? 1 : 0;
  },
  (e) => {
    console.error('核验中断：' + (e && e.stack ? e.stack : e));
    process.exitCode = 2;
  },
);
`;
