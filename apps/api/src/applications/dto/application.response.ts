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

export class ApplicantSkillResponse {
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) skillId: string | null;
  @ApiProperty({ description: '1–5' }) level: number;
  @ApiPropertyOptional() years?: number;
}

export class ApplicantLanguageResponse {
  @ApiProperty() language: string;
  @ApiProperty() level: string;
}

export class ApplicantResponse {
  @ApiProperty({ type: String, nullable: true, description: 'null under blind review' }) name: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null under blind review' }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) headline: string | null;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty({ type: String, nullable: true }) country: string | null;
  @ApiProperty({ type: String, nullable: true }) summary: string | null;
  @ApiProperty({ type: Number, nullable: true }) yearsExperience: number | null;
  @ApiProperty({ type: [ApplicantSkillResponse] }) skills: ApplicantSkillResponse[];
  @ApiProperty({ type: [ApplicantLanguageResponse] }) languages: ApplicantLanguageResponse[];
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
  @ApiPropertyOptional({ type: () => ApplicantResponse, description: 'For organization members: who applied (name and email null under blind review until interview) and their profile' })
  candidate?: ApplicantResponse;

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
  @ApiProperty({ type: String, nullable: true, description: 'The member who made the move; null when the candidate or the system did' }) actorName: string | null;

  static from({ event: e, actorName }: { event: ApplicationEventEntity; actorName: string | null }): ApplicationEventResponse {
    return { at: e.at.toISOString(), actorId: e.actorId, type: e.type, from: e.fromStatus, to: e.toStatus, note: e.note, revealed: e.revealed, actorName };
  }
}

export class ApplicationEventListResponse {
  @ApiProperty({ type: [ApplicationEventResponse] }) items: ApplicationEventResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: the trail is returned whole' }) nextCursor: string | null;
}
