import { Controller, Get, Header, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MemberActor } from '@embauche/accounts';
import { JobPostingsRepository, type PostingReviewAccess } from '@embauche/job-postings/job-postings.repository';
import { ReviewService, type RankedFilter } from '@embauche/review';
import { APPLICATION_STATUSES } from '@embauche/applications/application.entity';
import { SourcingRunsService, type SourcingRunEntity } from '@embauche/sourcing';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentMember, Roles } from '../auth/actor.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { UuidPipe } from '../http/validators';
import { cachedBody, sendBody } from '../read-cache/cached-body';
import { ReadCache } from '../read-cache/read-cache';
import { rankedPageJson } from './ranked-json';
import {
  MatchesQuery,
  MatchingStatusResponse,
  MatchListResponse,
  PipelineColumnResponse,
  PipelineQuery,
  RescoreResponse,
  SourcingRunResponse,
  SuggestionListResponse,
  SuggestionsQuery,
} from './dto/matches.dto';
import { JobPostingErrorCode } from '@embauche/job-postings';
import { SourcingErrorCode } from '@embauche/sourcing/sourcing-errors';
import { CommonErrorCode } from '@embauche/common';

@ApiTags('matching')
@ApiBearerAuth()
@Roles('admin', 'recruiter', 'hiring_manager')
@Controller('job-postings/:id')
export class MatchingController {
  constructor(
    private readonly review: ReviewService,
    private readonly sourcing: SourcingRunsService,
    private readonly postings: JobPostingsRepository,
    private readonly cache: ReadCache,
  ) {}

  @Get('matches')
  @ApiOperation({ summary: 'Ranked applications: must-haves met first, then score, then candidate id; withdrawn left out unless asked' })
  @ApiProblems(400, 401, 403, { 400: [CommonErrorCode.InvalidCursor], 404: [JobPostingErrorCode.PostingNotFound] })
  @Header('Content-Type', 'application/json; charset=utf-8')
  @ApiOkResponse({ type: MatchListResponse })
  async matches(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentMember() actor: MemberActor,
    @Param('id', UuidPipe) id: string,
    @Query() query: MatchesQuery,
  ): Promise<Buffer | undefined> {
    const filter: RankedFilter = { ...query, statuses: query.status };
    return this.rankedPage(request, reply, actor, id, 'matches', filter, async (posting) => {
      const page = await this.review.matchesOf(posting, filter);
      return rankedPageJson(page.items, { nextCursor: page.nextCursor, pending: page.pending, failed: page.failed });
    });
  }

  @Get('suggestions')
  @ApiOperation({ summary: 'Ranked sourcing results: discoverable candidates who have not applied' })
  @ApiProblems(400, 401, 403, { 400: [CommonErrorCode.InvalidCursor], 404: [JobPostingErrorCode.PostingNotFound] })
  @Header('Content-Type', 'application/json; charset=utf-8')
  @ApiOkResponse({ type: SuggestionListResponse })
  async suggestions(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentMember() actor: MemberActor,
    @Param('id', UuidPipe) id: string,
    @Query() query: SuggestionsQuery,
  ): Promise<Buffer | undefined> {
    return this.rankedPage(request, reply, actor, id, 'suggestions', query, async (posting) => {
      const page = await this.review.suggestionsOf(posting, query);
      return rankedPageJson(page.items, { nextCursor: page.nextCursor });
    });
  }

