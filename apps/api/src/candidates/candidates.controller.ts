import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@embauche/accounts';
import { ApplicationsService } from '@embauche/applications/applications.service';
import { MyApplicationService } from '@embauche/applications/my-application.service';
import { ProfilesService } from '@embauche/candidates/profiles.service';
import { PaginationQuery, CommonErrorCode } from '@embauche/common';
import { CandidateDataService } from '@embauche/privacy/candidate-data.service';
import { CurrentActor, Roles } from '../auth/actor.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { UuidPipe } from '../http/validators';
import { CandidateApplicationListResponse, toCandidateApplication } from './dto/candidate-application.response';
import { MyApplicationResponse, toMyApplication } from './dto/my-application.response';
import { ProfileDto } from './dto/profile.dto';
import { ImportedProfileResponse, JsonResumePreviewResponse, ProfileResponse } from './dto/profile.response';
import { AccountErrorCode } from '@embauche/accounts';
import { CandidateErrorCode } from '@embauche/candidates/candidate-errors';
import { ApplicationErrorCode } from '@embauche/applications/application-errors';

@ApiTags('candidates')
@ApiBearerAuth()
@Roles('candidate')
@Controller('candidates/me')
export class CandidatesController {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly applications: ApplicationsService,
    private readonly data: CandidateDataService,
    private readonly myApplication: MyApplicationService,
  ) {}

  @Put('profile')
  @ApiOperation({ summary: 'Replace your profile; revision +1 on every change (none for a PUT that changes nothing)' })
  @ApiProblems(400, 403, { 400: [CandidateErrorCode.DuplicateSkill, CandidateErrorCode.DuplicateLanguage], 401: [AccountErrorCode.AccountErased] })
  async put(@CurrentActor() actor: Actor, @Body() body: ProfileDto): Promise<ProfileResponse> {
    return ProfileResponse.from(await this.profiles.put(actor, body));
  }

  @Get('profile')
  @ApiOperation({ summary: 'Your profile (404 before the first PUT)' })
  @ApiProblems(401, 403, { 404: [CandidateErrorCode.ProfileNotFound] })
  async get(@CurrentActor() actor: Actor): Promise<ProfileResponse> {
    return ProfileResponse.from(await this.profiles.get(actor));
  }

  @Post('profile/json-resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Build your profile from a JSON Resume document (jsonresume.org schema)' })
  @ApiBody({ description: 'A JSON Resume document', schema: { type: 'object', additionalProperties: true } })
  @ApiProblems(400, 403, { 400: [CandidateErrorCode.InvalidJsonResume, CandidateErrorCode.DuplicateSkill, CandidateErrorCode.DuplicateLanguage], 401: [AccountErrorCode.AccountErased] })
  async importJsonResume(@CurrentActor() actor: Actor, @Body() document: Record<string, unknown>): Promise<ImportedProfileResponse> {
    const result = await this.profiles.importJsonResume(actor, document);
    return { ...ProfileResponse.from(result.profile), unmapped: result.unmapped };
  }

  @Post('profile/json-resume/preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'What importing this JSON Resume would write, and what it could not map; saves nothing' })
  @ApiBody({ description: 'A JSON Resume document', schema: { type: 'object', additionalProperties: true } })
  @ApiProblems(400, 401, 403, { 400: [CandidateErrorCode.InvalidJsonResume] })
  async previewJsonResume(@CurrentActor() actor: Actor, @Body() document: Record<string, unknown>): Promise<JsonResumePreviewResponse> {
    const { profile, unmapped } = await this.profiles.previewJsonResume(actor, document);
    return {
      profile: {
        ...profile,
        salaryExpectation: profile.salaryExpectation ? { ...profile.salaryExpectation } : null,
        skills: profile.skills.map((s) => ({ name: s.name, skillId: s.skillId, level: s.level ?? null, ...(s.years != null ? { years: s.years } : {}) })),
      },
      unmapped,
    };
  }

  @Get('applications')
  @ApiOperation({ summary: 'Your applications, with your score and the required skills and languages you lack' })
  @ApiProblems(400, 401, 403, { 400: [CommonErrorCode.InvalidCursor] })
  async listApplications(@CurrentActor() actor: Actor, @Query() query: PaginationQuery): Promise<CandidateApplicationListResponse> {
    const page = await this.applications.listMine(actor, query.limit, query.cursor);
    return { items: page.items.map(toCandidateApplication), nextCursor: page.nextCursor };
  }

  @Get('applications/:id')
  @ApiOperation({
    summary: 'One of your applications: its status timeline, your score per criterion, what you lack, and what would change the score (you only; others’ are 404)',
  })
  @ApiProblems(400, 401, 403, 404, { 404: [ApplicationErrorCode.ApplicationNotFound] })
  async getApplication(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<MyApplicationResponse> {
    return toMyApplication(await this.myApplication.get(actor, id));
  }

  @Get('export')
  @ApiOperation({ summary: 'Everything held on you, in one JSON document' })
  @ApiProblems(401, 403, { 404: [AccountErrorCode.AccountNotFound] })
  export(@CurrentActor() actor: Actor) {
    return this.data.export(actor);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Erase your personal data; your applications are withdrawn and anonymized; you can no longer sign in' })
  @ApiProblems(401, 403, { 404: [AccountErrorCode.AccountNotFound] })
  async erase(@CurrentActor() actor: Actor): Promise<void> {
    await this.data.erase(actor);
  }
}
