import { describe, expect, it } from 'vitest';
import { authFailure, retryAfterSeconds } from './auth-errors';
import { landingFor } from './landing';
import { safeNext } from './safe-next';

describe('authFailure: what a failed sign-in or sign-up tells the person', () => {
  it('says "wrong email or password" for every 401, whatever the problem says', () => {
    expect(authFailure(401, { detail: 'Invalid email or password' }, null)).toEqual({ kind: 'credentials' });
    expect(authFailure(401, undefined, null)).toEqual({ kind: 'credentials' });
  });

  it('explains a 429 with the seconds of Retry-After', () => {
    expect(authFailure(429, {}, '17')).toEqual({ kind: 'rateLimited', retryAfterSeconds: 17 });
    expect(authFailure(429, {}, '0.2')).toEqual({ kind: 'rateLimited', retryAfterSeconds: 1 });
  });

  it('reads Retry-After as seconds, as an HTTP date, or falls back to a minute', () => {
    const now = Date.parse('2026-12-03T10:00:00Z');
    expect(retryAfterSeconds('Thu, 03 Dec 2026 10:00:42 GMT', now)).toBe(42);
    expect(retryAfterSeconds(null, now)).toBe(60);
    expect(retryAfterSeconds('soon', now)).toBe(60);
  });

  it('keeps the fields a 400 names, and sorts 409, network failures and the rest', () => {
    expect(authFailure(400, { errors: [{ field: 'password', message: 'too short' }, { nope: 1 }] }, null)).toEqual({
      kind: 'invalid',
      fields: [{ field: 'password', message: 'too short' }],
    });
    expect(authFailure(400, 'not json', null)).toEqual({ kind: 'invalid', fields: [] });
    expect(authFailure(409, {}, null)).toEqual({ kind: 'emailTaken' });
    expect(authFailure(0, undefined, null)).toEqual({ kind: 'offline' });
    expect(authFailure(503, {}, '2')).toEqual({ kind: 'unexpected', status: 503 });
  });
});

describe('safeNext: no open redirect after signing in', () => {
  it.each([
    ['/me/applications', '/me/applications'],
    ['/jobs/123?from=board#apply', '/jobs/123?from=board#apply'],
    ['/me/../me/data', '/me/data'],
  ])('keeps the path %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it.each(['https://evil.example/', '//evil.example', '/\\evil.example', '\\\\evil.example', 'javascript:alert(1)', '/\t/evil.example', 'me/profile', '', null])(
    'refuses %j',
    (next) => {
      expect(safeNext(next as string | null)).toBe('/me/profile');
    },
  );

  it('lands a candidate on their profile and anyone else on the board by default', () => {
    expect(landingFor('candidate', null)).toBe('/me/profile');
    expect(landingFor('recruiter', null)).toBe('/org/postings');
    expect(landingFor('recruiter', '//evil.example')).toBe('/org/postings');
  });
});