  @Get('pipeline')
  @ApiOperation({ summary: 'One column of the pipeline board: the applications in one status, scored or not, longest in stage first, and every column’s size' })
  @ApiProblems(400, 401, 403, { 400: [CommonErrorCode.InvalidCursor], 404: [JobPostingErrorCode.PostingNotFound] })
  async pipeline(
    @Req() request: FastifyRequest,
    @CurrentMember() actor: MemberActor,
    @Param('id', UuidPipe) id: string,
    @Query() query: PipelineQuery,
  ): Promise<PipelineColumnResponse> {
    const posting = await this.visiblePosting(request, actor, id);
    const page = await this.review.pipelineOf(posting, query);
    return {
      items: page.items.map(({ row, hidden }) => ({
        applicationId: row.application_id,
        candidateId: row.candidate_id,
        candidate: { name: hidden ? null : row.name, email: hidden ? null : row.email, headline: row.headline, city: row.city },
        status: row.status,
        statusChangedAt: row.status_changed_at.toISOString(),
        match: { status: row.match_status, score: row.score, mustHavesMet: row.must_haves_met },
      })),
      nextCursor: page.nextCursor,
      counts: Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, page.counts[s] ?? 0])) as unknown as PipelineColumnResponse['counts'],
    };
  }

  @Get('matching-status')
  @ApiOperation({ summary: 'How many applications are scored, pending or failed' })
  @ApiProblems(400, 401, 403, { 404: [JobPostingErrorCode.PostingNotFound] })
  matchingStatus(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string): Promise<MatchingStatusResponse> {
    return this.review.matchingStatus(actor, id);
  }

  @Post('rescore')
  @HttpCode(202)
  @Roles('admin', 'recruiter')
  @ApiOperation({ summary: 'Score every application again (failed ones included)' })
  @ApiProblems(400, 401, 403, { 404: [JobPostingErrorCode.PostingNotFound] })
  rescore(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string): Promise<RescoreResponse> {
    return this.review.rescore(actor, id);
  }

  @Post('sourcing-runs')
  @HttpCode(202)
  @Roles('admin', 'recruiter')
  @ApiOperation({ summary: 'Score every discoverable candidate who has not applied; results in /suggestions' })
  @ApiProblems(400, 401, 403, { 404: [JobPostingErrorCode.PostingNotFound], 409: [SourcingErrorCode.SourcingPostingClosed] })
  async startSourcing(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string): Promise<SourcingRunResponse> {
    return toRun(await this.sourcing.start(actor, id));
  }

  @Get('sourcing-runs/:runId')
  @ApiOperation({ summary: 'Progress of a sourcing run' })
  @ApiProblems(400, 401, 403, { 404: [JobPostingErrorCode.PostingNotFound, SourcingErrorCode.SourcingRunNotFound] })
  async sourcingRun(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string, @Param('runId', UuidPipe) runId: string): Promise<SourcingRunResponse> {
    return toRun(await this.sourcing.get(actor, id, runId));
  }

  /** A ranked list's page for an authorized caller, from the read cache or rendered by `render`. */
  private async rankedPage(
    request: FastifyRequest,
    reply: FastifyReply,
    actor: MemberActor,
    id: string,
    list: 'matches' | 'suggestions',
    filter: RankedFilter,
    render: (posting: PostingReviewAccess) => Promise<string>,
  ): Promise<Buffer | undefined> {
    const posting = await this.visiblePosting(request, actor, id);
    const key = pageKey(list, this.review.blindFor(posting, filter), filter);
    const body = await this.cache.page(request, posting.id, key, async () => cachedBody(await render(posting)));
    return sendBody(request, reply, body);
  }

  /** The review routes' authorization, its lookup served by the read cache. */
  private visiblePosting(request: FastifyRequest, actor: MemberActor, id: string): Promise<PostingReviewAccess> {
    return this.review.visiblePosting(actor, id, (postingId, organizationId) =>
      this.cache.postingAccess(request, postingId, organizationId, () => this.postings.findReviewAccess(postingId, organizationId)),
    );
  }
}

/** Everything a ranked page depends on besides the posting's rows: which list, who is hidden, the filters and the position. */
function pageKey(list: 'matches' | 'suggestions', blind: boolean, f: RankedFilter): string {
  return JSON.stringify([list, blind, f.limit, f.minScore ?? null, f.mustHavesMet ?? null, f.statuses ?? null, f.cursor ?? null]);
}

function toRun(run: SourcingRunEntity): SourcingRunResponse {
  return {
    id: run.id,
    status: run.status,
    scanned: run.scanned,
    kept: run.kept,
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    failureReason: run.failureReason,
  };
}
