import { RULEBOOK_2026_V1, type Rulebook } from './rulebook';
import { rulebookProblems } from './validate-rulebook';
import { deadlineDayProblem, factDayProblem, factInstantProblem, inputBoundOf } from './input-bounds';
import { startOfChinaDay } from '../calendar/china-time';
import { renderMessage, type Message } from '../i18n/message';

/** A bound's refusal as an officer reads it (null when the value is within bounds). */
const zh = (m: Message | null) => (m ? renderMessage(m, 'zh') : null);

const TODAY = '2026-12-01';

describe('input bounds of the rulebook', () => {
  it('ships facts at most 10 years back and deadlines at most 1 year ahead, configurable, with a source', () => {
    expect(RULEBOOK_2026_V1.rules['input.fact_max_age']).toMatchObject({
      amount: 10,
      unit: 'years',
      status: 'configurable',
    });
    expect(RULEBOOK_2026_V1.rules['input.deadline_max_ahead']).toMatchObject({
      amount: 1,
      unit: 'years',
      status: 'configurable',
    });
    expect(RULEBOOK_2026_V1.rules['input.fact_max_age']?.source).toMatch(/practice/);
  });

  it('accepts a fact from today back to the bound, refusing the future and the day before the bound', () => {
    expect(zh(factDayProblem(RULEBOOK_2026_V1, TODAY, TODAY, 'paidOn'))).toBeNull();
    expect(zh(factDayProblem(RULEBOOK_2026_V1, TODAY, '2016-12-01', 'paidOn'))).toBeNull();
    expect(zh(factDayProblem(RULEBOOK_2026_V1, TODAY, '2016-11-30', 'paidOn'))).toMatch(
      /^paidOn 2016-11-30 早于 2016-12-01：超出 input\.fact_max_age（最多 10 年前）/,
    );
    expect(zh(factDayProblem(RULEBOOK_2026_V1, TODAY, '0001-01-01', 'paidOn'))).toMatch(
      /input\.fact_max_age/,
    );
    expect(zh(factDayProblem(RULEBOOK_2026_V1, TODAY, '2026-12-02', 'paidOn'))).toMatch(/^paidOn .*将来/);
  });

  it('checks instants on their China date, and refuses one in the future', () => {
    const now = startOfChinaDay(TODAY) + 10 * 3600_000;
    expect(zh(factInstantProblem(RULEBOOK_2026_V1, now, now - 3600_000, 'inspectedAt'))).toBeNull();
    expect(zh(factInstantProblem(RULEBOOK_2026_V1, now, now + 1000, 'inspectedAt'))).toMatch(/将来/);
    expect(zh(factInstantProblem(RULEBOOK_2026_V1, now, Date.UTC(1990, 0, 1), 'inspectedAt'))).toMatch(
      /input\.fact_max_age/,
    );
    expect(zh(factInstantProblem(RULEBOOK_2026_V1, now, Number.NaN, 'inspectedAt'))).toMatch(/有效/);
  });

  it('accepts a deadline up to one year ahead and refuses 9999-12-31, naming the bound', () => {
    expect(zh(deadlineDayProblem(RULEBOOK_2026_V1, TODAY, '2027-12-01', 'deadline'))).toBeNull();
    expect(zh(deadlineDayProblem(RULEBOOK_2026_V1, TODAY, '2027-12-02', 'deadline'))).toMatch(
      /^deadline 2027-12-02 晚于 2027-12-01：超出 input\.deadline_max_ahead（最多今天起 1 年）/,
    );
    expect(zh(deadlineDayProblem(RULEBOOK_2026_V1, TODAY, '9999-12-31', 'deadline'))).toMatch(
      /input\.deadline_max_ahead/,
    );
  });

  it('uses the bound of the pinned version, and the shipped default for a version stored without it', () => {
    const longer: Rulebook = {
      ...RULEBOOK_2026_V1,
      version: '2027.1',
      rules: {
        ...RULEBOOK_2026_V1.rules,
        'input.deadline_max_ahead': { ...RULEBOOK_2026_V1.rules['input.deadline_max_ahead']!, amount: 2 },
      },
    };
    expect(rulebookProblems(longer)).toEqual([]);
    expect(zh(deadlineDayProblem(longer, TODAY, '2028-06-01', 'deadline'))).toBeNull();
    const { 'input.fact_max_age': _dropped, ...older } = RULEBOOK_2026_V1.rules;
    const stored: Rulebook = { ...RULEBOOK_2026_V1, version: '2026.9', rules: older };
    expect(inputBoundOf(stored, 'input.fact_max_age').amount).toBe(10);
    expect(rulebookProblems(stored)).toContain('rule input.fact_max_age is missing');
  });
});
