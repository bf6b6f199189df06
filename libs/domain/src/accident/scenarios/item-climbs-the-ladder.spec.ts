import { endOfChinaDay } from '../../calendar/china-time';
import { applyItemEvents } from '../item-reducer';
import { dueItemClockEvents, nextItemClockInstant, rungDays, scheduledItemTasks } from '../item-clock';
import type { ItemState } from '../item-types';
import { actItem, at, calendar, HEAD, item, OFFICER, SUPERVISOR } from './fixtures';

function clockTo(s: ItemState, until: number): ItemState {
  let state = s;
  for (let next = nextItemClockInstant(state, calendar, 0); next !== null && next <= until;) {
    state = applyItemEvents(state, dueItemClockEvents(state, calendar, next));
    next = nextItemClockInstant(state, calendar, next);
  }
  return state;
}

describe('story: a rectification item due 15 Sep 2026 left undone climbs the whole ladder', () => {
  it('reaches 通报, 约谈, 挂牌督办 and 问责 at the rulebook’s working-day waits, over National Day', () => {
    // 5 WD after Tue 15 Sep: 16, 17, 18, (20 make-up Sun) 21 Sep → 通报 on Mon 21 Sep… each rung counts on.
    expect(rungDays(item(), calendar)).toEqual([
      { rung: 'notice', on: '2026-09-21' },
      { rung: 'summons', on: '2026-10-12' },
      { rung: 'listed', on: '2026-10-26' },
      { rung: 'accountability', on: '2026-11-23' },
    ]);
    const s = clockTo(item(), endOfChinaDay('2026-12-31'));
    expect(s.rungs.map((r) => r.rung)).toEqual(['notice', 'summons', 'listed', 'accountability']);
    expect(s.documents.map((d) => d.type)).toEqual([
      'circulated_notice',
      'summons',
      'listed_supervision',
      'accountability_referral',
    ]);
    expect(s.taskMarks['rectify:2026-09-15']).toMatchObject({
      reminded: true,
      overdue: true,
      escalationLevel: 2,
    });
    // 挂牌督办 is published: a task until the publication is recorded.
    expect(scheduledItemTasks(s, calendar).map((t) => t.key)).toContain('publish_listing');
    const published = actItem(
      s,
      { type: 'record_listing_publication', publishedOn: '2026-10-27' },
      OFFICER,
      at('2026-12-01'),
    );
    expect(published.listingPublishedOn).toBe('2026-10-27');
    expect(scheduledItemTasks(published, calendar).map((t) => t.key)).not.toContain('publish_listing');
    // Each rung a minute before its instant has not happened; just after, it has.
    const before = clockTo(item(), endOfChinaDay('2026-10-12') - 60_000);
    expect(before.rungs.map((r) => r.rung)).toEqual(['notice']);
  });

  it('stops climbing while a completion awaits verification; a rejection sends it back with reasons', () => {
    let s = clockTo(item(), endOfChinaDay('2026-09-22'));
    s = actItem(
      s,
      {
        type: 'report_completion',
        note: '已整改',
        evidence: [{ name: 'photo.jpg', sha256: 'a'.repeat(64) }],
      },
      OFFICER,
      at('2026-09-23'),
    );
    expect(clockTo(s, endOfChinaDay('2026-10-30')).rungs).toHaveLength(1);
    expect(() =>
      actItem(s, { type: 'verify_completion', accepted: false, reasons: ' ' }, SUPERVISOR, at('2026-09-24')),
    ).toThrow('reasons');
    expect(() =>
      actItem(
        s,
        { type: 'verify_completion', accepted: true, reasons: '' },
        { ...OFFICER, roles: ['officer', 'supervisor'] },
        at('2026-09-24'),
      ),
    ).toThrow('you made this proposal');
    s = actItem(
      s,
      { type: 'verify_completion', accepted: false, reasons: '验收资料缺少签字', newDeadline: '2026-10-20' },
      SUPERVISOR,
      at('2026-09-24'),
    );
    expect(s).toMatchObject({ stage: 'open', deadline: '2026-10-20' });
    s = actItem(
      s,
      {
        type: 'report_completion',
        note: '补充签字',
        evidence: [{ name: 'sign.pdf', sha256: 'b'.repeat(64) }],
      },
      OFFICER,
      at('2026-10-19'),
    );
    s = actItem(s, { type: 'verify_completion', accepted: true, reasons: '' }, HEAD, at('2026-10-20'));
    expect(s).toMatchObject({ stage: 'closed', outcome: 'done' });
    expect(nextItemClockInstant(s, calendar, at('2026-10-20'))).toBeNull();
  });

  it('refuses completion without a proper SHA-256 digest', () => {
    expect(() =>
      actItem(
        item(),
        { type: 'report_completion', note: 'x', evidence: [{ name: 'a', sha256: 'XYZ' }] },
        OFFICER,
        at('2026-09-01'),
      ),
    ).toThrow('SHA-256');
  });
});
