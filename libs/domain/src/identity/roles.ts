export const ROLES = ['officer', 'supervisor', 'legal_reviewer', 'auditor', 'admin'] as const;
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
