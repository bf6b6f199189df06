import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { requestIdFor, type ProblemException } from '@safecase/common';
import { canSeeRecordOf, type Actor } from '@safecase/domain';
import { AuditLog } from '@safecase/persistence';
import { DataSource } from 'typeorm';
import { auditableBody, auditableText } from './auditable';
import type { AuthenticatedRequest } from './current-actor';

/** Routes that name a record, and which record table holds it. */
const RECORD_ROUTES: { route: RegExp; param: string; kind: string }[] = [
  { route: /^\/cases\/:caseId(\/|$)/, param: 'caseId', kind: 'case' },
  { route: /^\/penalties\/:id(\/|$)/, param: 'id', kind: 'penalty' },
  { route: /^\/transfers\/:id(\/|$)/, param: 'id', kind: 'transfer' },
  { route: /^\/accidents\/:id(\/|$)/, param: 'id', kind: 'accident' },
  { route: /^\/rectification-items\/:id(\/|$)/, param: 'id', kind: 'rectification_item' },
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Owner {
  agency_id: string;
  region_code: string;
  audit_case_id: string;
}

/**
 * Writes the audit entry of a rejected command: who tried what, and why it was refused. A rejection
 * changes nothing else, so this entry is the only trace it leaves; it hangs on the case its route
 * names, so the case's history shows the refusals beside the acceptances.
 */
@Injectable()
export class RejectionAudit {
  private readonly logger = new Logger(RejectionAudit.name);

  constructor(
    private readonly audit: AuditLog,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async record(req: AuthenticatedRequest, action: string, problem: ProblemException): Promise<void> {
    const actor = req.actor;
    const fields = problem.errors?.length
      ? ` [${problem.errors.map((e) => `${e.field}: ${e.messages.join('; ')}`).join(' | ')}]`
      : '';
    try {
      await this.audit.append({
        actorId: actor?.userId,
        actorUsername: actor?.username,
        actorRole: actor?.roles.join(','),
        agencyId: actor?.agencyId,
        requestId: requestIdFor(req),
        caseId: await this.caseOf(req),
        action,
        outcome: 'rejected',
        reason: auditableText(`${problem.code}: ${problem.detail ?? problem.title}${fields}`),
        payload: {
          method: req.method,
          path: auditableText(req.originalUrl, 2_000),
          body: auditableBody(req.body),
        },
      });
    } catch (error) {
      // The caller still gets the rejection; the log keeps the failure to record it.
      this.logger.error({ err: error }, 'could not audit a rejected command');
    }
  }

  /**
   * The case whose audit trail the refusal belongs to, chosen as accepted entries choose theirs: a
   * sub-procedure's entries hang on its enforcement case, else on the accident above it, else on
   * itself. A record that does not exist or lies outside the caller's jurisdiction gives none, so
   * the refusal reveals nothing about it.
   */
  private async caseOf(req: AuthenticatedRequest): Promise<string | undefined> {
    const path = req.route?.path;
    const actor = req.actor;
    const match = typeof path === 'string' ? RECORD_ROUTES.find((r) => r.route.test(path)) : undefined;
    const id = match ? (req.params as Record<string, string | undefined>)[match.param] : undefined;
    if (!match || !actor || !id || !UUID.test(id)) return undefined;
    try {
      const [owner] = await this.db.query<Owner[]>(
        match.kind === 'case'
          ? 'SELECT agency_id, region_code, id::text AS audit_case_id FROM enforcement_case WHERE id = $1'
          : `SELECT agency_id, region_code, coalesce(case_id, parent_id, id)::text AS audit_case_id
             FROM procedure WHERE id = $1 AND kind = $2`,
        match.kind === 'case' ? [id] : [id, match.kind],
      );
      return owner && visible(actor, owner) ? owner.audit_case_id : undefined;
    } catch (error) {
      this.logger.warn({ err: error }, 'could not find the case of a rejected command');
      return undefined;
    }
  }
}

const visible = (actor: Actor, owner: Owner) =>
  canSeeRecordOf(actor, { agencyId: owner.agency_id, regionCode: owner.region_code });
