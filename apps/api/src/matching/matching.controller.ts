import { Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MemberActor } from '@embauche/accounts';
import { ReviewService } from '@embauche/scoring/review.service';
import type { SourcingRunEntity } from '@embauche/scoring/suggestion.entity';
import { CurrentMember, Roles } from '../auth/actor.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { UuidPipe } from '../http/validators';
import { rankedPageJson } from './ranked-json';
import {
  MatchesQuery,
  MatchingStatusResponse,
  MatchListResponse,
  RescoreResponse,
  SourcingRunResponse,
  SuggestionListResponse,
  SuggestionsQuery,
} from './dto/matches.dto';

@ApiTags('matching')
@ApiBearerAuth()
@Roles('admin', 'recruiter', 'hiring_manager')
@Controller('job-postings/:id')
export class MatchingController {
  constructor(private readonly review: ReviewService) {}

  @Get('matches')
  @ApiOperation({ summary: 'Ranked applications: must-haves met first, then score, then candidate id; withdrawn left out unless asked' })
  @ApiProblems(400, 401, 403, 404)
  @Header('Content-Type', 'application/json; charset=utf-8')
  @ApiOkResponse({ type: MatchListResponse })
  async matches(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string, @Query() query: MatchesQuery): Promise<string> {
    const page = await this.review.matches(actor, id, { ...query, statuses: query.status });
    return rankedPageJson(page.items, { nextCursor: page.nextCursor, pending: page.pending, failed: page.failed });
  }

  @Get('suggestions')
  @ApiOperation({ summary: 'Ranked sourcing results: discoverable candidates who have not applied' })
  @ApiProblems(400, 401, 403, 404)
  @Header('Content-Type', 'application/json; charset=utf-8')
  @ApiOkResponse({ type: SuggestionListResponse })
  async suggestions(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string, @Query() query: SuggestionsQuery): Promise<string> {
    const page = await this.review.suggestions(actor, id, query);
    return rankedPageJson(page.items, { nextCursor: page.nextCursor });
  }

  @Get('matching-status')
  @ApiOperation({ summary: 'How many applications are scored, pending or failed' })
  @ApiProblems(400, 401, 403, 404)
  matchingStatus(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string): Promise<MatchingStatusResponse> {
    return this.review.matchingStatus(actor, id);
  }

  @Post('rescore')
  @HttpCode(202)
  @Roles('admin', 'recruiter')
  @ApiOperation({ summary: 'Score every application again (failed ones included)' })
  @ApiProblems(400, 401, 403, 404)
  rescore(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string): Promise<RescoreResponse> {
    return this.review.rescore(actor, id);
  }

  @Post('sourcing-runs')
  @HttpCode(202)
  @Roles('admin', 'recruiter')
  @ApiOperation({ summary: 'Score every discoverable candidate who has not applied; results in /suggestions' })
  @ApiProblems(400, 401, 403, 404, 409)
  async startSourcing(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string): Promise<SourcingRunResponse> {
    return toRun(await this.review.startSourcing(actor, id));
  }

  @Get('sourcing-runs/:runId')
  @ApiOperation({ summary: 'Progress of a sourcing run' })
  @ApiProblems(400, 401, 403, 404)
  async sourcingRun(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string, @Param('runId', UuidPipe) runId: string): Promise<SourcingRunResponse> {
    return toRun(await this.review.sourcingRun(actor, id, runId));
  }
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
