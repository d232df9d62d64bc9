import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BrowserSessionsService } from '@embauche/accounts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from './actor.decorators';
import { BrowserSessionResponse } from './dto/browser-session.dto';
import { UserResponse } from './dto/user.response';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './session-cookie';
import { ApiSessionProblems } from './session-problems.decorator';
import { TrustedOrigin } from './trusted-origin';

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
  @ApiOperation({
    summary: 'Browsers: rotate the refresh cookie and get a new short-lived access token',
    description: 'Authenticated by the `embauche_refresh` cookie (HttpOnly, SameSite=Strict, Path=/api/v1/auth), not by a bearer token. Requires an Origin (or Referer) of the API itself or of CORS_ORIGINS. Refresh from one tab at a time: two concurrent refreshes with the same cookie look like a replay and end the session.',
  })
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
  @ApiOperation({
    summary: 'Browsers: end the session (every token of its family) and clear the cookie',
    description: 'Authenticated by the `embauche_refresh` cookie; same Origin rule as /auth/refresh. An access token already handed out stays valid until it expires (SESSION_ACCESS_TTL_SECONDS).',
  })
  @ApiNoContentResponse({ description: 'Signed out; the cookie is cleared. An unknown or already ended session is also 204' })
  @ApiSessionProblems()
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    this.origins.assert(request);
    clearRefreshCookie(reply, this.origins.secureCookies);
    await this.sessions.end(readRefreshCookie(request));
  }
}
