import { RULEBOOK_2026_V1 } from './rulebook';
import { allowedUnits, rulebookProblems } from './validate-rulebook';

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

describe('a new department rule’s values can be entered (issue #13 item 10)', () => {
  const next = { ...RULEBOOK_2026_V1, version: '2027.1', effectiveFrom: '2027-01-01' };
  const withRule = (id: string, change: object) => ({
    ...next,
    rules: { ...next.rules, [id]: { ...next.rules[id]!, ...change } },
  });

  it('lets a configurable period change its unit among days, months and years', () => {
    expect(allowedUnits('statement_defence.period')).toEqual([
      'working_days',
      'calendar_days',
      'months',
      'years',
    ]);
    expect(
      rulebookProblems(withRule('statement_defence.period', { amount: 5, unit: 'calendar_days' })),
    ).toEqual([]);
    expect(rulebookProblems(withRule('reinspection.due', { amount: 7, unit: 'working_days' }))).toEqual([]);
    expect(rulebookProblems(withRule('decision.due', { amount: 3, unit: 'months' }))).toEqual([]);
  });

  it('keeps the unit of a confirmed rule, of an amount, and of what the procedure counts so', () => {
    expect(rulebookProblems(withRule('lawsuit.window', { unit: 'calendar_days' }))).toEqual([
      'rule lawsuit.window: unit must stay months (the statute fixes how it is counted)',
    ]);
    expect(rulebookProblems(withRule('hearing.large_fine.unit', { unit: 'calendar_days' }))).toHaveLength(1);
    expect(rulebookProblems(withRule('escalation.head', { unit: 'calendar_days' }))).toEqual([
      'rule escalation.head: unit must stay working_days (the procedure counts it so)',
    ]);
  });

  it('keeps who acts and which end counts, as the law says', () => {
    expect(rulebookProblems(withRule('payment.due', { endRule: 'last_day' }))).toEqual([
      'rule payment.due: endRule must stay rolls',
    ]);
    expect(rulebookProblems(withRule('seizure.term', { actor: 'party' }))).toEqual([
      'rule seizure.term: actor must stay agency',
    ]);
  });
});
