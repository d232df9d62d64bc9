import { ApiProperty } from '@nestjs/swagger';
import { salaryOf, type JobPostingEntity, type PostingPreview, type PostingStats } from '@embauche/job-postings';
import { POSTING_STATUSES } from '@embauche/job-postings/job-posting.entity';
import { RequirementsDto } from './requirements.dto';
import { SalaryDto } from './posting.dto';

export class PostingResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() templateId: string;
  @ApiProperty({ enum: POSTING_STATUSES }) status: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Markdown in the posting’s language: missions, requirements, conditions, salary, benefits' }) description: string;
  @ApiProperty({ enum: ['fr', 'en', 'nl'] }) language: string;
  @ApiProperty() country: string;
  @ApiProperty() city: string;
  @ApiProperty() seniority: string;
  @ApiProperty() remotePolicy: string;
  @ApiProperty() employmentType: string;
  @ApiProperty({ type: SalaryDto, nullable: true }) salary: SalaryDto | null;
  @ApiProperty({ type: RequirementsDto }) requirements: object;
  @ApiProperty({ description: 'Bumped on every change of requirements' }) requirementsVersion: number;
  @ApiProperty({ type: [String] }) hiringManagerIds: string[];
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty({ type: String, nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) closedAt: string | null;

  static from(p: JobPostingEntity): PostingResponse {
    return {
      id: p.id,
      organizationId: p.organizationId,
      templateId: p.templateId,
      status: p.status,
      title: p.title,
      description: p.description,
      language: p.language,
      country: p.country,
      city: p.city,
      seniority: p.seniority,
      remotePolicy: p.remotePolicy,
      employmentType: p.employmentType,
      salary: salaryOf(p),
      requirements: p.requirements,
      requirementsVersion: p.requirementsVersion,
      hiringManagerIds: p.hiringManagerIds,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
      publishedAt: p.publishedAt?.toISOString() ?? null,
      closedAt: p.closedAt?.toISOString() ?? null,
    };
  }
}

export class PostingStatsResponse {
  @ApiProperty({ description: 'Applications received' }) applications: number;
  @ApiProperty({ description: 'Applications whose score is being computed' }) pending: number;
  @ApiProperty({ description: 'Applications whose scoring failed' }) failed: number;
  @ApiProperty({ description: 'The latest change to the posting or any of its applications' }) lastActivityAt: string;
}

export class PostingListItemResponse extends PostingResponse {
  @ApiProperty({ type: PostingStatsResponse }) stats: PostingStatsResponse;

  static withStats(p: JobPostingEntity & { stats: PostingStats }): PostingListItemResponse {
    return { ...PostingResponse.from(p), stats: { ...p.stats, lastActivityAt: p.stats.lastActivityAt.toISOString() } };
  }
}

export class PostingPreviewResponse {
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Markdown in the posting’s language, rendered exactly as creating would' }) description: string;
  @ApiProperty({ type: SalaryDto, nullable: true, description: 'The chosen salary, or the template’s band for the country and seniority' }) salary: SalaryDto | null;
  @ApiProperty({ type: RequirementsDto }) requirements: object;

  static from(p: PostingPreview): PostingPreviewResponse {
    return { title: p.title, description: p.description, salary: p.salary, requirements: p.requirements };
  }
}

export class PostingListResponse {
  @ApiProperty({ type: [PostingResponse] }) items: PostingResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** The organization's list (GET /job-postings): postings with their stats. */
export class OrgPostingListResponse {
  @ApiProperty({ type: [PostingListItemResponse] }) items: PostingListItemResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
