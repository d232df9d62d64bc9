import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApplicationEventEntity } from '@embauche/applications/application-event.entity';
import { APPLICATION_STATUSES, type ApplicationEntity } from '@embauche/applications/application.entity';
import { MATCH_STATUSES } from '@embauche/applications/match-state';

export class MatchSummaryResponse {
  @ApiProperty({ enum: MATCH_STATUSES }) status: string;
  @ApiProperty({ type: Number, nullable: true, description: '0–100' }) score: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) mustHavesMet: boolean | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'Per criterion and per requirement; points add up to score' }) breakdown: unknown;
  @ApiProperty({ type: String, nullable: true }) scoredAt: string | null;
  @ApiProperty({ description: 'The profile revision the score is (or will be) computed from' }) profileRevision: number;
  @ApiProperty() requirementsVersion: number;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why scoring failed, when status is failed' }) failureReason?: string | null;
}

export class ApplicationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) jobPostingId: string;
  @ApiProperty({ format: 'uuid' }) candidateId: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true }) coverLetter: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty({ type: MatchSummaryResponse }) match: MatchSummaryResponse;
  @ApiPropertyOptional({ description: 'For organization members: who applied (name and email null under blind review until interview)', type: 'object', properties: { name: { type: 'string', nullable: true }, email: { type: 'string', nullable: true }, headline: { type: 'string', nullable: true }, city: { type: 'string', nullable: true } } })
  candidate?: { name: string | null; email: string | null; headline: string | null; city: string | null };

  static from(a: ApplicationEntity): ApplicationResponse {
    return {
      id: a.id,
      jobPostingId: a.jobPostingId,
      candidateId: a.candidateId,
      status: a.status,
      coverLetter: a.coverLetter,
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
      match: {
        status: a.match.status,
        score: a.match.score,
        mustHavesMet: a.match.mustHavesMet,
        breakdown: a.match.breakdown ?? null,
        scoredAt: a.match.scoredAt?.toISOString() ?? null,
        profileRevision: a.match.profileRevision,
        requirementsVersion: a.match.requirementsVersion,
        failureReason: a.match.failureReason,
      },
    };
  }
}

export class ApplicationEventResponse {
  @ApiProperty() at: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) actorId: string | null;
  @ApiProperty({ enum: ['applied', 'transition', 'withdrawn', 'erased'] }) type: string;
  @ApiProperty({ type: String, nullable: true }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiPropertyOptional({ type: [String], nullable: true, description: 'Identity fields this move revealed under blind review' }) revealed?: string[] | null;

  static from(e: ApplicationEventEntity): ApplicationEventResponse {
    return { at: e.at.toISOString(), actorId: e.actorId, type: e.type, from: e.fromStatus, to: e.toStatus, note: e.note, revealed: e.revealed };
  }
}

export class ApplicationEventListResponse {
  @ApiProperty({ type: [ApplicationEventResponse] }) items: ApplicationEventResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: the trail is returned whole' }) nextCursor: string | null;
}
