import { safeNext } from './safe-next';

/** Where an organization member works: their postings. */
export const ORG_LANDING = '/org/postings';

/** After signing in: the page asked for (on this site only), else the candidate's profile or the member's postings. */
export function landingFor(role: string, requested: string | null): string {
  return safeNext(requested, role === 'candidate' ? '/me/profile' : ORG_LANDING);
}
