import { decide } from '../case-decide';
import { renderMessage } from '../../i18n';
import type { CaseRejection } from '../case-rejection';
import { act, at, HEAD, OFFICER_1, rectifyingCase } from './fixtures';

/**
 * Tuesday 12 May 2026, 15:00: the officers stop a leaking compressor on the spot (行政强制法 第19条).
 * The head is asked at 16:00 to confirm it, but the officers have not yet made the on-site record
 * (现场笔录: reasons, basis and rights notified, the party heard, 第18条). The confirmation waits for it;
 * made at 15:30 and entered at 16:20, the head confirms at 16:30 — inside the 24 hours, not late.
 */
describe('story: an emergency stop on 12 May 2026 confirmed only once its on-site record is made', () => {
  const taken = act(
    rectifyingCase('2026-05-11', '2026-05-29', ['major']),
    {
      type: 'take_emergency_measure',
      kind: 'stop_equipment',
      dangerIds: ['D1'],
      reason: '压缩机泄漏，当场停止使用',
      takenAt: at('2026-05-12', 15),
    },
    OFFICER_1,
    at('2026-05-12', 15.25),
  );
  const confirm = { type: 'decide_measure' as const, measureId: 'M1', approve: true, note: '同意' };

  it('refuses the confirmation without the on-site record, saying why in Chinese', () => {
    try {
      decide(taken, confirm, HEAD, at('2026-05-12', 16));
      throw new Error('accepted');
    } catch (error) {
      const e = error as CaseRejection;
      expect(e.code).toBe('case.wrong_stage');
      expect(renderMessage(e.text, 'zh')).toBe(
        '措施 M1 尚未制作现场笔录：须先当场告知理由、依据和权利，听取当事人的陈述和申辩并制作现场笔录（行政强制法 第18条）',
      );
    }
  });

  it('lets the head disagree without it: lifting needs no record', () => {
    const lifted = act(taken, { ...confirm, approve: false, note: '不必要' }, HEAD, at('2026-05-12', 16));
    expect(lifted.measures[0]?.status).toBe('lifted');
  });

  it('confirms once the record is made, the party’s refusal to sign noted, not late', () => {
    const recorded = act(
      taken,
      {
        type: 'record_measure_procedure',
        measureId: 'M1',
        onSiteRecordAt: at('2026-05-12', 15.5),
        partySigned: false,
        refusalNote: '设备主管拒绝签名，两名执法人员在场见证',
        informed: true,
        statement: '请求当日修复后恢复使用',
        statementWaived: false,
      },
      OFFICER_1,
      at('2026-05-12', 16 + 1 / 3),
    );
    const s = act(recorded, confirm, HEAD, at('2026-05-12', 16.5));
    expect(s.measures[0]).toMatchObject({
      status: 'in_force',
      decidedAt: at('2026-05-12', 16.5),
      confirmation: { late: false },
      procedure: { partySigned: false, statement: '请求当日修复后恢复使用' },
    });
  });
});
