import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AccountErrorCode, UsersRepository, type AccessTokenClaims } from '@embauche/accounts';
import { UnauthorizedError } from '@embauche/common';
import type { FastifyRequest } from 'fastify';
import { ReadCache } from '../read-cache/read-cache';
import { IS_PUBLIC, type RequestWithActor } from './actor.decorators';

/**
 * Every route needs a valid bearer token unless marked @Public(). The user is
 * loaded on each request so an erased account or a changed role takes effect
 * at once, not when the token expires (through the read cache, which is
 * exact: see ReadCache).
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly users: UsersRepository,
    private readonly cache: ReadCache,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithActor>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new UnauthorizedError(AccountErrorCode.TokenRequired, 'A bearer access token is required');
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      throw new UnauthorizedError(AccountErrorCode.TokenInvalid, 'The access token is invalid or expired');
    }
    await this.cache.begin(request);
    const actor = await this.cache.actor(request, claims.sub, () => this.users.findActor(claims.sub));
    if (!actor) throw new UnauthorizedError(AccountErrorCode.TokenInvalid, 'The access token is invalid or expired');
    request.actor = actor;
    return true;
  }
}
