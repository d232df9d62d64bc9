import { api } from '../api/client';
import { queryClient } from '../api/query-client';
import { adopt, forget } from '../session/session';
import type { IssuedSession } from '../session/session-store';
import { authFailure, type AuthFailure } from './auth-errors';

export type AuthResult = { ok: true; role: string } | { ok: false; failure: AuthFailure };

async function settle(call: Promise<{ data?: IssuedSession; error?: unknown; response: Response }>): Promise<AuthResult> {
  try {
    const { data, error, response } = await call;
    if (data) {
      adopt(data);
      return { ok: true, role: data.user.role };
    }
    return { ok: false, failure: authFailure(response.status, error, response.headers.get('Retry-After')) };
  } catch {
    return { ok: false, failure: authFailure(0, undefined, null) };
  }
}

/** A cookie session: the refresh token stays in an HttpOnly cookie, the access token in memory. */
export function signIn(email: string, password: string): Promise<AuthResult> {
  return settle(api.POST('/api/v1/auth/login', { body: { email, password, session: 'cookie' } }));
}

export function signUpCandidate(name: string, email: string, password: string): Promise<AuthResult> {
  return settle(api.POST('/api/v1/auth/signup/candidate', { body: { name, email, password, session: 'cookie' } }));
}

/** Creates the organization with the caller as its first admin, signed in at once. */
export function signUpOrganization(organizationName: string, name: string, email: string, password: string): Promise<AuthResult> {
  return settle(api.POST('/api/v1/auth/signup/organization', { body: { organizationName, name, email, password, session: 'cookie' } }));
}

/** Revokes the refresh cookie, then forgets the session here and in every other tab. */
export async function signOut(): Promise<void> {
  try {
    await api.POST('/api/v1/auth/logout');
  } finally {
    forget();
    queryClient.clear();
  }
}
