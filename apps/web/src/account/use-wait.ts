import { useEffect, useState } from 'react';
import type { AuthFailure } from './auth-errors';

/** True while a rate limit still applies: the submit button waits as long as the API asked. */
export function useRateLimitWait(failure: AuthFailure | undefined): boolean {
  const [expired, setExpired] = useState<AuthFailure>();
  useEffect(() => {
    if (failure?.kind !== 'rateLimited') return;
    const timer = window.setTimeout(() => setExpired(failure), failure.retryAfterSeconds * 1000);
    return () => window.clearTimeout(timer);
  }, [failure]);
  return failure?.kind === 'rateLimited' && expired !== failure;
}
