import type { Actor } from './roles';

const REGION = /^\d{6}$/;

/**
 * Whether a region (行政区划代码, GB/T 2260) contains another: a province `XX0000` contains every code
 * starting `XX`, a prefecture `XXYY00` every code starting `XXYY`, a county only itself.
 */
/** The prefix every region code inside `outer` starts with (for SQL `LIKE prefix || '%'`). */
export function regionPrefix(outer: string): string {
  if (outer.endsWith('0000')) return outer.slice(0, 2);
  if (outer.endsWith('00')) return outer.slice(0, 4);
  return outer;
}

export function regionContains(outer: string, inner: string): boolean {
  if (!REGION.test(outer) || !REGION.test(inner)) return false;
  if (outer.endsWith('0000')) return inner.startsWith(outer.slice(0, 2));
  if (outer.endsWith('00')) return inner.startsWith(outer.slice(0, 4));
  return outer === inner;
}

/**
 * May this actor see a record owned by that agency? Officers, supervisors and legal reviewers see
 * their own agency's; auditors their region and below; admins no case records at all.
 */
export function canSeeRecordOf(actor: Actor, owner: { agencyId: string; regionCode: string }): boolean {
  if (actor.roles.includes('auditor') && regionContains(actor.regionCode, owner.regionCode)) return true;
  const caseRoles = actor.roles.some(
    (r) => r === 'officer' || r === 'supervisor' || r === 'head' || r === 'legal_reviewer',
  );
  return caseRoles && actor.agencyId === owner.agencyId;
}
