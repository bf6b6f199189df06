import { chinaDateOf } from '../calendar/china-time';
import { isIsoDate, type IsoDate } from '../calendar/iso-date';
import { refuse, reject } from '../enforcement/case-rejection';
import { term, type ActionPhrase } from '../i18n';
import type { CaseActor } from '../enforcement/case-types';
import { fourEyesViolation } from '../identity/four-eyes';
import { actingRole } from '../procedure/definition';
import { factDayProblem } from '../rulebook/input-bounds';
import { TRANSFER_PROCEDURE } from './transfer.procedure';
import type { TransferCommand, TransferEvent, TransferState } from './transfer-types';

/** Checks a transfer report before the procedure starts: two or more officers (第5条), facts, offence. */
export function transferReportProblem(
  team: { userId: string }[],
  facts: string,
  offence: string,
): string | null {
  if (new Set(team.map((m) => m.userId)).size < 2)
    return 'a transfer report is written by two or more officers';
  if (!facts.trim() || !offence.trim()) return 'state the facts and the suspected offence';
  return null;
}

/**
 * decideTransfer(state, command, actor, now) → events, or a CaseRejection. The head decides; the
 * reporting team records what the police and the procuratorate answered, each within its clock.
 */
export function decideTransfer(
  state: TransferState,
  c: TransferCommand,
  actor: CaseActor,
  now: number,
): TransferEvent[] {
  if (actor.agencyId !== state.agencyId) reject('case.not_found', 'transfer.not_in_agency');
  // The capacity acted in: closed, stage and role were checked by the runtime (transfer.procedure.ts).
  const role = actingRole(TRANSFER_PROCEDURE, c.type, actor);
  const today = chinaDateOf(now);
  const by = { userId: actor.userId, username: actor.username, role };
  // The team's steps: the role was checked from the definition, this is the person.
  const officer = (what: ActionPhrase) => {
    if (!TRANSFER_PROCEDURE.handles(state, actor.userId))
      reject('auth.forbidden', 'transfer.not_team', { action: term(what) });
  };
  const day = (value: string, field: string, notBefore: IsoDate | null) => {
    if (!isIsoDate(value)) reject('case.invalid', 'common.date_invalid', { field });
    if (value > today) reject('case.invalid', 'common.date_future', { field });
    const tooOld = factDayProblem(state.rulebook, today, value, field);
    if (tooOld) refuse('case.invalid', tooOld);
    if (notBefore && value < notBefore) reject('case.invalid', 'common.date_before', { field, notBefore });
  };
  switch (c.type) {
    case 'decide_transfer': {
      const why = fourEyesViolation(actor, { proposedBy: state.reportedBy, handlers: state.handlers });
      if (why) reject('auth.four_eyes', 'transfer.decision_four_eyes', { why: term(why) });
      if (!c.approve && !c.note.trim()) reject('case.invalid', 'transfer.refusal_reason');
      return [
        {
          type: 'transfer_decided',
          at: now,
          by,
          approved: c.approve,
          note: c.note,
          documents: c.approve ? [{ key: 'transfer_approval', type: 'transfer_approval' }] : [],
        },
      ];
    }
    case 'record_sending': {
      officer('recording sending');
      day(c.sentOn, 'sentOn', chinaDateOf(state.headDecision!.at));
      const p = c.package;
      // 第6条: the letter goes with the investigation report and the inventory of items (and any
      // test or appraisal conclusions), each a document of the file.
      if (!p?.investigationReport?.trim()) reject('case.invalid', 'transfer.package_report');
      if (!Array.isArray(p.items) || p.items.some((i) => !i.item.trim() || !i.quantity.trim()))
        reject('case.invalid', 'transfer.package_items');
      if (!Array.isArray(p.appraisals) || p.appraisals.some((a) => !a.title.trim() || !a.conclusion.trim()))
        reject('case.invalid', 'transfer.package_appraisals');
      // Optional, so that commands recorded before it decide as they did.
      const policeOrgan = c.policeOrgan?.trim();
      if (c.policeOrgan !== undefined && !policeOrgan) reject('case.invalid', 'transfer.police_organ');
      return [
        {
          type: 'transfer_sent',
          at: now,
          by,
          sentOn: c.sentOn,
          package: p,
          ...(policeOrgan ? { policeOrgan } : {}),
          documents: [
            { key: 'transfer_letter', type: 'transfer_letter' },
            { key: 'transfer_investigation_report', type: 'transfer_investigation_report' },
            { key: 'transfer_item_inventory', type: 'transfer_item_inventory' },
            ...p.appraisals.map((_, i) => ({
              key: `transfer_appraisal:${i + 1}`,
              type: 'transfer_appraisal' as const,
            })),
          ],
        },
      ];
    }
    case 'record_police_decision': {
      officer('recording the police decision');
      day(c.on, 'on', state.sentOn);
      return [{ type: 'police_decided', at: now, by, filed: c.filed, on: c.on, note: c.note }];
    }
    case 'request_reconsideration': {
      officer('requesting reconsideration');
      day(c.on, 'on', state.police!.on);
      return [
        {
          type: 'reconsideration_requested',
          at: now,
          by,
          on: c.on,
          documents: [{ key: 'transfer_reconsideration', type: 'transfer_reconsideration_request' }],
        },
      ];
    }
    case 'record_reconsideration_answer': {
      officer('recording the answer');
      day(c.on, 'on', state.reconsideration!.requestedOn);
      return [{ type: 'reconsideration_answered', at: now, by, filed: c.filed, on: c.on }];
    }
    case 'request_procuratorate_supervision': {
      if (state.procuratorate) reject('case.wrong_stage', 'transfer.supervision_requested');
      officer('requesting supervision');
      // 第9条: straight after the police's refusal, or after the reconsideration upheld it.
      day(c.on, 'on', state.reconsideration?.answer?.on ?? state.police!.on);
      return [
        {
          type: 'procuratorate_requested',
          at: now,
          by,
          on: c.on,
          documents: [{ key: 'procuratorate_supervision', type: 'procuratorate_supervision_request' }],
        },
      ];
    }
    case 'record_procuratorate_outcome': {
      officer('recording the supervision outcome');
      day(c.on, 'on', state.procuratorate!.requestedOn);
      return [
        { type: 'procuratorate_outcome', at: now, by, policeFiled: c.policeFiled, on: c.on, note: c.note },
      ];
    }
    case 'record_handover': {
      officer('recording the handover');
      day(c.on, 'on', state.policeFiledOn);
      if (!c.items.trim()) reject('case.invalid', 'transfer.handover_items');
      return [
        {
          type: 'handed_over',
          at: now,
          by,
          on: c.on,
          items: c.items,
          documents: [{ key: 'handover', type: 'handover_list' }],
        },
      ];
    }
    case 'close_transfer': {
      // The police did not file and the agency will not (or may no longer) pursue it: the case goes
      // back to administrative handling, with the refusal on file.
      if (!c.note.trim()) reject('case.invalid', 'transfer.close_reason');
      return [{ type: 'transfer_closed', at: now, by, note: c.note }];
    }
  }
}
