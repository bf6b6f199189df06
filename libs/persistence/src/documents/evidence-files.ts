import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AuditLog } from '../audit/audit-log';

/** Bytes per stored chunk: large enough for few rows, small enough to never hold much in memory. */
export const EVIDENCE_CHUNK_BYTES = 1024 * 1024;

export class EvidenceTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the file exceeds the limit of ${limit} bytes`);
    this.name = 'EvidenceTooLargeError';
  }
}

export class EvidenceDigestMismatchError extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`the file's SHA-256 is ${actual}, not the ${expected} the client sent`);
    this.name = 'EvidenceDigestMismatchError';
  }
}

export interface StoredEvidence {
  id: string;
  caseId: string;
  agencyId: string;
  sha256: string;
  size: number;
  mediaType: string;
  fileName: string;
  uploadedBy: string;
  uploadedAt: Date;
}

export interface EvidenceUpload {
  caseId: string;
  agencyId: string;
  fileName: string;
  mediaType: string;
  uploadedBy: { userId: string; username: string; role: string | null };
  /** The file's bytes as they arrive; read once, never held whole. */
  content: AsyncIterable<Buffer>;
  maxBytes: number;
  /** A digest the client sent: checked against the computed one, never trusted. */
  expectedSha256?: string;
}

interface FileRow {
  id: string;
  case_id: string;
  agency_id: string;
  sha256: string;
  size: string;
  media_type: string;
  file_name: string;
  uploaded_by: string;
  uploaded_at: Date;
}

const toStored = (r: FileRow): StoredEvidence => ({
  id: r.id,
  caseId: r.case_id,
  agencyId: r.agency_id,
  sha256: r.sha256,
  size: Number(r.size),
  mediaType: r.media_type,
  fileName: r.file_name,
  uploadedBy: r.uploaded_by,
  uploadedAt: r.uploaded_at,
});

/**
 * Evidence files stored content-addressed in PostgreSQL, in chunks. An upload is one transaction:
 * chunks are inserted as they arrive while the SHA-256 is computed, and only at the end does the blob
 * row (unique by digest) appear, with the file row and its audit entry. A stream that breaks off, a
 * file over the limit or a wrong client digest rolls it all back: nothing is left behind. The same
 * content uploaded twice is stored once (the second upload's chunks are dropped).
 */
export class EvidenceFiles {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async store(u: EvidenceUpload): Promise<StoredEvidence> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const blobId = randomUUID();
      const hash = createHash('sha256');
      let size = 0;
      let n = 0;
      // One block, refilled: it is copied into the query as it is sent, so it is free once the insert returns.
      const block = Buffer.allocUnsafe(EVIDENCE_CHUNK_BYTES);
      let filled = 0;
      const flush = async () => {
        if (filled === 0) return;
        await runner.query('INSERT INTO evidence_chunk (blob_id, n, data) VALUES ($1, $2, $3)', [
          blobId,
          n,
          filled === block.length ? block : block.subarray(0, filled),
        ]);
        n += 1;
        filled = 0;
      };
      for await (const piece of u.content) {
        size += piece.length;
        if (size > u.maxBytes) throw new EvidenceTooLargeError(u.maxBytes);
        hash.update(piece);
        for (let at = 0; at < piece.length;) {
          const copied = piece.copy(block, filled, at);
          filled += copied;
          at += copied;
          if (filled === block.length) await flush();
        }
      }
      await flush();
      const sha256 = hash.digest('hex');
      if (u.expectedSha256 !== undefined && u.expectedSha256.toLowerCase() !== sha256) {
        throw new EvidenceDigestMismatchError(u.expectedSha256.toLowerCase(), sha256);
      }
      const inserted: unknown[] = await runner.query(
        `INSERT INTO evidence_blob (id, sha256, size, chunks) VALUES ($1, $2, $3, $4)
         ON CONFLICT (sha256) DO NOTHING RETURNING id`,
        [blobId, sha256, size, n],
      );
      if (inserted.length === 0) {
        await runner.query('DELETE FROM evidence_chunk WHERE blob_id = $1', [blobId]);
      }
      const [row]: FileRow[] = await runner.query(
        `INSERT INTO evidence_file (id, case_id, agency_id, sha256, size, media_type, file_name, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
        [randomUUID(), u.caseId, u.agencyId, sha256, size, u.mediaType, u.fileName, u.uploadedBy.username],
      );
      const stored = toStored(row!);
      await this.audit.append(
        {
          actorId: u.uploadedBy.userId,
          actorUsername: u.uploadedBy.username,
          actorRole: u.uploadedBy.role,
          agencyId: u.agencyId,
          caseId: u.caseId,
          action: 'evidence.upload',
          outcome: 'accepted',
          payload: {
            evidenceId: stored.id,
            sha256,
            size,
            mediaType: u.mediaType,
            fileName: u.fileName,
          },
          dedupKey: `evidence:${stored.id}`,
        },
        runner.manager,
      );
      await runner.commitTransaction();
      return stored;
    } catch (error) {
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  async find(id: string): Promise<(StoredEvidence & { blobId: string; chunks: number }) | undefined> {
    const [row] = await this.db.query<(FileRow & { blob_id: string; chunks: number })[]>(
      `SELECT f.*, b.id AS blob_id, b.chunks FROM evidence_file f JOIN evidence_blob b ON b.sha256 = f.sha256
       WHERE f.id = $1`,
      [id],
    );
    return row && { ...toStored(row), blobId: row.blob_id, chunks: row.chunks };
  }

  /** Whether a case has a stored file with that digest (a finding's evidence may then refer to it). */
  async caseHasDigest(caseId: string, sha256: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      'SELECT 1 FROM evidence_file WHERE case_id = $1 AND sha256 = $2 LIMIT 1',
      [caseId, sha256],
    );
    return rows.length > 0;
  }

  /** The stored bytes, one chunk at a time (the caller writes each before the next is read). */
  async *content(blobId: string, chunks: number): AsyncGenerator<Buffer> {
    for (let n = 0; n < chunks; n++) {
      const [row] = await this.db.query<{ data: Buffer }[]>(
        'SELECT data FROM evidence_chunk WHERE blob_id = $1 AND n = $2',
        [blobId, n],
      );
      if (!row) throw new Error(`evidence blob ${blobId} lacks chunk ${n}`);
      yield row.data;
    }
  }
}
