import { decide } from './fixtures';
import { openTasks } from '../case-tasks';
import { act, at, OFFICER_1, rectifyingCase, SUPERVISOR } from './fixtures';

describe('story: a suspension carried out on 9 June 2026 with its on-site record (行政强制法 第18条)', () => {
  let s = act(
    rectifyingCase('2026-06-08', '2026-06-22', ['major']),
    {
      type: 'propose_measure',
      kind: 'suspend_production',
      dangerIds: ['D1'],
      reason: '重大事故隐患无法保证安全',
      residentialSupply: false,
    },
    OFFICER_1,
    at('2026-06-08', 14),
  );
  s = act(
    s,
    { type: 'decide_measure', measureId: 'M1', approve: true, note: '同意' },
    SUPERVISOR,
    at('2026-06-09', 9),
  );
  const record = {
    type: 'record_measure_procedure' as const,
    measureId: 'M1',
    onSiteRecordAt: at('2026-06-09', 10),
    partySigned: false,
    refusalNote: null,
    informed: true,
    statement: '设备下周更换，请求缓期',
    statementWaived: false,
  };

  it('is a task for the officers once the measure is in force', () => {
    expect(openTasks(s).map((t) => t.kind)).toContain('record_measure_procedure');
  });

  it('refuses a record that does not notify reasons, basis and rights, or hears nobody', () => {
    expect(() => decide(s, { ...record, informed: false }, OFFICER_1, at('2026-06-09', 11))).toThrow(
      '第18条',
    );
    expect(() =>
      decide(s, { ...record, partySigned: true, statement: null }, OFFICER_1, at('2026-06-09', 11)),
    ).toThrow('statement');
    // A party that will not sign: the record says so.
    expect(() => decide(s, record, OFFICER_1, at('2026-06-09', 11))).toThrow('refuses to sign');
  });

  it('records the refusal to sign and the party’s statement', () => {
    s = act(
      s,
      { ...record, refusalNote: '负责人拒绝签名，两名执法人员在场' },
      OFFICER_1,
      at('2026-06-09', 11),
    );
    expect(s.measures[0]?.procedure).toMatchObject({
      onSiteRecordAt: at('2026-06-09', 10),
      partySigned: false,
      refusalNote: '负责人拒绝签名，两名执法人员在场',
      informed: true,
      statement: '设备下周更换，请求缓期',
      recordedBy: OFFICER_1.userId,
    });
    expect(openTasks(s).map((t) => t.kind)).not.toContain('record_measure_procedure');
    expect(() => decide(s, record, OFFICER_1, at('2026-06-09', 12))).toThrow('already');
  });
});
