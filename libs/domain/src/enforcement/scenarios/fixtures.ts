import { startOfChinaDay } from '../../calendar/china-time';
import { ARRANGEMENT_2026 } from '../../calendar/fixtures';
import { addDays, type IsoDate } from '../../calendar/iso-date';
import { WorkCalendar } from '../../calendar/work-calendar';
import { RULEBOOK_2026_V1 } from '../../rulebook/rulebook';
import type { CaseCommand } from '../case-commands';
import { decideChecked } from '../../procedure/checked';
import { decide as decideRules } from '../case-decide';
import { applyCaseEvent, applyCaseEvents } from '../case-reducer';
import type { CaseActor, CaseOfficer, CaseState } from '../case-types';

import { ENFORCEMENT_PROCEDURE } from '../enforcement.procedure';

/** The rules as the workflow runs them: behind the definition's stage and role gate (`decideChecked`). */
export const decide = decideChecked(ENFORCEMENT_PROCEDURE, decideRules);

/** Shared cast and helpers of the scenario specs: a Nanchang case, its officers and their superiors. */
export const AGENCY = 'agency-nanchang';
export const calendar2026 = new WorkCalendar([ARRANGEMENT_2026]);

const officer = (n: number): CaseOfficer => ({
  userId: `officer-${n}`,
  username: `nc.officer${n}`,
  displayName: `Officer ${n}`,
  agencyId: AGENCY,
  roles: ['officer'],
  certificateNo: `3601002000${n}`,
});
export const OFFICER_1 = officer(1);
export const OFFICER_2 = officer(2);
export const OFFICER_3 = officer(3);
export const SUPERVISOR: CaseActor = {
  userId: 'supervisor',
  username: 'nc.supervisor',
  displayName: 'Supervisor',
  roles: ['supervisor'],
  agencyId: AGENCY,
};
export const HEAD: CaseActor = {
  userId: 'head',
  username: 'nc.head',
  displayName: 'Head',
  roles: ['supervisor', 'head'],
  agencyId: AGENCY,
};

/** 09:00 China time on a day, or another hour. */
export const at = (date: IsoDate, hour = 9): number => startOfChinaDay(date) + hour * 3600_000;
export const iso = (instant: number | null): string | null =>
  instant === null ? null : new Date(instant).toISOString();

export function openedCase(on: IsoDate): CaseState {
  return applyCaseEvent(undefined, {
    type: 'case_opened',
    at: at(on),
    by: { userId: OFFICER_1.userId, username: OFFICER_1.username, role: 'officer' },
    caseId: 'case-1',
    agencyId: AGENCY,
    regionCode: '360100',
    docPrefix: '洪应急',
    origin: 'plan',
    enterprise: { name: '某化工有限公司', creditCode: '91110108551385082Q', address: '南昌市' },
    summary: 'annual plan inspection',
    rulebook: RULEBOOK_2026_V1,
  });
}

/** Decide and apply: the path an accepted update takes in the workflow. */
export function act(state: CaseState, command: CaseCommand, actor: CaseActor, now: number): CaseState {
  return applyCaseEvents(state, decide(state, command, actor, now));
}

export const DIGEST = 'a'.repeat(64);

export function inspectionWith(severities: ('ordinary' | 'major')[], when: number): CaseCommand {
  return {
    type: 'record_inspection',
    officers: [OFFICER_1, OFFICER_2],
    inspectedAt: when,
    place: '生产车间',
    findings: severities.map((severity, i) => ({
      description: `hidden danger ${i + 1}`,
      severity,
      legalBasis: '安全生产法 第41条',
      evidence: [{ kind: 'photo', name: `p${i + 1}.jpg`, sha256: DIGEST }],
    })),
    unitRefusedToSign: false,
    refusalNote: null,
  };
}

/** A case inspected on `on` with the given findings and ordered to rectify by `deadline`. */
export function rectifyingCase(
  on: IsoDate,
  deadline: IsoDate,
  severities: ('ordinary' | 'major')[] = ['ordinary'],
) {
  let s = openedCase(on);
  s = act(s, inspectionWith(severities, at(on, 10)), OFFICER_1, at(on, 11));
  s = act(
    s,
    { type: 'issue_order', deadline, instructions: 'rectify', correctedOnSite: [] },
    OFFICER_1,
    at(on, 12),
  );
  return s;
}

/**
 * A case with a major hidden danger whose suspension (M1) is in force and refused by the unit: the
 * precondition of a supply cut-off (安全生产法 第70条). Inspected on `on`, everything done that day.
 */
export function refusedSuspension(on: IsoDate): CaseState {
  let s = rectifyingCase(on, addDays(on, 14), ['major']);
  s = act(
    s,
    {
      type: 'propose_measure',
      kind: 'suspend_production',
      dangerIds: ['D1'],
      reason: 'cannot be made safe',
      residentialSupply: false,
    },
    OFFICER_1,
    at(on, 13),
  );
  s = act(
    s,
    { type: 'decide_measure', measureId: 'M1', approve: true, note: 'approved' },
    SUPERVISOR,
    at(on, 14),
  );
  return act(
    s,
    { type: 'record_unit_refusal', measureId: 'M1', note: 'kept working' },
    OFFICER_1,
    at(on, 15),
  );
}

/** A cut-off (M2) proposed on a refused suspension, and approved by the principal head at `approvedAt`. */
export function approvedCutoff(on: IsoDate, approvedAt: number, urgencyReason?: string): CaseState {
  let s = act(
    refusedSuspension(on),
    {
      type: 'propose_measure',
      kind: 'power_cutoff',
      dangerIds: ['D1'],
      reason: 'defies the suspension',
      residentialSupply: false,
      ...(urgencyReason ? { urgent: true, urgencyReason } : {}),
    },
    OFFICER_1,
    at(on, 16),
  );
  s = act(s, { type: 'decide_measure', measureId: 'M2', approve: true, note: 'approved' }, HEAD, approvedAt);
  return s;
}

/**
 * 行政强制法 第18条: the officers' on-site record of measure `measureId`, made at `recordedAt` (the party
 * signed, was told the reasons, basis and rights, and was heard), entered one minute later.
 */
export function onSiteRecorded(state: CaseState, measureId: string, recordedAt: number): CaseState {
  return act(
    state,
    {
      type: 'record_measure_procedure',
      measureId,
      onSiteRecordAt: recordedAt,
      partySigned: true,
      refusalNote: null,
      informed: true,
      statement: '无异议',
      statementWaived: false,
    },
    OFFICER_1,
    recordedAt + 60_000,
  );
}
