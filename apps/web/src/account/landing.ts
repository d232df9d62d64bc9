import { safeNext } from './safe-next';

/** After signing in: the page asked for (on this site only), else the candidate's profile or the board. */
export function landingFor(role: string, requested: string | null): string {
  return safeNext(requested, role === 'candidate' ? '/me/profile' : '/');
}
