import { createApiClient } from '@embauche/api-client';

/**
 * The one API client of the web app, same origin. The browser session (sign-in, refresh cookie,
 * CSRF) plugs in here through `middleware` and `credentials`; the public pages need neither.
 */
export const api = createApiClient('');

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
