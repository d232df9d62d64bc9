import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountsService, type MemberActor, AccountErrorCode } from '@embauche/accounts';
import { CurrentMember, Roles } from '../auth/actor.decorators';
import { CreateMemberDto } from '../auth/dto/auth.dto';
import { UserResponse } from '../auth/dto/user.response';
import { ApiProblems } from '../http/api-problems.decorator';
import { UuidPipe } from '../http/validators';
import { MemberListResponse, MemberResponse, OrganizationResponse, UpdateMemberDto, UpdateOrganizationDto } from './dto/organization.dto';

@ApiTags('accounts')
@ApiBearerAuth()
@Controller('organization')
export class OrganizationController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @Roles('admin', 'recruiter', 'hiring_manager')
  @ApiOperation({ summary: 'The caller’s organization' })
  @ApiProblems(401, 403, { 404: [AccountErrorCode.OrganizationNotFound] })
  async get(@CurrentMember() actor: MemberActor): Promise<OrganizationResponse> {
    return OrganizationResponse.from(await this.accounts.organization(actor));
  }

  @Patch()
  @Roles('admin')
  @ApiOperation({ summary: 'Rename the organization or switch blind review' })
  @ApiProblems(400, 401, 403, { 404: [AccountErrorCode.OrganizationNotFound] })
  async update(@CurrentMember() actor: MemberActor, @Body() body: UpdateOrganizationDto): Promise<OrganizationResponse> {
    return OrganizationResponse.from(await this.accounts.updateOrganization(actor, body));
  }

  @Post('members')
  @Roles('admin')
  @ApiOperation({ summary: 'Add a recruiter, hiring manager or admin' })
  @ApiProblems(400, 401, 403, { 409: [AccountErrorCode.EmailTaken] })
  async createMember(@CurrentMember() actor: MemberActor, @Body() body: CreateMemberDto): Promise<UserResponse> {
    return UserResponse.from(await this.accounts.createMember(actor, body));
  }

  @Get('members')
  @Roles('admin', 'recruiter')
  @ApiOperation({ summary: 'Members of the organization' })
  @ApiProblems(401, 403)
  async listMembers(@CurrentMember() actor: MemberActor): Promise<MemberListResponse> {
    return { items: (await this.accounts.listMembers(actor)).map(MemberResponse.fromMember), nextCursor: null };
  }

  @Patch('members/:id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change a member’s role, deactivate or reactivate them; the organization always keeps an active admin' })
  @ApiProblems(400, 401, 403, { 404: [AccountErrorCode.MemberNotFound], 409: [AccountErrorCode.LastAdmin] })
  async updateMember(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string, @Body() body: UpdateMemberDto): Promise<MemberResponse> {
    return MemberResponse.fromMember(await this.accounts.updateMember(actor, id, body));
  }
}
