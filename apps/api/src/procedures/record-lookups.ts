import { ProblemException } from '@safecase/common';
import { listOf, msg, type Actor, type CaseOfficer } from '@safecase/domain';
import { RulebookNotFoundError, sha256Hex, type RulebookStore } from '@safecase/persistence';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { uuidFromDigest } from '../cases/request-key';

/** What opening a record needs to know of the caller's agency: 422 when it is not registered. */
export async function agencyOf(
  db: DataSource,
  actor: Actor,
): Promise<{ regionCode: string; docPrefix: string }> {
  const [agency] = await db.query<{ doc_prefix: string; region_code: string }[]>(
    'SELECT doc_prefix, region_code FROM agency WHERE id = $1',
    [actor.agencyId],
  );
  if (!agency) throw new ProblemException('case.invalid', msg('api.agency_unregistered'));
  return { regionCode: agency.region_code, docPrefix: agency.doc_prefix };
}

/** A new record's id: from the request's Idempotency-Key when there is one, so a retry finds it. */
export function newRecordId(kind: string, requestKey?: string): string {
  return requestKey ? uuidFromDigest(sha256Hex(`${kind}:${requestKey}`)) : randomUUID();
}

/** The stored rulebook version in force on the day a record opens: the record keeps it to the end. */
export async function rulebookInForce(rulebooks: RulebookStore, today: string) {
  try {
    return await rulebooks.inForceOn(today);
  } catch (error) {
    if (error instanceof RulebookNotFoundError)
      throw new ProblemException('rulebook.not_found', error.message);
    throw error;
  }
}

/** Resolves usernames to the officers the workflow checks (agency, role, certificate): 422 when unknown. */
export async function officersOf(db: DataSource, usernames: string[]): Promise<CaseOfficer[]> {
  const rows = await db.query<
    {
      id: string;
      username: string;
      display_name: string;
      agency_id: string;
      roles: string[];
      certificate_no: string | null;
    }[]
  >(
    `SELECT id, username, display_name, agency_id, roles, certificate_no FROM app_user
     WHERE username = ANY($1) AND active`,
    [usernames],
  );
  const unknown = usernames.filter((u) => !rows.some((r) => r.username === u));
  if (unknown.length)
    throw new ProblemException('case.invalid', msg('api.unknown_officers', { usernames: listOf(unknown) }));
  return rows.map((r) => ({
    userId: r.id,
    username: r.username,
    displayName: r.display_name,
    agencyId: r.agency_id,
    roles: r.roles,
    certificateNo: r.certificate_no,
  }));
}
