import { onDay, specActor } from '../../spec-support';
import { ARRANGEMENT_2026 } from '../../calendar/fixtures';
import { WorkCalendar } from '../../calendar/work-calendar';
import type { CaseActor } from '../../enforcement/case-types';
import { RULEBOOK_2026_V1 } from '../../rulebook/rulebook';
import { decideChecked } from '../../procedure/checked';
import { decideAccident as accidentRules } from '../accident-decide';
import { ACCIDENT_PROCEDURE } from '../accident.procedure';
import { applyAccidentEvent, applyAccidentEvents } from '../accident-reducer';
import { classify } from '../accident-rules';
import type { AccidentCommand, AccidentOpening, AccidentState } from '../accident-types';
import { decideItem as itemRules } from '../item-decide';
import { ITEM_PROCEDURE } from '../item.procedure';
import { applyItemEvent, applyItemEvents } from '../item-reducer';
import type { ItemCommand, ItemState } from '../item-types';

/** The rules as the workflow runs them: behind the definition's stage and role gate (`decideChecked`). */
export const decideAccident = decideChecked(ACCIDENT_PROCEDURE, accidentRules);
export const decideItem = decideChecked(ITEM_PROCEDURE, itemRules);

/** 2026 as published and a stand-in 2027 (weekends and 1 Jan) for clocks that cross New Year. */
export const calendar = new WorkCalendar([
  ARRANGEMENT_2026,
  { year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [] },
]);
export const at = onDay;
const actor = specActor;
export const OFFICER = actor('o1', ['officer']);
export const SUPERVISOR = actor('sup', ['supervisor']);
export const HEAD = actor('head', ['supervisor', 'head']);

export function reported(overrides: Partial<AccidentOpening> = {}): AccidentState {
  const opening: AccidentOpening = {
    accidentId: 'acc-1',
    agencyId: 'a',
    regionCode: '360111',
    docPrefix: '青应急',
    occurredAt: at('2026-06-01', 8),
    reportedAt: at('2026-06-01', 9),
    unit: { name: '某建筑公司', creditCode: '91110108551385082Q' },
    location: '360111',
    industry: 'construction',
    category: 'other',
    summary: '脚手架坍塌',
    deaths: 1,
    seriousInjuries: 0,
    directLossYuan: 500_000,
    rulebook: RULEBOOK_2026_V1,
    ...overrides,
  };
  return applyAccidentEvent(undefined, {
    type: 'accident_reported',
    at: opening.reportedAt,
    by: { userId: 'o1', username: 'o1', role: 'officer' },
    ...opening,
    ...classify(opening),
  });
}

export const act = (s: AccidentState, c: AccidentCommand, who: CaseActor, when: number) =>
  applyAccidentEvents(s, decideAccident(s, c, who, when));

export function refusal(s: AccidentState, c: AccidentCommand, who: CaseActor, when: number): string {
  try {
    decideAccident(s, c, who, when);
  } catch (error) {
    return `${(error as { code: string }).code}: ${(error as Error).message}`;
  }
  throw new Error('accepted');
}

export function item(deadline = '2026-09-15'): ItemState {
  return applyItemEvent(undefined, {
    type: 'item_opened',
    at: at('2026-08-03'),
    by: { userId: 'o1', username: 'o1', role: 'officer' },
    itemId: 'I1',
    accidentId: 'acc-1',
    agencyId: 'a',
    regionCode: '360111',
    docPrefix: '青应急',
    measure: '完善脚手架验收制度',
    responsibleUnit: '某建筑公司',
    creditCode: '91110108551385082Q',
    deadline,
    rulebook: RULEBOOK_2026_V1,
  });
}

export const actItem = (s: ItemState, c: ItemCommand, who: CaseActor, when: number) =>
  applyItemEvents(s, decideItem(s, c, who, when));
