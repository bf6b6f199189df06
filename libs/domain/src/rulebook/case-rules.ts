import type { ClockRule } from './clock-rule';
import { confirmed, configurable } from './rule-helpers';

/**
 * The clocks of the enforcement case (docs/domain.md §3.4–3.5): re-inspection, compulsory measures
 * (行政强制法 第18–28条), the supply cut-off (安全生产法 第70条) and when coercion may not be carried out.
 */
export const CASE_RULES: Record<string, ClockRule> = {
  'reinspection.due': configurable({
    name: '复查 after the rectification deadline or the unit’s application',
    actor: 'agency',
    endRule: 'last_day',
    amount: 10,
    unit: 'calendar_days',
    startsOn: 'rectification deadline reached, or rectification report received',
    source: '安全生产法 第65条; 复查 period per department rule (应急管理部令第18号, text unavailable)',
  }),
  'emergency_measure.report': confirmed({
    name: 'emergency compulsory measure reported to the agency head',
    actor: 'agency',
    endRule: 'exact',
    amount: 24,
    unit: 'hours',
    startsOn: 'emergency measure taken',
    source: '行政强制法 第19条',
  }),
  'seizure.term': confirmed({
    name: '查封/扣押 term',
    actor: 'agency',
    endRule: 'cap',
    amount: 30,
    unit: 'calendar_days',
    startsOn: 'seizure decision served',
    pausedBy: ['testing, inspection, quarantine or appraisal'],
    source: '行政强制法 第25条',
  }),
  'seizure.extension': confirmed({
    name: '查封/扣押 extension (once, approved by the head)',
    actor: 'agency',
    endRule: 'cap',
    amount: 30,
    unit: 'calendar_days',
    startsOn: 'end of the seizure term',
    pausedBy: ['testing, inspection, quarantine or appraisal'],
    source: '行政强制法 第25条',
  }),
  'power_cutoff.notice': confirmed({
    name: 'written notice before cutting power or explosives supply',
    actor: 'party',
    endRule: 'exact',
    amount: 24,
    unit: 'hours',
    startsOn: 'notice served',
    source: '安全生产法 第70条',
  }),
  'coercion.night_start': configurable({
    name: 'night begins (no coercion carried out until it ends, unless urgent): hour of the day',
    amount: 22,
    unit: 'hour_of_day',
    startsOn: '00:00 China time of the day',
    source: '行政强制法 第43条 ("夜间"; hours per local practice)',
  }),
  'coercion.night_end': configurable({
    name: 'night ends: hour of the day from which coercion may be carried out',
    amount: 6,
    unit: 'hour_of_day',
    startsOn: '00:00 China time of the day',
    source: '行政强制法 第43条 ("夜间"; hours per local practice)',
  }),
};
