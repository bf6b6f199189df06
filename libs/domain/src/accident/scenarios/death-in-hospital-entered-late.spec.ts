import { act, at, OFFICER, refusal, reported } from './fixtures';

describe('story: a scaffold collapse on 1 Jun 2026 — a death on day 30 entered on day 33, a loss corrected in August', () => {
  const s0 = reported({ deaths: 2 });

  it('counts a death on 1 Jul (day 30) although it is entered on 4 Jul: 较大, the city investigates', () => {
    const s = act(
      s0,
      {
        type: 'update_casualties',
        deaths: 3,
        seriousInjuries: 0,
        directLossYuan: 500_000,
        changedOn: '2026-07-01',
        note: '伤员于7月1日在医院抢救无效死亡',
      },
      OFFICER,
      at('2026-07-04'),
    );
    expect(s).toMatchObject({ grade: 'LARGER', level: 'city', levelHandover: { required: true } });
    expect(s.casualtyUpdates.at(-1)).toMatchObject({ changedOn: '2026-07-01', deaths: 3 });
  });

  it('refuses a death on 2 Jul (day 31), and a change day before the accident or after today', () => {
    const death = (changedOn: string) => ({
      type: 'update_casualties' as const,
      deaths: 3,
      seriousInjuries: 0,
      directLossYuan: 500_000,
      changedOn,
      note: '',
    });
    expect(refusal(s0, death('2026-07-02'), OFFICER, at('2026-07-04'))).toMatch(
      'a casualty change on 2026-07-02 no longer counts: changes count until 2026-07-01',
    );
    expect(refusal(s0, death('2026-05-31'), OFFICER, at('2026-07-04'))).toMatch('case.invalid');
    expect(refusal(s0, death('2026-07-05'), OFFICER, at('2026-07-04'))).toMatch('case.invalid');
  });

  it('accepts a correction of the direct loss on 20 Aug, past the window, and re-grades on it (¥12m: 较大)', () => {
    const s = act(
      s0,
      {
        type: 'update_casualties',
        deaths: 2,
        seriousInjuries: 0,
        directLossYuan: 12_000_000,
        note: '经核定直接经济损失1200万元',
      },
      OFFICER,
      at('2026-08-20'),
    );
    expect(s).toMatchObject({ grade: 'LARGER', directLossYuan: 12_000_000, deaths: 2 });
    expect(s.casualtyUpdates.at(-1)).toMatchObject({ at: at('2026-08-20'), grade: 'LARGER' });
    // The casualties themselves stay as they were after the window, even beside a loss correction.
    expect(
      refusal(
        s0,
        { type: 'update_casualties', deaths: 3, seriousInjuries: 0, directLossYuan: 12_000_000, note: '' },
        OFFICER,
        at('2026-08-20'),
      ),
    ).toMatch('no longer counts');
  });
});
