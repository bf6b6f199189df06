import type { Actor } from './roles';

/**
 * Four-eyes rule (重大执法决定法制审核; 行政处罚法 第58条): nobody approves or reviews a proposal they
 * made, or decides on a case they handle. Returns the reason when the actor may not decide.
 */
export function fourEyesViolation(
  actor: Pick<Actor, 'userId'>,
  subject: { proposedBy?: string | null; handlers?: readonly string[] },
): string | undefined {
  if (subject.proposedBy && subject.proposedBy === actor.userId) return 'you made this proposal';
  if (subject.handlers?.includes(actor.userId)) return 'you handle this case';
  return undefined;
}
