import { dueClockEvents } from '../case-clock';
import { decide } from './fixtures';
import { applyCaseEvents } from '../case-reducer';
import { scheduledTasks } from '../case-tasks';
import {
  act,
  at,
  calendar2026,
  HEAD,
  iso,
  OFFICER_1,
  onSiteRecorded,
  rectifyingCase,
  SUPERVISOR,
} from './fixtures';

describe('story: an emergency suspension taken on the spot, which the head then disagrees with', () => {
  // 行政强制法 第19条: act first, report to the head within 24 hours, lift at once if the head disagrees.
  const taken = act(
    rectifyingCase('2026-04-07', '2026-04-30', ['major']),
    {
      type: 'take_emergency_measure',
      kind: 'suspend_production',
      dangerIds: ['D1'],
      reason: 'gas leak',
      takenAt: at('2026-04-08', 14),
    },
    OFFICER_1,
    at('2026-04-08', 15),
  );

  it('is in force at once and asks the head to review it within 24 hours of being taken', () => {
    expect(taken.measures[0]).toMatchObject({
      id: 'M1',
      status: 'in_force',
      emergency: true,
      effectiveAt: at('2026-04-08', 14),
    });
    const review = scheduledTasks(taken, calendar2026).find((t) => t.kind === 'review_emergency_measure');
    expect(review).toMatchObject({ assigneeRole: 'supervisor', rule: 'emergency_measure.report' });
    expect(iso(review!.dueAt)).toBe(iso(at('2026-04-09', 14)));
    expect(iso(review!.remindAt)).toBe(iso(at('2026-04-09', 8)));
    expect(taken.documents.map((d) => d.type)).toContain('emergency_measure_record');
  });

  it('goes overdue, flagged for the head, when nobody reviews it in 24 hours', () => {
    const events = dueClockEvents(taken, calendar2026, at('2026-04-09', 14));
    expect(events.map((e) => e.type)).toEqual(['task_overdue', 'emergency_confirmation_overdue']);
  });

  it('is lifted at once, with a lifting document, when the head disagrees', () => {
    const s = act(
      taken,
      { type: 'decide_measure', measureId: 'M1', approve: false, note: 'not necessary' },
      HEAD,
      at('2026-04-09', 10),
    );
    expect(s.measures[0]).toMatchObject({ status: 'lifted', liftedAt: at('2026-04-09', 10) });
    expect(s.measures[0]!.liftReason).toContain('head disagreed');
    expect(s.documents.at(-1)?.type).toBe('measure_lifting');
    expect(scheduledTasks(s, calendar2026).some((t) => t.kind === 'review_emergency_measure')).toBe(false);
  });

  it('stays in force, without a new document, when a supervisor confirms it', () => {
    const recorded = onSiteRecorded(taken, 'M1', at('2026-04-08', 14.5));
    const s = applyCaseEvents(
      recorded,
      decide(
        recorded,
        { type: 'decide_measure', measureId: 'M1', approve: true, note: 'ok' },
        SUPERVISOR,
        at('2026-04-09', 10),
      ),
    );
    expect(s.measures[0]).toMatchObject({ status: 'in_force', decidedBy: 'supervisor' });
    expect(s.documents.length).toBe(recorded.documents.length);
  });
});
