import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountsService, BrowserSessionsService, type Actor, type Session, AccountErrorCode } from '@embauche/accounts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems } from '../http/api-problems.decorator';
import { CurrentActor, Public } from './actor.decorators';
import { CandidateSignupBodyDto, LoginBodyDto, OrganizationSignupBodyDto, type SessionMode } from './dto/browser-session.dto';
import { SessionResponse, UserResponse } from './dto/user.response';
import { UpdateMeDto } from './dto/auth.dto';
import { ApiOriginProblem } from './session-problems.decorator';
import { setRefreshCookie } from './session-cookie';
import { TrustedOrigin } from './trusted-origin';

@ApiTags('accounts')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: BrowserSessionsService,
    private readonly origins: TrustedOrigin,
  ) {}

  @Public()
  @Post('signup/organization')
  @ApiOperation({ summary: 'Create an organization; the caller becomes its admin' })
  @ApiProblems(400, 429, { 409: [AccountErrorCode.EmailTaken] })
  @ApiOriginProblem()
  async signupOrganization(
    @Body() { session, ...body }: OrganizationSignupBodyDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponse> {
    if (session) this.origins.assert(request);
    return this.respond(await this.accounts.signupOrganization(body), session, reply);
  }

  @Public()
  @Post('signup/candidate')
  @ApiOperation({ summary: 'Create a candidate account' })
  @ApiProblems(400, 429, { 409: [AccountErrorCode.EmailTaken] })
  @ApiOriginProblem()
  async signupCandidate(
    @Body() { session, ...body }: CandidateSignupBodyDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponse> {
    if (session) this.origins.assert(request);
    return this.respond(await this.accounts.signupCandidate(body), session, reply);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange credentials for an access token (same 401 for unknown email and wrong password)' })
  @ApiProblems(400, 429, { 401: [AccountErrorCode.InvalidCredentials] })
  @ApiOriginProblem()
  async login(
    @Body() { session, ...body }: LoginBodyDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponse> {
    // Checked before the password: a forged cross-site login must not even be tried.
    if (session) this.origins.assert(request);
    return this.respond(await this.accounts.login(body), session, reply);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiProblems(401, { 404: [AccountErrorCode.UserNotFound] })
  async me(@CurrentActor() actor: Actor): Promise<UserResponse> {
    return UserResponse.from(await this.accounts.me(actor));
  }

  @Patch('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change the signed-in user’s settings (the language of their emails)' })
  @ApiProblems(400, 401)
  async updateMe(@CurrentActor() actor: Actor, @Body() body: UpdateMeDto): Promise<UserResponse> {
    return UserResponse.from(await this.accounts.updateMe(actor, body));
  }

  /** Bearer clients get the answer as before; a browser trades it for a session. */
  private async respond(account: Session, mode: SessionMode | undefined, reply: FastifyReply): Promise<SessionResponse> {
    if (!mode) return { accessToken: account.accessToken, user: UserResponse.from(account.user) };
    const session = await this.sessions.start(account.user);
    setRefreshCookie(reply, session.refreshToken, session.refreshMaxAge, this.origins.secureCookies);
    return { accessToken: session.accessToken, expiresIn: session.expiresIn, user: UserResponse.from(session.user) };
  }
}
