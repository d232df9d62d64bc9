import type { Schema } from '@embauche/api-client';

type Member = Pick<Schema<'MemberResponse'>, 'role' | 'active'>;

/**
 * Whether changing `member` could leave no active admin: the API refuses it (409 last_active_admin),
 * so the screen does not offer it. The API stays the judge under concurrent changes.
 */
export function isLastActiveAdmin(member: Member, members: Member[]): boolean {
  return member.role === 'admin' && member.active && members.filter((m) => m.role === 'admin' && m.active).length === 1;
}
