import type { Schema } from '@embauche/api-client';

export type SessionUser = Schema<'UserResponse'>;
export type SessionState =
  | { status: 'unknown' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: SessionUser };

/**
 * The browser session, in memory only: the access token never reaches localStorage (an XSS could
 * read it there); the refresh token is an HttpOnly cookie the page cannot read at all. Reloading
 * the page trades the cookie for a new access token (`restore`).
 *
 * Refreshes are serialized across tabs with the Web Locks API: the API treats two refreshes with
 * the same cookie as a replay and ends the session (docs/DECISIONS.md › Browser sessions).
 */
let state: SessionState = { status: 'unknown' };
let accessToken: string | undefined;
let expiresAt = 0;
const listeners = new Set<() => void>();

// A hint, not a credential: "a refresh cookie probably exists", so anonymous visitors are not
// sent to /auth/refresh (and a 401) on every page load.
const HINT_KEY = 'embauche.session';
const CHANNEL = 'embauche.session';
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);

export function getSession(): SessionState {
  return state;
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function publish(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** What the API answers on sign-in, sign-up and refresh. */
export interface IssuedSession {
  accessToken: string;
  expiresIn?: number;
  user: SessionUser;
}

export function adopt(issued: IssuedSession, { broadcast = true } = {}): void {
  accessToken = issued.accessToken;
  expiresAt = Date.now() + (issued.expiresIn ?? 900) * 1000;
  localStorage.setItem(HINT_KEY, '1');
  publish({ status: 'signed-in', user: issued.user });
  if (broadcast) channel?.postMessage('signed-in');
}

export function forget({ broadcast = true } = {}): void {
  accessToken = undefined;
  expiresAt = 0;
  localStorage.removeItem(HINT_KEY);
  publish({ status: 'signed-out' });
  if (broadcast) channel?.postMessage('signed-out');
}

export function hasSessionHint(): boolean {
  return localStorage.getItem(HINT_KEY) === '1';
}

/** The token to send, or undefined; refreshed first by the client middleware when about to expire. */
export function currentToken(): string | undefined {
  return accessToken;
}

/** Refresh a little before expiry, so a request never leaves with a token about to die. */
export function expiresSoon(marginMs = 30_000): boolean {
  return accessToken !== undefined && Date.now() > expiresAt - marginMs;
}

let inFlight: Promise<boolean> | undefined;

/**
 * Trade the refresh cookie for a new access token, once per tab at a time and one tab at a time.
 * Resolves true when signed in. `call` does the HTTP request (injected to keep this file free of
 * the client and its middleware, which calls back in here).
 */
export function refreshWith(call: () => Promise<IssuedSession | undefined>): Promise<boolean> {
  inFlight ??= (async () => {
    try {
      const run = async () => {
        const issued = await call();
        if (issued) adopt(issued, { broadcast: false });
        else forget({ broadcast: false });
        return issued !== undefined;
      };
      return typeof navigator !== 'undefined' && navigator.locks
        ? await navigator.locks.request('embauche.refresh', run)
        : await run();
    } finally {
      inFlight = undefined;
    }
  })();
  return inFlight;
}

/** Another tab signed in or out: follow it (a sign-out anywhere ends the session everywhere). */
export function onOtherTab(handler: (event: 'signed-in' | 'signed-out') => void): void {
  channel?.addEventListener('message', (message: MessageEvent) => {
    if (message.data === 'signed-in' || message.data === 'signed-out') handler(message.data);
  });
}
