import type { MemberActor } from '@embauche/accounts';
import type { JobPostingEntity } from './job-posting.entity';

/**
 * Who of an organization may see a posting and what hangs off it (its
 * applications, matches, suggestions, sourcing runs): everyone of its
 * organization, except hiring managers, who see only the postings they are
 * assigned to. Everyone else gets a 404, never a 403.
 */
export function canSee(actor: MemberActor, posting: Pick<JobPostingEntity, 'organizationId' | 'hiringManagerIds'>): boolean {
  return posting.organizationId === actor.organizationId && (actor.role !== 'hiring_manager' || posting.hiringManagerIds.includes(actor.id));
}

/** The same rule as a list filter: the organization, and for a hiring manager only the postings assigned to them. */
export function visibleScope(actor: MemberActor): { organizationId: string; assignedTo?: string } {
  return { organizationId: actor.organizationId, assignedTo: actor.role === 'hiring_manager' ? actor.id : undefined };
}
