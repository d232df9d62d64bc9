import { createApiClient } from '@embauche/api-client';
import { sessionMiddleware } from '../session/session';

/**
 * The one API client of the web app, same origin. The browser session adds the bearer token and
 * refreshes it (apps/web/src/session); the public pages work the same signed in or not.
 */
export const api = createApiClient('', { middleware: [sessionMiddleware], credentials: 'same-origin' });

/** A failed API call, with the status the screens branch on (404 → not found). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: unknown,
  ) {
    super(`API answered ${status}`);
  }
}

export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) throw new ApiError(result.response.status, result.error);
  return result.data;
}
