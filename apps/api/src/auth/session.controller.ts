import { applyDecorators, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiNoContentResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { BrowserSessionsService } from '@embauche/accounts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems } from '../http/api-problems.decorator';
import { Public } from './actor.decorators';
import { BrowserSessionResponse } from './dto/browser-session.dto';
import { UserResponse } from './dto/user.response';
import { clearRefreshCookie, readRefreshCookie, REFRESH_COOKIE, setRefreshCookie } from './session-cookie';
import { TrustedOrigin } from './trusted-origin';

const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemResponse' } } };

export const ApiOriginProblem = () =>
  ApiResponse({ status: 403, description: 'Cookie session requested or used from an untrusted Origin (or none): CSRF defence', content: problem });

const ApiSessionProblems = () =>
  applyDecorators(
    ApiCookieAuth(REFRESH_COOKIE),
    ApiResponse({ status: 401, description: 'Cookie missing, garbled, unknown, expired, already used (the session is then revoked) or its user no longer active; the cookie is cleared', content: problem }),
    ApiOriginProblem(),
    ApiProblems(429),
  );

/**
 * The routes the refresh cookie authenticates. They take no bearer token
 * (@Public) and are the only ones with an ambient credential, hence the
 * Origin check on each.
 */
@ApiTags('accounts')
@Controller('auth')
export class SessionController {
  constructor(
    private readonly sessions: BrowserSessionsService,
    private readonly origins: TrustedOrigin,
  ) {}

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Browsers: rotate the refresh cookie and get a new short-lived access token' })
  @ApiOkResponse({ type: BrowserSessionResponse, description: 'Sets a new `embauche_refresh` cookie; the one presented can never be used again' })
  @ApiSessionProblems()
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<BrowserSessionResponse> {
    this.origins.assert(request);
    // Cleared unless the rotation succeeds: a refused cookie is dead, the browser should drop it.
    clearRefreshCookie(reply, this.origins.secureCookies);
    const session = await this.sessions.refresh(readRefreshCookie(request));
    setRefreshCookie(reply, session.refreshToken, session.refreshMaxAge, this.origins.secureCookies);
    return { accessToken: session.accessToken, expiresIn: session.expiresIn, user: UserResponse.from(session.user) };
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Browsers: end the session (every token of its family) and clear the cookie' })
  @ApiNoContentResponse({ description: 'Signed out; the cookie is cleared. An unknown or already ended session is also 204' })
  @ApiSessionProblems()
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    this.origins.assert(request);
    clearRefreshCookie(reply, this.origins.secureCookies);
    await this.sessions.end(readRefreshCookie(request));
  }
}
