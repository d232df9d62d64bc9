import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@embauche/accounts';
import { ApplicationsService } from '@embauche/applications/applications.service';
import { ApplicationIdentityService } from '@embauche/review';
import { CurrentActor, Roles } from '../auth/actor.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { UuidPipe } from '../http/validators';
import { ApplyDto, BlindQuery, TransitionDto } from './dto/application.dto';
import { ApplicationEventListResponse, ApplicationEventResponse, ApplicationResponse } from './dto/application.response';
import { AccountErrorCode } from '@embauche/accounts';
import { JobPostingErrorCode } from '@embauche/job-postings';
import { ApplicationErrorCode } from '@embauche/applications/application-errors';

@ApiTags('applications')
@ApiBearerAuth()
@Controller()
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly identities: ApplicationIdentityService,
  ) {}

  @Post('jobs/:id/applications')
  @Roles('candidate')
  @ApiOperation({ summary: 'Apply to a published posting (your profile revision is recorded; the match starts pending)' })
  @ApiProblems(400, 403, { 401: [AccountErrorCode.AccountErased], 404: [JobPostingErrorCode.PostingNotFound], 409: [ApplicationErrorCode.PostingClosed, ApplicationErrorCode.AlreadyApplied, ApplicationErrorCode.ProfileRequired] })
  async apply(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: ApplyDto): Promise<ApplicationResponse> {
    return ApplicationResponse.from(await this.applications.apply(actor, id, body.coverLetter?.trim() || null));
  }

  @Post('applications/:id/withdraw')
  @HttpCode(200)
  @Roles('candidate')
  @ApiOperation({ summary: 'Withdraw your application (409 from a final status)' })
  @ApiProblems(400, 401, 403, { 404: [ApplicationErrorCode.ApplicationNotFound], 409: [ApplicationErrorCode.StatusFinal, ApplicationErrorCode.MovedMeanwhile, ApplicationErrorCode.TransitionNotAllowed] })
  async withdraw(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<ApplicationResponse> {
    return ApplicationResponse.from(await this.applications.withdraw(actor, id));
  }

  @Post('applications/:id/transitions')
  @HttpCode(200)
  @Roles('admin', 'recruiter', 'hiring_manager')
  @ApiOperation({ summary: 'Move an application along the pipeline (409 for a move not in the status table)' })
  @ApiProblems(400, 401, { 403: [AccountErrorCode.RoleForbidden, ApplicationErrorCode.WithdrawByCandidateOnly], 404: [ApplicationErrorCode.ApplicationNotFound], 409: [ApplicationErrorCode.StatusFinal, ApplicationErrorCode.MovedMeanwhile, ApplicationErrorCode.TransitionNotAllowed] })
  async transition(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: TransitionDto): Promise<ApplicationResponse> {
    return ApplicationResponse.from(await this.applications.transition(actor, id, body.to, body.note?.trim() || null));
  }

  @Get('applications/:id')
  @ApiOperation({ summary: 'An application: yours, or one to a posting you can see' })
  @ApiProblems(400, 401, { 404: [ApplicationErrorCode.ApplicationNotFound] })
  async get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Query() query: BlindQuery): Promise<ApplicationResponse> {
    const { application, identity } = await this.identities.get(actor, id, query.blind ?? false);
    return { ...ApplicationResponse.from(application), ...(identity ? { candidate: identity } : {}) };
  }

  @Get('applications/:id/events')
  @Roles('admin', 'recruiter', 'hiring_manager')
  @ApiOperation({ summary: 'The append-only audit trail of an application' })
  @ApiProblems(400, 401, 403, { 404: [ApplicationErrorCode.ApplicationNotFound] })
  async events(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<ApplicationEventListResponse> {
    return { items: (await this.applications.events(actor, id)).map(ApplicationEventResponse.from), nextCursor: null };
  }
}
