/** `head`: the agency's principal head (主要负责人): power cut-offs (安全生产法 第70条), top rung of escalation. */
export const ROLES = ['officer', 'supervisor', 'head', 'legal_reviewer', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Who is acting: enough to decide access and to write the audit entry. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  agencyId: string;
  agencyName: string;
  /** The agency's 6-digit administrative region code (行政区划代码). */
  regionCode: string;
}
