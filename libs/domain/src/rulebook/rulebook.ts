import { ACCIDENT_RULES } from './accident-rules';
import { CASE_RULES } from './case-rules';
import type { ClockRule, Rulebook } from './clock-rule';
import { GENERAL_RULES } from './general-rules';
import { PENALTY_RULES } from './penalty-clock-rules';
import { TRANSFER_RULES } from './transfer-rules';

// The types of a rule and a rulebook live in clock-rule.ts; importers of rulebook.ts read them here too.
export * from './clock-rule';

/**
 * The clocks of docs/domain.md §3 (enforcement, penalty, transfer). Units follow docs/domain.md §2: working days
 * only where the statute says so (行政处罚法 第85条 for its 二/三/五/七日 periods, 行政强制法 第69条 for
 * 十日以内, 安全生产法 第78条), otherwise calendar days, months, years or hours.
 */
export const RULEBOOK_2026_V1: Rulebook = {
  version: '2026.1',
  effectiveFrom: '2026-02-01',
  rules: {
    ...CASE_RULES,
    ...PENALTY_RULES,
    ...TRANSFER_RULES,
    ...ACCIDENT_RULES,
    ...GENERAL_RULES,
  },
};

/**
 * A rule of the pinned version. A version stored before a rule was added to the shipped copy of the
 * same version (a development database) falls back to the shipped rule; anything else is a bug.
 */
export function ruleOf(rulebook: Rulebook, id: string): ClockRule {
  const rule =
    rulebook.rules[id] ??
    (rulebook.version === RULEBOOK_2026_V1.version ? RULEBOOK_2026_V1.rules[id] : undefined);
  if (!rule) throw new Error(`rulebook ${rulebook.version} has no rule ${id}`);
  return withEndRule(id, rule);
}

/**
 * A rule with its actor and end rule. A version stored before clocks carried them (and the state
 * of a procedure pinned to it) takes them from the shipped rule of the same id: who acts within a
 * clock and which end counts follow from the law, not from a version's values.
 */
export function withEndRule(id: string, rule: ClockRule): ClockRule {
  if (rule.endRule && rule.actor) return rule;
  const shipped = RULEBOOK_2026_V1.rules[id];
  if (!shipped?.endRule) return rule;
  return { ...rule, actor: rule.actor ?? shipped.actor, endRule: rule.endRule ?? shipped.endRule };
}
