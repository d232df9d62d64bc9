/** A problem+json answer, as far as the screens need it. */
export interface Problem {
  status?: number;
  code?: string;
  detail?: string;
  errors?: Array<{ field: string; message: string }>;
}

export type AuthFailure =
  | { kind: 'credentials' }
  | { kind: 'rateLimited'; retryAfterSeconds: number }
  | { kind: 'emailTaken' }
  | { kind: 'invalid'; fields: Array<{ field: string; message: string }> }
  | { kind: 'offline' }
  | { kind: 'unexpected'; status: number };

/**
 * Sorts a failed sign-in or sign-up into what the screen says. A 401 is always the one message
 * "email or password is wrong": the API answers unknown emails and wrong passwords alike, and the
 * screen must not undo that by guessing. A 429 says how long to wait, from Retry-After (seconds;
 * an HTTP date is read too).
 */
export function authFailure(status: number, problem: unknown, retryAfter: string | null, now = Date.now()): AuthFailure {
  if (status === 0) return { kind: 'offline' };
  if (status === 401) return { kind: 'credentials' };
  if (status === 409) return { kind: 'emailTaken' };
  if (status === 429) return { kind: 'rateLimited', retryAfterSeconds: retryAfterSeconds(retryAfter, now) };
  if (status === 400) {
    const errors = (problem as Problem | undefined)?.errors;
    return { kind: 'invalid', fields: Array.isArray(errors) ? errors.filter((e) => typeof e?.field === 'string') : [] };
  }
  return { kind: 'unexpected', status };
}

export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  if (!header) return 60;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.max(1, Math.ceil(seconds));
  const at = Date.parse(header);
  return Number.isNaN(at) ? 60 : Math.max(1, Math.ceil((at - now) / 1000));
}
