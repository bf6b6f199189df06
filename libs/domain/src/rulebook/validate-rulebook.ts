import { isIsoDate } from '../calendar/iso-date';
import { RULEBOOK_2026_V1, type ClockUnit, type Rulebook } from './rulebook';

const UNITS: readonly ClockUnit[] = [
  'working_days',
  'calendar_days',
  'hours',
  'months',
  'years',
  'yuan',
  'percent',
];

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
    } else if (!Number.isInteger(rule.amount) || rule.amount < 1)
      problems.push(`rule ${id}: amount must be a positive whole number`);
    if (!UNITS.includes(rule.unit)) problems.push(`rule ${id}: unit must be one of ${UNITS.join(', ')}`);
    const expected = RULEBOOK_2026_V1.rules[id]?.unit;
    if (expected && rule.unit !== expected)
      problems.push(`rule ${id}: unit must stay ${expected} (the statute fixes how it is counted)`);
    if (!rule.source?.trim()) problems.push(`rule ${id}: source (law and article) is required`);
    if (!rule.name?.trim()) problems.push(`rule ${id}: name is required`);
    if (rule.status !== 'confirmed' && rule.status !== 'configurable')
      problems.push(`rule ${id}: status must be confirmed or configurable`);
  }
  return problems;
}
