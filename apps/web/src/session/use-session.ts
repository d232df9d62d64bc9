import { useSyncExternalStore } from 'react';
import { getSession, subscribe, type SessionState } from './session-store';

/** The current session, re-rendering on sign-in, sign-out and refresh (in this tab or another). */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, getSession, getSession);
}
