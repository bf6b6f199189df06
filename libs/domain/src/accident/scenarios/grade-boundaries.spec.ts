import { gradeAccident, investigatingLevel } from '../accident-grade';
import { isLateReport } from '../accident-rules';
import { RULEBOOK_2026_V1 } from '../../rulebook/rulebook';

const g = (deaths: number, seriousInjuries = 0, directLossYuan = 0) =>
  gradeAccident({ deaths, seriousInjuries, directLossYuan });

describe('accident grades at their exact boundaries (国务院令第493号 第3条: 以上 includes, 以下 excludes)', () => {
  it('deaths: 2 general, 3 larger, 9 larger, 10 major, 29 major, 30 especially major', () => {
    expect([g(2), g(3), g(9), g(10), g(29), g(30)]).toEqual([
      'GENERAL',
      'LARGER',
      'LARGER',
      'MAJOR',
      'MAJOR',
      'ESPECIALLY_MAJOR',
    ]);
  });
  it('serious injuries: 9 / 10, 49 / 50, 99 / 100', () => {
    expect([g(0, 9), g(0, 10), g(0, 49), g(0, 50), g(0, 99), g(0, 100)]).toEqual([
      'GENERAL',
      'LARGER',
      'LARGER',
      'MAJOR',
      'MAJOR',
      'ESPECIALLY_MAJOR',
    ]);
  });
  it('direct loss: ¥9,999,999 / ¥10,000,000 exactly, ¥49,999,999 / ¥50,000,000, ¥100,000,000', () => {
    expect([
      g(0, 0, 9_999_999),
      g(0, 0, 10_000_000),
      g(0, 0, 49_999_999),
      g(0, 0, 50_000_000),
      g(0, 0, 99_999_999),
      g(0, 0, 100_000_000),
    ]).toEqual(['GENERAL', 'LARGER', 'LARGER', 'MAJOR', 'MAJOR', 'ESPECIALLY_MAJOR']);
  });
  it('any one criterion suffices, and the grade names the investigating level', () => {
    expect(g(1, 60, 0)).toBe('MAJOR');
    expect(
      ['GENERAL', 'LARGER', 'MAJOR', 'ESPECIALLY_MAJOR'].map((x) => investigatingLevel(x as never)),
    ).toEqual(['county', 'city', 'province', 'state_council']);
  });
  it('is late when reported more than one hour after it occurred; exactly one hour is in time', () => {
    const t = Date.parse('2026-06-01T00:00:00Z');
    expect(isLateReport({ occurredAt: t, reportedAt: t + 3600_000, rulebook: RULEBOOK_2026_V1 })).toBe(false);
    expect(isLateReport({ occurredAt: t, reportedAt: t + 3600_001, rulebook: RULEBOOK_2026_V1 })).toBe(true);
  });
});
