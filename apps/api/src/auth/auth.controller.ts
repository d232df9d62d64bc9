import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountsService, type Actor } from '@embauche/accounts';
import { ApiProblems } from '../http/api-problems.decorator';
import { CurrentActor, Public } from './actor.decorators';
import { CandidateSignupDto, LoginDto, OrganizationSignupDto } from './dto/auth.dto';
import { SessionResponse, UserResponse } from './dto/user.response';

@ApiTags('accounts')
@Controller('auth')
export class AuthController {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Post('signup/organization')
  @ApiOperation({ summary: 'Create an organization; the caller becomes its admin' })
  @ApiProblems(400, 409, 429)
  async signupOrganization(@Body() body: OrganizationSignupDto): Promise<SessionResponse> {
    const session = await this.accounts.signupOrganization(body);
    return { accessToken: session.accessToken, user: UserResponse.from(session.user) };
  }

  @Public()
  @Post('signup/candidate')
  @ApiOperation({ summary: 'Create a candidate account' })
  @ApiProblems(400, 409, 429)
  async signupCandidate(@Body() body: CandidateSignupDto): Promise<SessionResponse> {
    const session = await this.accounts.signupCandidate(body);
    return { accessToken: session.accessToken, user: UserResponse.from(session.user) };
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange credentials for an access token (same 401 for unknown email and wrong password)' })
  @ApiProblems(400, 401, 429)
  async login(@Body() body: LoginDto): Promise<SessionResponse> {
    const session = await this.accounts.login(body);
    return { accessToken: session.accessToken, user: UserResponse.from(session.user) };
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiProblems(401)
  async me(@CurrentActor() actor: Actor): Promise<UserResponse> {
    return UserResponse.from(await this.accounts.me(actor));
  }
}
