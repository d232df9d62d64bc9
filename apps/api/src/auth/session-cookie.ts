import type { FastifyReply, FastifyRequest } from 'fastify';

export const REFRESH_COOKIE = 'embauche_refresh';
/** Only the auth routes ever receive the cookie: no other route can be driven by it. */
export const REFRESH_COOKIE_PATH = '/api/v1/auth';

/** The first value of the refresh cookie (the most specific path comes first, RFC 6265 §5.4). */
export function readRefreshCookie(request: FastifyRequest): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === REFRESH_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function cookie(value: string, maxAge: number, secure: boolean): string {
  return [`${REFRESH_COOKIE}=${value}`, `Path=${REFRESH_COOKIE_PATH}`, `Max-Age=${maxAge}`, 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])].join('; ');
}

// Fastify appends set-cookie headers; each response carries exactly one refresh cookie, the last decided.
export function setRefreshCookie(reply: FastifyReply, token: string, maxAge: number, secure: boolean): void {
  void reply.removeHeader('set-cookie').header('set-cookie', cookie(token, maxAge, secure)).header('cache-control', 'no-store');
}

export function clearRefreshCookie(reply: FastifyReply, secure: boolean): void {
  void reply.removeHeader('set-cookie').header('set-cookie', cookie('', 0, secure)).header('cache-control', 'no-store');
}
