import { isIsoDate } from '../calendar/iso-date';
import { RULEBOOK_2026_V1, type ClockActor, type ClockUnit, type EndRule, type Rulebook } from './rulebook';

const UNITS: readonly ClockUnit[] = [
  'working_days',
  'calendar_days',
  'hours',
  'months',
  'years',
  'yuan',
  'percent',
  'hour_of_day',
];
const ACTORS: readonly ClockActor[] = ['agency', 'party'];
const END_RULES: readonly EndRule[] = ['rolls', 'last_day', 'cap', 'exact'];

/** Units a configurable period may take: the department rule may count it otherwise (§2.1). */
const DAY_UNITS: readonly ClockUnit[] = ['working_days', 'calendar_days', 'months', 'years'];

/**
 * Configurable rules the code counts in their shipped unit (the ladder's and the reminder's working
 * days, an extension added as calendar days, plausibility bounds in years): their unit stays.
 */
const COUNTED_IN_SHIPPED_UNIT = new Set([
  'reminder.lead',
  'reminder.lead_hours',
  'escalation.supervisor',
  'escalation.head',
  'decision.extension',
  'rectification.notice_after',
  'rectification.summons_after',
  'rectification.listed_after',
  'rectification.accountability_after',
  'input.fact_max_age',
  'input.deadline_max_ahead',
]);

/**
 * The units a rule may take in a new version: a confirmed rule keeps the statute's unit; a configurable
 * period may be counted in any unit of days, months or years, since the department rule may say so.
 */
export function allowedUnits(id: string): readonly ClockUnit[] {
  const shipped = RULEBOOK_2026_V1.rules[id];
  if (!shipped) return UNITS;
  const free =
    shipped.status === 'configurable' && DAY_UNITS.includes(shipped.unit) && !COUNTED_IN_SHIPPED_UNIT.has(id);
  return free ? DAY_UNITS : [shipped.unit];
}

/**
 * What is wrong with a rulebook an admin wants to publish (empty when nothing). A new version may
 * change values and sources, but never drop a clock the system relies on.
 */
export function rulebookProblems(r: Rulebook): string[] {
  const problems: string[] = [];
  if (!/^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$/.test(r.version))
    problems.push('version must be a plain name like 2027.1');
  if (!isIsoDate(r.effectiveFrom)) problems.push('effectiveFrom must be a calendar date YYYY-MM-DD');
  for (const id of Object.keys(RULEBOOK_2026_V1.rules)) {
    if (!(id in r.rules)) problems.push(`rule ${id} is missing`);
  }
  for (const [id, rule] of Object.entries(r.rules)) {
    if (!(id in RULEBOOK_2026_V1.rules)) problems.push(`rule ${id} is unknown`);
    // A share may be 0 (a missing person not counted) and never exceeds the whole.
    if (rule.unit === 'percent') {
      if (!Number.isInteger(rule.amount) || rule.amount < 0 || rule.amount > 100)
        problems.push(`rule ${id}: amount must be a whole percentage from 0 to 100`);
    } else if (rule.unit === 'hour_of_day') {
      if (!Number.isInteger(rule.amount) || rule.amount < 0 || rule.amount > 23)
        problems.push(`rule ${id}: amount must be an hour of the day from 0 to 23`);
    } else if (!Number.isInteger(rule.amount) || rule.amount < 1)
      problems.push(`rule ${id}: amount must be a positive whole number`);
    if (!UNITS.includes(rule.unit)) problems.push(`rule ${id}: unit must be one of ${UNITS.join(', ')}`);
    const shipped = RULEBOOK_2026_V1.rules[id];
    const allowed = allowedUnits(id);
    if (shipped && UNITS.includes(rule.unit) && !allowed.includes(rule.unit))
      problems.push(
        allowed.length === 1
          ? `rule ${id}: unit must stay ${shipped.unit} (${shipped.status === 'confirmed' ? 'the statute fixes how it is counted' : 'the procedure counts it so'})`
          : `rule ${id}: unit must be one of ${allowed.join(', ')}`,
      );
    // Who acts and which end counts follow from the law (docs/domain.md §2.4), not from a version.
    if (rule.actor !== undefined && !ACTORS.includes(rule.actor))
      problems.push(`rule ${id}: actor must be agency or party`);
    if (rule.endRule !== undefined && !END_RULES.includes(rule.endRule))
      problems.push(`rule ${id}: endRule must be one of ${END_RULES.join(', ')}`);
    if (shipped?.actor && rule.actor !== undefined && rule.actor !== shipped.actor)
      problems.push(`rule ${id}: actor must stay ${shipped.actor}`);
    if (shipped?.endRule && rule.endRule !== undefined && rule.endRule !== shipped.endRule)
      problems.push(`rule ${id}: endRule must stay ${shipped.endRule}`);
    if (!rule.source?.trim()) problems.push(`rule ${id}: source (law and article) is required`);
    if (!rule.name?.trim()) problems.push(`rule ${id}: name is required`);
    if (rule.status !== 'confirmed' && rule.status !== 'configurable')
      problems.push(`rule ${id}: status must be confirmed or configurable`);
  }
  return problems;
}
