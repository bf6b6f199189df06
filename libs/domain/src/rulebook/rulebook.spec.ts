import { RULEBOOK_2026_V1 } from './rulebook';

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
