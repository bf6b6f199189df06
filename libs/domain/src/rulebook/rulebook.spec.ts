import { isClockRule, ruleOf, RULEBOOK_2026_V1 } from './rulebook';

const rules = RULEBOOK_2026_V1.rules;

describe('rulebook 2026.1', () => {
  it('gives every clock a positive amount, a start event and a legal source', () => {
    for (const [id, rule] of Object.entries(rules)) {
      expect({ id, ok: Number.isInteger(rule.amount) && rule.amount > 0 }).toEqual({ id, ok: true });
      expect({ id, startsOn: rule.startsOn.trim().length > 0 }).toEqual({ id, startsOn: true });
      expect(rule.source).toMatch(/法|令|规定|〔|practice|rule/);
    }
  });

  it('counts in working days exactly where the statute says so (docs/domain.md §2)', () => {
    expect(rules['hearing.request']).toMatchObject({ amount: 5, unit: 'working_days', status: 'confirmed' });
    expect(rules['hearing.notice']).toMatchObject({ amount: 7, unit: 'working_days' });
    expect(rules['decision.service']).toMatchObject({ amount: 7, unit: 'working_days' });
    expect(rules['publication.due']).toMatchObject({ amount: 7, unit: 'working_days' });
    expect(rules['publication.withdrawal']).toMatchObject({ amount: 3, unit: 'working_days' });
    expect(rules['court_enforcement.earliest']).toMatchObject({ amount: 10, unit: 'working_days' });
    expect(rules['decision.due']).toMatchObject({ amount: 90, unit: 'calendar_days' });
    expect(rules['payment.due']).toMatchObject({ amount: 15, unit: 'calendar_days' });
    expect(rules['reconsideration.window']).toMatchObject({ amount: 60, unit: 'calendar_days' });
    expect(rules['lawsuit.window']).toMatchObject({ amount: 6, unit: 'months' });
  });

  it('marks the values awaiting the department rule as configurable, with the shipped defaults (docs/domain.md §6)', () => {
    expect(rules['reinspection.due']).toMatchObject({
      amount: 10,
      unit: 'calendar_days',
      status: 'configurable',
    });
    expect(rules['statement_defence.period']).toMatchObject({ amount: 3, status: 'configurable' });
    expect(rules['credit.listing']).toMatchObject({ amount: 3, unit: 'years', status: 'configurable' });
  });

  it('models pausable clocks with what pauses them', () => {
    expect(rules['seizure.term']?.pausedBy).toEqual(['testing, inspection, quarantine or appraisal']);
    expect(rules['demand.after_surcharge']?.pausedBy).toContain('administrative reconsideration pending');
  });
});

describe('which end counts (docs/domain.md §2.4)', () => {
  const clocks = Object.entries(rules).filter(([, r]) => isClockRule(r));

  it('gives every clock its actor and end rule; amounts have neither', () => {
    for (const [id, r] of clocks)
      expect({ id, actor: !!r.actor, endRule: !!r.endRule }).toEqual({ id, actor: true, endRule: true });
    for (const [id, r] of Object.entries(rules).filter(([, x]) => !isClockRule(x)))
      expect({ id, actor: r.actor, endRule: r.endRule }).toEqual({
        id,
        actor: undefined,
        endRule: undefined,
      });
  });

  it('rolls the party-side periods, not the agency-side limits, and caps coercion', () => {
    for (const id of [
      'statement_defence.period',
      'hearing.request',
      'payment.due',
      'reconsideration.window',
      'lawsuit.window',
    ])
      expect({ id, ...rules[id] }).toMatchObject({ id, actor: 'party', endRule: 'rolls' });
    for (const id of [
      'decision.due',
      'accident.report',
      'transfer.head_decision',
      'reinspection.due',
      'court_enforcement.latest',
    ])
      expect({ id, ...rules[id] }).toMatchObject({ id, actor: 'agency', endRule: 'last_day' });
    for (const id of ['seizure.term', 'seizure.extension'])
      expect(rules[id]).toMatchObject({ endRule: 'cap' });
    for (const [id, r] of clocks.filter(([, x]) => x.unit === 'hours'))
      expect({ id, endRule: r.endRule }).toEqual({ id, endRule: 'exact' });
  });
});

describe('rulebook integrity (issue #13 item 10)', () => {
  it('does not mark the decision clock confirmed while its pauses are the department rule’s', () => {
    expect(rules['decision.due']).toMatchObject({ amount: 90, status: 'configurable' });
    expect(rules['decision.due']?.pausedBy).toEqual(['hearing', 'appraisal (鉴定)']);
  });

  it('cites 310号令 第12条 for the handover, counted from receipt of the police’s filing notice', () => {
    expect(rules['transfer.handover']?.source).toMatch(/第12条/);
    expect(rules['transfer.handover']?.source).not.toMatch(/第10条/);
    expect(rules['transfer.handover']?.startsOn).toMatch(/filing notice/);
  });
});

describe('a stored version from before clocks carried their end rule', () => {
  it('takes the actor and end rule from the shipped rule of the same id', () => {
    const { actor: _a, endRule: _e, ...bare } = rules['lawsuit.window']!;
    const old = { version: '2025.9', effectiveFrom: '2025-09-01', rules: { 'lawsuit.window': bare } };
    expect(ruleOf(old, 'lawsuit.window')).toMatchObject({ actor: 'party', endRule: 'rolls', amount: 6 });
  });
});
