import type { Middleware } from '@embauche/api-client';
import { createApiClient } from '@embauche/api-client';
import { adopt, currentToken, expiresSoon, forget, hasSessionHint, onOtherTab, refreshWith, type IssuedSession } from './session-store';

/** The auth routes: no bearer, no refresh-and-retry (they are how a session starts and ends). */
const isAuthRoute = (url: string) => new URL(url, location.origin).pathname.startsWith('/api/v1/auth/') && !url.endsWith('/auth/me');

// A bare client for the refresh call itself, so the middleware below never recurses into it.
const bare = createApiClient('', { credentials: 'same-origin' });

async function callRefresh(): Promise<IssuedSession | undefined> {
  const { data } = await bare.POST('/api/v1/auth/refresh');
  return data;
}

export function refreshSession(): Promise<boolean> {
  return refreshWith(callRefresh);
}

/** On load: only if a session probably exists, trade the cookie for an access token. */
export async function restoreSession(): Promise<void> {
  if (!hasSessionHint()) {
    forget({ broadcast: false });
    return;
  }
  await refreshSession();
}

onOtherTab((event) => {
  if (event === 'signed-out') forget({ broadcast: false });
  else void refreshSession();
});

const retries = new WeakMap<Request, Request>();

/**
 * Sends the bearer token; refreshes it first when it is about to expire; on a 401 (revoked,
 * expired early) refreshes once and replays the request, else the session is over.
 */
export const sessionMiddleware: Middleware = {
  async onRequest({ request }) {
    if (isAuthRoute(request.url)) return request;
    if (expiresSoon()) await refreshSession();
    const token = currentToken();
    if (!token) return request;
    request.headers.set('Authorization', `Bearer ${token}`);
    retries.set(request, request.clone());
    return request;
  },
  async onResponse({ request, response }) {
    const replay = retries.get(request);
    if (response.status !== 401 || !replay) return response;
    if (!(await refreshSession())) return response;
    replay.headers.set('Authorization', `Bearer ${currentToken()}`);
    return fetch(replay);
  },
};

export { adopt, forget };
