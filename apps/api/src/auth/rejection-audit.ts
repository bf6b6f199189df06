import { Injectable, Logger } from '@nestjs/common';
import { requestIdFor, type ProblemException } from '@safecase/common';
import { AuditLog } from '@safecase/persistence';
import type { AuthenticatedRequest } from './current-actor';

/**
 * Writes the audit entry of a rejected command: who tried what, and why it was refused. A rejection
 * changes nothing else, so this entry is the only trace it leaves.
 */
@Injectable()
export class RejectionAudit {
  private readonly logger = new Logger(RejectionAudit.name);

  constructor(private readonly audit: AuditLog) {}

  async record(
    req: AuthenticatedRequest,
    action: string,
    problem: ProblemException,
    caseId?: string,
  ): Promise<void> {
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
        caseId,
        action,
        outcome: 'rejected',
        reason: `${problem.code}: ${problem.detail ?? problem.title}${fields}`,
        payload: { method: req.method, path: req.originalUrl, body: req.body ?? null },
      });
    } catch (error) {
      // The caller still gets the rejection; the log keeps the failure to record it.
      this.logger.error({ err: error }, 'could not audit a rejected command');
    }
  }
}
