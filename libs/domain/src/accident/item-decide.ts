import { chinaDateOf } from '../calendar/china-time';
import { isIsoDate } from '../calendar/iso-date';
import { CaseRejection } from '../enforcement/case-rejection';
import type { CaseActor } from '../enforcement/case-types';
import { fourEyesViolation } from '../identity/four-eyes';
import { checkCommand } from '../procedure/definition';
import { ITEM_PROCEDURE } from './item.procedure';
import type { ItemCommand, ItemEvent, ItemState } from './item-types';

const reject = (code: CaseRejection['code'], message: string): never => {
  throw new CaseRejection(code, message);
};

/**
 * Officers record what the responsible unit reports; a supervisor or the head verifies, never the one
 * who recorded the completion (four-eyes), and a rejection says why.
 */
export function decideItem(s: ItemState, c: ItemCommand, actor: CaseActor, now: number): ItemEvent[] {
  if (actor.agencyId !== s.agencyId) reject('case.not_found', 'no such rectification item in your agency');
  // Closed, wrong stage, wrong role: once, from the definition (item.procedure.ts).
  const role = checkCommand(ITEM_PROCEDURE, s.stage, c.type, actor);
  const by = { userId: actor.userId, username: actor.username, role };
  switch (c.type) {
    case 'report_progress':
      if (!c.note.trim()) reject('case.invalid', 'describe the progress');
      return [{ type: 'progress_reported', at: now, by, note: c.note }];
    case 'report_completion': {
      if (c.evidence.length === 0) reject('case.invalid', 'completion is reported with evidence');
      for (const e of c.evidence)
        if (!/^[0-9a-f]{64}$/.test(e.sha256) || !e.name.trim())
          reject(
            'case.invalid',
            `evidence ${e.name || '?'} needs a name and a SHA-256 digest (64 lower-case hex)`,
          );
      return [{ type: 'completion_reported', at: now, by, note: c.note, evidence: c.evidence }];
    }
    case 'record_listing_publication': {
      const listed = s.rungs.find((r) => r.rung === 'listed');
      if (!listed) return reject('case.wrong_stage', 'the item is not under listed supervision');
      if (s.listingPublishedOn)
        reject('case.wrong_stage', `the listing was published on ${s.listingPublishedOn}`);
      if (!isIsoDate(c.publishedOn) || c.publishedOn < listed.on || c.publishedOn > chinaDateOf(now))
        reject('case.invalid', `publishedOn is a day from ${listed.on} to today`);
      return [{ type: 'listing_published', at: now, by, publishedOn: c.publishedOn }];
    }
    case 'verify_completion': {
      const why = fourEyesViolation(actor, { proposedBy: s.completion!.recordedBy, handlers: [] });
      if (why) reject('auth.four_eyes', `verification: ${why}`);
      if (!c.accepted && !c.reasons.trim()) reject('case.invalid', 'a rejection gives the unit its reasons');
      if (c.newDeadline !== undefined && (!isIsoDate(c.newDeadline) || c.newDeadline < chinaDateOf(now)))
        reject('case.invalid', 'a new deadline is a day from today on');
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
