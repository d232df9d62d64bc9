export const MEMBER_ROLES = ['admin', 'recruiter', 'hiring_manager'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const ROLES = [...MEMBER_ROLES, 'candidate'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: what every service needs to scope its queries. */
export interface Actor {
  id: string;
  role: Role;
  organizationId: string | null;
}

export interface MemberActor extends Actor {
  role: MemberRole;
  organizationId: string;
}

export function isMember(actor: Actor): actor is MemberActor {
  return actor.role !== 'candidate' && actor.organizationId !== null;
}
