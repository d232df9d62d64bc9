import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MemberActor } from '@embauche/accounts';
import { JobPostingsService, JobPostingErrorCode } from '@embauche/job-postings';
import { CurrentMember, Roles } from '../auth/actor.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { UuidPipe } from '../http/validators';
import { CreatePostingDto, PostingListQuery, UpdatePostingDto } from './dto/posting.dto';
import { OrgPostingListResponse, PostingListItemResponse, PostingPreviewResponse, PostingResponse } from './dto/posting.response';
import { CommonErrorCode } from '@embauche/common';

@ApiTags('job-postings')
@ApiBearerAuth()
@Controller('job-postings')
export class JobPostingsController {
  constructor(private readonly postings: JobPostingsService) {}

  @Post()
  @Roles('admin', 'recruiter')
  @ApiOperation({ summary: 'Draft a posting from a template; omitted fields default from it' })
  @ApiProblems(400, 401, 403, { 400: [JobPostingErrorCode.UnknownTemplate, JobPostingErrorCode.InvalidRequirements, JobPostingErrorCode.InvalidSalary, JobPostingErrorCode.NotAHiringManager, JobPostingErrorCode.DuplicateHiringManager] })
  async create(@CurrentMember() actor: MemberActor, @Body() body: CreatePostingDto): Promise<PostingResponse> {
    return PostingResponse.from(await this.postings.create(actor, body));
  }

  @Post('preview')
  @HttpCode(200)
  @Roles('admin', 'recruiter')
  @ApiOperation({ summary: 'What POST /job-postings would produce for this body (title, salary, requirements, rendered description); saves nothing' })
  @ApiProblems(400, 401, 403, { 400: [JobPostingErrorCode.UnknownTemplate, JobPostingErrorCode.InvalidRequirements, JobPostingErrorCode.InvalidSalary, JobPostingErrorCode.NotAHiringManager, JobPostingErrorCode.DuplicateHiringManager] })
  async preview(@CurrentMember() actor: MemberActor, @Body() body: CreatePostingDto): Promise<PostingPreviewResponse> {
    return PostingPreviewResponse.from(await this.postings.preview(actor, body));
  }

  @Get()
  @Roles('admin', 'recruiter', 'hiring_manager')
  @ApiOperation({ summary: 'Your organization’s postings, newest first (a hiring manager sees those assigned to them)' })
  @ApiProblems(400, 401, 403, { 400: [CommonErrorCode.InvalidCursor] })
  async list(@CurrentMember() actor: MemberActor, @Query() query: PostingListQuery): Promise<OrgPostingListResponse> {
    const page = await this.postings.listWithStats(actor, query);
    return { items: page.items.map(PostingListItemResponse.withStats), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles('admin', 'recruiter', 'hiring_manager')
  @ApiOperation({ summary: 'One posting of your organization' })
  @ApiProblems(400, 401, 403, { 404: [JobPostingErrorCode.PostingNotFound] })
  async get(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string): Promise<PostingResponse> {
    return PostingResponse.from(await this.postings.getVisible(actor, id));
  }

  @Patch(':id')
  @Roles('admin', 'recruiter')
  @ApiOperation({ summary: 'Change a draft or published posting; requirement changes re-score its applications' })
  @ApiProblems(400, 401, 403, { 400: [JobPostingErrorCode.UnknownTemplate, JobPostingErrorCode.InvalidRequirements, JobPostingErrorCode.InvalidSalary, JobPostingErrorCode.NotAHiringManager, JobPostingErrorCode.DuplicateHiringManager, JobPostingErrorCode.FieldNotNullable], 404: [JobPostingErrorCode.PostingNotFound], 409: [JobPostingErrorCode.PostingNotEditable, JobPostingErrorCode.SalaryRequired] })
  async update(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string, @Body() body: UpdatePostingDto): Promise<PostingResponse> {
    return PostingResponse.from(await this.postings.update(actor, id, body));
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('admin', 'recruiter')
  @ApiOperation({ summary: 'draft → published (a salary range is required)' })
  @ApiProblems(400, 401, 403, { 404: [JobPostingErrorCode.PostingNotFound], 409: [JobPostingErrorCode.PostingNotDraft, JobPostingErrorCode.SalaryRequired] })
  async publish(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string): Promise<PostingResponse> {
    return PostingResponse.from(await this.postings.publish(actor, id));
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('admin', 'recruiter')
  @ApiOperation({ summary: 'published → closed' })
  @ApiProblems(400, 401, 403, { 404: [JobPostingErrorCode.PostingNotFound], 409: [JobPostingErrorCode.PostingNotPublished] })
  async close(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string): Promise<PostingResponse> {
    return PostingResponse.from(await this.postings.close(actor, id));
  }
}
