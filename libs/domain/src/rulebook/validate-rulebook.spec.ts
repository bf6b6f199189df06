import { RULEBOOK_2026_V1 } from './rulebook';
import { rulebookProblems } from './validate-rulebook';

describe('rulebook validation before publishing', () => {
  const next = { ...RULEBOOK_2026_V1, version: '2027.1', effectiveFrom: '2027-01-01' };

  it('accepts the shipped rulebook and a copy with a changed configurable value', () => {
    expect(rulebookProblems(RULEBOOK_2026_V1)).toEqual([]);
    const rules = { ...next.rules, 'reinspection.due': { ...next.rules['reinspection.due']!, amount: 7 } };
    expect(rulebookProblems({ ...next, rules })).toEqual([]);
  });

  it('refuses a dropped clock, a zero amount, a changed unit, a missing source, a bad version or date', () => {
    const rest = Object.fromEntries(Object.entries(next.rules).filter(([id]) => id !== 'reminder.lead'));
    const rules = {
      ...rest,
      'seizure.term': { ...rest['seizure.term']!, amount: 0 },
      'payment.due': { ...rest['payment.due']!, unit: 'working_days' as const },
      'hearing.request': { ...rest['hearing.request']!, source: ' ' },
    };
    const problems = rulebookProblems({ version: 'a b', effectiveFrom: '2027-02-30', rules });
    expect(problems.sort()).toEqual(
      [
        'version must be a plain name like 2027.1',
        'effectiveFrom must be a calendar date YYYY-MM-DD',
        'rule reminder.lead is missing',
        'rule seizure.term: amount must be a positive whole number',
        'rule payment.due: unit must stay calendar_days (the statute fixes how it is counted)',
        'rule hearing.request: source (law and article) is required',
      ].sort(),
    );
  });
});
