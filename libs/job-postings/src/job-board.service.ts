import { Injectable } from '@nestjs/common';
import { OrganizationsRepository } from '@embauche/accounts';
import { NotFoundError, toPage, type Page } from '@embauche/common';
import { foldText, skillKey } from '@embauche/matching/normalize';
import { SkillCatalog } from '@embauche/skills/skill-catalog';
import { toSchemaOrgJobPosting } from '@embauche/templates/schema-org';
import type { JobPostingEntity } from './job-posting.entity';
import type { BoardFilter } from './job-posting.types';
import { JobPostingsRepository } from './job-postings.repository';
import { salaryOf } from './job-postings.service';
import { decodeTimeIdCursor } from './keyset-cursor';
import { JobPostingErrorCode } from './job-posting-errors';

/** The public board: published postings of every organization, for anyone. */
@Injectable()
export class JobBoardService {
  constructor(
    private readonly postings: JobPostingsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly skills: SkillCatalog,
  ) {}

  async list(filter: BoardFilter): Promise<Page<JobPostingEntity>> {
    const after = decodeTimeIdCursor(filter.cursor);
    const rows = await this.postings.listBoard({
      q: filter.q?.trim() || undefined,
      // A skill by id or any alias; an unknown name still finds custom skills with the same key.
      skillIds: filter.skill ? [this.skills.resolve(filter.skill)?.id ?? skillKey(filter.skill)] : undefined,
      country: filter.country,
      cityKey: filter.city ? foldText(filter.city) : undefined,
      remotePolicy: filter.remotePolicy,
      seniority: filter.seniority,
      after: after ? { publishedAt: after.at, id: after.id } : undefined,
      limit: filter.limit,
    });
    return toPage(rows, filter.limit, (p) => p, (p) => [p.publishedAt!.toISOString(), p.id]);
  }

  async get(id: string): Promise<JobPostingEntity> {
    const posting = await this.postings.findPublishedById(id);
    if (!posting) throw new NotFoundError(JobPostingErrorCode.PostingNotFound, 'Job posting');
    return posting;
  }

  async schemaOrg(id: string, publicUrl?: string) {
    const posting = await this.get(id);
    const organization = await this.organizations.findById(posting.organizationId);
    return toSchemaOrgJobPosting({
      ...posting,
      salary: salaryOf(posting),
      publishedAt: posting.publishedAt!,
      skillLabel: (s) => (this.skills.has(s) ? this.skills.label(s, posting.language) : s),
      organizationName: organization?.name ?? '',
      url: publicUrl,
    });
  }
}
