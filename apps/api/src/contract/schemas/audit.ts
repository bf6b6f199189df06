import {
  arr,
  bool,
  instant,
  int,
  json,
  nullable,
  obj,
  oneOf,
  page,
  ref,
  str,
  type Schema,
} from '../schema-dsl';

/** The audit log's answers: chain verification, signed checkpoints, a case's history and export. */
const ChainHead = obj({ id: int(), entryHash: str() });
const ChainVerification = obj({
  ok: bool(),
  checked: int({ minimum: 0 }),
  firstBrokenEntry: nullable(int()),
  problem: nullable(str()),
  head: nullable(ref('ChainHead')),
  chains: arr(
    obj({ chain: str(), checked: int({ minimum: 0 }), headId: int({ minimum: 0 }), headHash: str() }),
  ),
});

const SignedCheckpoint = obj({
  format: oneOf(['safecase-audit-checkpoint/1']),
  issuedAt: instant(),
  chains: arr(obj({ chain: str(), headId: int({ minimum: 0 }), headHash: str() })),
  keyId: str(),
  signature: str({ description: 'Ed25519 over the canonical JSON of the other fields, base64' }),
});
const StoredCheckpoint = obj({
  id: int(),
  origin: str(),
  requestedBy: nullable(str()),
  checkpoint: ref('SignedCheckpoint'),
});

export const AUDIT_SCHEMAS: Record<string, Schema> = {
  ChainHead,
  ChainVerification,
  AuditVerificationJob: obj({
    id: str(),
    status: oneOf(['running', 'done', 'failed']),
    requestedBy: str(),
    startedAt: instant(),
    finishedAt: nullable(instant()),
    checked: int({ minimum: 0 }),
    total: nullable(int({ minimum: 0 })),
    result: nullable(ref('ChainVerification')),
    error: nullable(str()),
  }),
  SignedCheckpoint,
  StoredCheckpoint,
  CheckpointPage: page('StoredCheckpoint', 'checkpoints, newest first'),
  CheckpointKey: obj({
    algorithm: oneOf(['Ed25519']),
    keyId: str(),
    pem: str(),
    jwk: json('the public key as a JSON Web Key'),
  }),
  CheckpointVerification: obj({
    ok: bool(),
    chain: ref('ChainVerification'),
    checkpoint: obj({
      ok: bool(),
      signatureValid: bool(),
      keyId: str(),
      knownKey: bool(),
      issuedAt: str(),
      chains: arr(
        obj({
          chain: str(),
          headId: int(),
          headHash: str(),
          status: oneOf(['intact', 'truncated', 'rewritten', 'unknown_chain']),
          truncatedAfter: nullable(int()),
          missingFrom: nullable(int()),
          currentHeadId: nullable(int()),
          problem: nullable(str()),
        }),
      ),
    }),
  }),
  CaseHistory: obj({
    caseId: str(),
    entries: arr(
      obj(
        {
          id: int(),
          at: instant(),
          who: str(),
          role: nullable(str()),
          action: str(),
          outcome: str(),
          documentNumber: nullable(str()),
          reason: nullable(str()),
          requestId: nullable(str()),
          text: str(),
        },
        { open: true },
      ),
    ),
  }),
  CaseExport: obj(
    {
      caseId: str(),
      exportedAt: instant(),
      exportedBy: str(),
      hashAlgorithm: str(),
      chain: ref('ChainVerification'),
      entries: arr(json('an audit entry exactly as stored and hashed')),
    },
    { open: true },
  ),
};
