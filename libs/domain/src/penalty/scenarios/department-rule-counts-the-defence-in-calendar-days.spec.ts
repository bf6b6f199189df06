import { rulebookProblems } from '../../rulebook/validate-rulebook';
import { RULEBOOK_2026_V1, type Rulebook } from '../../rulebook/rulebook';
import { defenceEnds } from '../penalty-rules';
import { act, calendar, intended, OFFICER, opened, refusal, run, SUPERVISOR } from './fixtures';

/**
 * Issue #13 item 10 (rulebook integrity) as a story. Suppose the department rule (应急管理部令第18号)
 * gives the party 5 calendar days for 陈述申辩 instead of the shipped 3 working days: an admin
 * enters that as version 2026.2, in force from 1 Nov 2026. The unit of a configurable period may
 * change; the actor and end rule may not (a party-side period, it still rolls). A notice served on
 * Mon 9 Nov 2026: 3 working days end Thu 12 Nov; 5 calendar days end Sat 14 Nov, rolled to Mon 16 Nov.
 */
const v2: Rulebook = {
  ...RULEBOOK_2026_V1,
  version: '2026.2',
  effectiveFrom: '2026-11-01',
  rules: {
    ...RULEBOOK_2026_V1.rules,
    'statement_defence.period': {
      ...RULEBOOK_2026_V1.rules['statement_defence.period']!,
      amount: 5,
      unit: 'calendar_days',
      source: '行政处罚法 第44–45条; 应急管理部令第18号 (5 日, as this agency reads it)',
    },
  },
};

const small = { ...intended, fineFen: 1_000_000 };

describe('story: a department rule counts the defence in 5 calendar days from 1 Nov 2026', () => {
  it('can be entered: a configurable unit changes, who acts and which end counts stay', () => {
    expect(rulebookProblems(v2)).toEqual([]);
    const flipped = {
      ...v2,
      rules: {
        ...v2.rules,
        'statement_defence.period': {
          ...v2.rules['statement_defence.period']!,
          endRule: 'last_day' as const,
        },
      },
    };
    expect(rulebookProblems(flipped)).toEqual(['rule statement_defence.period: endRule must stay rolls']);
    // The statute's own periods stay as the statute counts them.
    const hearingInDays = {
      ...v2,
      rules: {
        ...v2.rules,
        'hearing.request': { ...v2.rules['hearing.request']!, unit: 'calendar_days' as const },
      },
    };
    expect(rulebookProblems(hearingInDays)).toHaveLength(1);
  });

  it('counts a notice of Mon 9 Nov to Mon 16 Nov under 2026.2, and to Thu 12 Nov under 2026.1', () => {
    expect(defenceEnds(calendar, RULEBOOK_2026_V1, '2026-11-09')).toBe('2026-11-12');
    expect(defenceEnds(calendar, v2, '2026-11-09')).toBe('2026-11-16');
  });

  it('keeps a case filed under 2026.2 from the decision until the rolled end has passed', () => {
    const s = run(opened('2026-11-02', { rulebook: v2 }), [
      [{ type: 'decide_filing', approve: true, note: '同意立案' }, SUPERVISOR, '2026-11-02'],
      [{ type: 'serve_notice', servedOn: '2026-11-09', ...small }, OFFICER, '2026-11-09'],
    ]);
    expect(refusal(s, { type: 'submit_for_decision' }, OFFICER, '2026-11-13')).toMatch('until 2026-11-16');
    expect(refusal(s, { type: 'submit_for_decision' }, OFFICER, '2026-11-16')).toMatch('until 2026-11-16');
    expect(act(s, { type: 'submit_for_decision' }, OFFICER, '2026-11-17').stage).toBe('deciding');
  });
});
