import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { regionPrefix, type Actor } from '@safecase/domain';
import { DataSource } from 'typeorm';
import { MAX_NAMED } from './directory.dto';

/** Whom a directory answer may hold when no one is named: an agency's people, or a region's. */
const MAX_LISTED = 500;

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  roles: string[];
  agency_id: string;
  agency_name: string;
  active: boolean;
}

/**
 * The people an actor may read about by name: the same jurisdiction as the records they see
 * (canSeeRecordOf), so the names on a record are resolvable and nobody else's are. Officers,
 * supervisors and reviewers see their own agency's people; auditors those of their region and below.
 */
@Injectable()
export class DirectoryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async users(actor: Actor, filter: { ids?: string[]; usernames?: string[] }) {
    const ids = filter.ids ?? [];
    const usernames = filter.usernames ?? [];
    const named = filter.ids !== undefined || filter.usernames !== undefined;
    const region = actor.roles.includes('auditor') ? `${regionPrefix(actor.regionCode)}%` : null;
    const rows = await this.db.query<UserRow[]>(
      `SELECT u.id, u.username, u.display_name, u.roles, u.agency_id, a.name AS agency_name, u.active
       FROM app_user u JOIN agency a ON a.id = u.agency_id
       WHERE (u.agency_id = $1 OR ($2::text IS NOT NULL AND a.region_code LIKE $2))
         AND ($3::boolean IS FALSE OR u.id = ANY($4::uuid[]) OR u.username = ANY($5::text[]))
       ORDER BY u.username
       LIMIT $6`,
      [actor.agencyId, region, named, ids, usernames, named ? MAX_NAMED * 2 : MAX_LISTED],
    );
    return {
      items: rows.map((u) => ({
        id: u.id,
        username: u.username,
        displayName: u.display_name,
        roles: u.roles,
        agencyId: u.agency_id,
        agencyName: u.agency_name,
        active: u.active,
      })),
    };
  }
}
