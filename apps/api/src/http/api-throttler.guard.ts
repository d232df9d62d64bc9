import { Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerRequest } from '@nestjs/throttler';

export const AUTH_THROTTLER = 'auth';

/**
 * Two limits: `default` on every route, and the stricter `auth` limit only on
 * /auth/* (signup and login are what credential-stuffing hits).
 */
@Injectable()
export class ApiThrottlerGuard extends ThrottlerGuard {
  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    if (request.throttler.name === AUTH_THROTTLER) {
      const url: string = request.context.switchToHttp().getRequest<{ url: string }>().url;
      if (!url.includes('/auth/')) return true;
    }
    return super.handleRequest(request);
  }
}
