import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@embauche/applications/application.entity';
import { PaginationQuery } from '@embauche/common';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNumber, IsOptional, Max, Min } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The filters matches and suggestions share (`GET …/suggestions` takes exactly these). */
export class SuggestionsQuery extends PaginationQuery {
  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'Only scores at or above this' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({}, { message: 'minScore must be a number from 0 to 100' })
  @Min(0)
  @Max(100)
  minScore?: number;

  @ApiPropertyOptional({ description: 'Only candidates who meet (true) or miss (false) every must-have' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'mustHavesMet must be true or false' })
  mustHavesMet?: boolean;

  @ApiPropertyOptional({ description: 'Hide names and other direct identifiers (for applications: until interview)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'blind must be true or false' })
  blind?: boolean;
}

export class MatchesQuery extends SuggestionsQuery {
  @ApiPropertyOptional({ description: 'Application statuses, comma-separated (default: all but withdrawn)', example: 'applied,screening' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value))
  @IsIn(APPLICATION_STATUSES, { each: true, message: `status must be among ${APPLICATION_STATUSES.join(', ')}` })
  status?: ApplicationStatus[];
}

export class MatchCandidateResponse {
  @ApiProperty({ type: String, nullable: true, description: 'null under blind review' }) name: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null under blind review' }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) headline: string | null;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
}

export class MatchResponse {
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'null for a sourcing suggestion' }) applicationId: string | null;
  @ApiProperty({ format: 'uuid' }) candidateId: string;
  @ApiProperty({ type: MatchCandidateResponse }) candidate: MatchCandidateResponse;
  @ApiProperty({ description: 'The application status, or "suggested" for a sourcing suggestion' }) status: string;
  @ApiProperty({ description: '0–100' }) score: number;
  @ApiProperty() mustHavesMet: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Per criterion (weight, subScore, points) and per requirement (matched skill, how, level, credit); points add up to score' }) breakdown: unknown;
  @ApiProperty() scoredAt: string;
}

export class MatchListResponse {
  @ApiProperty({ type: [MatchResponse] }) items: MatchResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
  @ApiProperty({ description: 'Applications still waiting for a score' }) pending: number;
  @ApiProperty({ description: 'Applications whose scoring failed (see matching-status; rescore retries them)' }) failed: number;
}

export class SuggestionListResponse {
  @ApiProperty({ type: [MatchResponse] }) items: MatchResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class MatchingStatusResponse {
  @ApiProperty() total: number;
  @ApiProperty() scored: number;
  @ApiProperty() pending: number;
  @ApiProperty() failed: number;
}

export class RescoreResponse {
  @ApiProperty({ enum: ['accepted'] }) status: string;
  @ApiProperty({ description: 'Applications now waiting for a new score' }) pending: number;
}

export class SourcingRunResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'] }) status: string;
  @ApiProperty({ description: 'Candidates scored so far' }) scanned: number;
  @ApiProperty({ description: 'Suggestions kept' }) kept: number;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true }) finishedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) failureReason: string | null;
}

export class PipelineQuery extends PaginationQuery {
  @ApiProperty({ enum: APPLICATION_STATUSES, description: 'The column: applications in this status' })
  @IsIn(APPLICATION_STATUSES, { message: `status must be one of ${APPLICATION_STATUSES.join(', ')}` })
  status: ApplicationStatus;

  @ApiPropertyOptional({ description: 'Hide names and other direct identifiers until interview' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'blind must be true or false' })
  blind?: boolean;
}

export class PipelineMatchResponse {
  @ApiProperty({ enum: ['pending', 'scored', 'failed'] }) status: string;
  @ApiProperty({ type: Number, nullable: true, description: '0–100, once scored' }) score: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) mustHavesMet: boolean | null;
}

export class PipelineCardResponse {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) candidateId: string;
  @ApiProperty({ type: MatchCandidateResponse }) candidate: MatchCandidateResponse;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: string;
  @ApiProperty({ description: 'When the application entered this status (time in stage)' }) statusChangedAt: string;
  @ApiProperty({ type: PipelineMatchResponse }) match: PipelineMatchResponse;
}

export class PipelineCountsResponse {
  @ApiProperty() applied: number;
  @ApiProperty() screening: number;
  @ApiProperty() interview: number;
  @ApiProperty() offer: number;
  @ApiProperty() hired: number;
  @ApiProperty() rejected: number;
  @ApiProperty() withdrawn: number;
}

export class PipelineColumnResponse {
  @ApiProperty({ type: [PipelineCardResponse], description: 'Longest in stage first' }) items: PipelineCardResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
  @ApiProperty({ type: PipelineCountsResponse, description: 'How many applications each column holds' }) counts: PipelineCountsResponse;
}
