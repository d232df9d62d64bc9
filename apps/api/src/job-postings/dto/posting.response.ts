import { ApiProperty } from '@nestjs/swagger';
import { salaryOf, type JobPostingEntity } from '@embauche/job-postings';
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

export class PostingListResponse {
  @ApiProperty({ type: [PostingResponse] }) items: PostingResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
