import { Controller, Get, Header, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JobBoardService, JobPostingErrorCode } from '@embauche/job-postings';
import type { FastifyRequest } from 'fastify';
import { Public } from '../auth/actor.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { UuidPipe } from '../http/validators';
import { BoardQuery } from '../job-postings/dto/posting.dto';
import { PostingListResponse, PostingResponse } from '../job-postings/dto/posting.response';
import { CommonErrorCode } from '@embauche/common';

@ApiTags('job-board')
@Public()
@Controller('jobs')
export class JobsController {
  constructor(private readonly board: JobBoardService) {}

  @Get()
  @ApiOperation({ summary: 'Published postings of every organization, newest first' })
  @ApiProblems({ 400: [CommonErrorCode.InvalidCursor] })
  async list(@Query() query: BoardQuery): Promise<PostingListResponse> {
    const page = await this.board.list(query);
    return { items: page.items.map(PostingResponse.from), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One published posting (404 for drafts and closed ones)' })
  @ApiProblems(400, { 404: [JobPostingErrorCode.PostingNotFound] })
  async get(@Param('id', UuidPipe) id: string): Promise<PostingResponse> {
    return PostingResponse.from(await this.board.get(id));
  }

  @Get(':id/schema-org')
  @ApiOperation({ summary: 'schema.org JobPosting as JSON-LD, for Google for Jobs' })
  @Header('Content-Type', 'application/ld+json; charset=utf-8')
  @ApiOkResponse({ description: 'application/ld+json', schema: { type: 'object', additionalProperties: true } })
  @ApiProblems(400, { 404: [JobPostingErrorCode.PostingNotFound] })
  schemaOrg(@Param('id', UuidPipe) id: string, @Req() request: FastifyRequest) {
    return this.board.schemaOrg(id, `${request.protocol}://${request.host}/api/v1/jobs/${id}`);
  }
}
