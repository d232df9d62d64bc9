import { Injectable } from '@nestjs/common';
import { Environment, ForbiddenError } from '@embauche/common';
import type { FastifyRequest } from 'fastify';
import { AccountErrorCode } from '@embauche/accounts';

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/**
 * CSRF defence for the routes a cookie authenticates, on top of
 * SameSite=Strict: the request must come from the API's own origin or one
 * listed in CORS_ORIGINS (`*` does not count: a wildcard must not lend the
 * cookie to every site). Browsers send Origin on every POST; Referer is the
 * fallback for the few that strip it. Neither present: refused.
 */
@Injectable()
export class TrustedOrigin {
  private readonly listed: Set<string>;
  readonly secureCookies: boolean;

  constructor(env: Environment) {
    this.listed = new Set(
      env.CORS_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter((o) => o && o !== '*')
        .map((o) => originOf(o) ?? o),
    );
    this.secureCookies = env.NODE_ENV === 'production';
  }

  assert(request: FastifyRequest): void {
    const header = request.headers.origin ?? request.headers.referer;
    const origin = typeof header === 'string' && header !== 'null' ? originOf(header) : null;
    if (!origin) throw new ForbiddenError(AccountErrorCode.UntrustedOrigin, 'A request that uses the session cookie must come from a trusted origin (Origin header missing)');
    if (origin === `${request.protocol}://${request.host}` || this.listed.has(origin)) return;
    throw new ForbiddenError(AccountErrorCode.UntrustedOrigin, 'A request that uses the session cookie must come from a trusted origin');
  }
}
