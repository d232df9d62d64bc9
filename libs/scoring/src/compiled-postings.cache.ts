import { Injectable } from '@nestjs/common';
import { JobPostingEntity } from '@embauche/job-postings/job-posting.entity';
import { salaryOf } from '@embauche/job-postings/job-postings.service';
import { compilePosting, type CompiledPosting } from '@embauche/matching';
import { SkillCatalog } from '@embauche/skills/skill-catalog';
import { DataSource } from 'typeorm';

const MAX_ENTRIES = 2000;

/**
 * Compiles each posting's requirements once per requirements version and
 * keeps the result: scoring 10,000 applications of one posting compiles it once.
 */
@Injectable()
export class CompiledPostingsCache {
  private readonly entries = new Map<string, { version: number; compiled: CompiledPosting }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly catalog: SkillCatalog,
  ) {}

  /** The compiled posting at its current version, or null when it no longer exists. */
  async get(jobPostingId: string, atLeastVersion: number): Promise<{ version: number; compiled: CompiledPosting } | null> {
    const cached = this.entries.get(jobPostingId);
    if (cached && cached.version >= atLeastVersion) return cached;
    const posting = await this.dataSource.getRepository(JobPostingEntity).findOneBy({ id: jobPostingId });
    if (!posting) return null;
    const entry = { version: posting.requirementsVersion, compiled: this.compile(posting) };
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(jobPostingId, entry);
    return entry;
  }

  compile(posting: JobPostingEntity): CompiledPosting {
    return compilePosting(
      {
        requirements: posting.requirements,
        seniority: posting.seniority,
        country: posting.country,
        city: posting.city,
        remotePolicy: posting.remotePolicy,
        salary: salaryOf(posting),
      },
      this.catalog.asScoringTaxonomy(),
    );
  }
}
