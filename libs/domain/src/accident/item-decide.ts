import { chinaDateOf } from '../calendar/china-time';
import { isIsoDate } from '../calendar/iso-date';
import { refuse, reject } from '../enforcement/case-rejection';
import { term } from '../i18n';
import type { CaseActor } from '../enforcement/case-types';
import { fourEyesViolation } from '../identity/four-eyes';
import { actingRole } from '../procedure/definition';
import { deadlineDayProblem } from '../rulebook/input-bounds';
import { ITEM_PROCEDURE } from './item.procedure';
import type { ItemCommand, ItemEvent, ItemState } from './item-types';

/**
 * Officers record what the responsible unit reports; a supervisor or the head verifies, never the one
 * who recorded the completion (four-eyes), and a rejection says why.
 */
export function decideItem(s: ItemState, c: ItemCommand, actor: CaseActor, now: number): ItemEvent[] {
  if (actor.agencyId !== s.agencyId) reject('case.not_found', 'item.not_in_agency');
  // The capacity acted in: closed, stage and role were checked by the runtime (item.procedure.ts).
  const role = actingRole(ITEM_PROCEDURE, c.type, actor);
  const by = { userId: actor.userId, username: actor.username, role };
  switch (c.type) {
    case 'report_progress':
      if (!c.note.trim()) reject('case.invalid', 'item.describe_progress');
      return [{ type: 'progress_reported', at: now, by, note: c.note }];
    case 'report_completion': {
      if (c.evidence.length === 0) reject('case.invalid', 'item.completion_evidence');
      for (const e of c.evidence)
        if (!/^[0-9a-f]{64}$/.test(e.sha256) || !e.name.trim())
          reject('case.invalid', 'item.evidence_digest', { name: e.name || '?' });
      return [{ type: 'completion_reported', at: now, by, note: c.note, evidence: c.evidence }];
    }
    case 'record_listing_publication': {
      const listed = s.rungs.find((r) => r.rung === 'listed');
      if (!listed) return reject('case.wrong_stage', 'item.not_listed');
      if (s.listingPublishedOn)
        reject('case.wrong_stage', 'item.listing_published', { listingPublishedOn: s.listingPublishedOn });
      if (!isIsoDate(c.publishedOn) || c.publishedOn < listed.on || c.publishedOn > chinaDateOf(now))
        reject('case.invalid', 'item.listing_publish_day', { on: listed.on });
      return [{ type: 'listing_published', at: now, by, publishedOn: c.publishedOn }];
    }
    case 'verify_completion': {
      const why = fourEyesViolation(actor, { proposedBy: s.completion!.recordedBy, handlers: [] });
      if (why) reject('auth.four_eyes', 'item.verification_four_eyes', { why: term(why) });
      if (!c.accepted && !c.reasons.trim()) reject('case.invalid', 'item.rejection_reasons');
      if (c.newDeadline !== undefined && (!isIsoDate(c.newDeadline) || c.newDeadline < chinaDateOf(now)))
        reject('case.invalid', 'item.new_deadline');
      const tooFar =
        c.newDeadline === undefined
          ? null
          : deadlineDayProblem(s.rulebook, chinaDateOf(now), c.newDeadline, 'newDeadline');
      if (tooFar) refuse('case.invalid', tooFar);
      return [
        {
          type: 'completion_verified',
          at: now,
          by,
          accepted: c.accepted,
          reasons: c.reasons,
          newDeadline: c.accepted ? null : (c.newDeadline ?? null),
          documents: c.accepted ? [{ key: 'verification', type: 'item_verification' }] : [],
        },
      ];
    }
  }
}
