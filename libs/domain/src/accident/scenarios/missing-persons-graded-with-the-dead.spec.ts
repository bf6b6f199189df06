import { RULEBOOK_2026_V1, type Rulebook } from '../../rulebook/rulebook';
import { act, at, OFFICER, reported } from './fixtures';

/** The same rulebook with missing persons not counted (an agency's configuration). */
const notCounted: Rulebook = {
  ...RULEBOOK_2026_V1,
  version: '2026.1-missing-0',
  rules: {
    ...RULEBOOK_2026_V1.rules,
    'accident.missing_as_deaths': { ...RULEBOOK_2026_V1.rules['accident.missing_as_deaths']!, amount: 0 },
  },
};

describe('story: a mine flood on 3 Nov 2026 — 2 dead and 8 下落不明, graded with the dead', () => {
  const flood = { occurredAt: at('2026-11-03', 6), reportedAt: at('2026-11-03', 6) + 1800_000, deaths: 2 };

  it('is 重大 (10 dead and missing) by the shipped rulebook, investigated by the province', () => {
    const s = reported({ ...flood, missing: 8 });
    expect(s).toMatchObject({ grade: 'MAJOR', level: 'province', missing: 8 });
    expect(s.levelHandover.required).toBe(true);
  });

  it('is 一般 when the agency’s rulebook does not count the missing', () => {
    expect(reported({ ...flood, missing: 8, rulebook: notCounted })).toMatchObject({ grade: 'GENERAL' });
  });

  it('re-grades when two of the missing are found alive on 5 Nov (8 left: 较大)', () => {
    const s = act(
      reported({ ...flood, missing: 8 }),
      {
        type: 'update_casualties',
        deaths: 2,
        seriousInjuries: 0,
        missing: 6,
        directLossYuan: 500_000,
        note: '搜救发现两名被困人员生还',
      },
      OFFICER,
      at('2026-11-05'),
    );
    expect(s).toMatchObject({ grade: 'LARGER', level: 'city', missing: 6 });
    expect(s.casualtyUpdates.at(-1)).toMatchObject({ missing: 6, grade: 'LARGER' });
  });
});
