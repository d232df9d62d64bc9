import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { JobPostingEntity, POSTING_SEARCH_VECTOR, type PostingStatus } from './job-posting.entity';

export interface OrgListQuery {
  organizationId: string;
  /** Only postings this hiring manager is assigned to. */
  assignedTo?: string;
  /** The hiring-manager filter a recruiter chose (ANDed with assignedTo). */
  hiringManagerId?: string;
  status?: PostingStatus;
  after?: { createdAt: string; id: string };
  limit: number;
}

export interface BoardQuery {
  q?: string;
  skillIds?: string[];
  country?: string;
  cityKey?: string;
  remotePolicy?: string;
  seniority?: string;
  after?: { publishedAt: string; id: string };
  limit: number;
}

/** A posting as the review routes see it (see findReviewAccess). */
export interface PostingReviewAccess {
  id: string;
  organizationId: string;
  status: PostingStatus;
  requirementsVersion: number;
  hiringManagerIds: string[];
  /** The organization's blind-review setting. */
  blindReview: boolean;
}

@Injectable()
export class JobPostingsRepository {
  constructor(@InjectRepository(JobPostingEntity) private readonly postings: Repository<JobPostingEntity>) {}

  findInOrganization(id: string, organizationId: string): Promise<JobPostingEntity | null> {
    return this.postings.findOneBy({ id, organizationId });
  }

  /**
   * What the review routes need to authorize and shape a read (they run on
   * every page of matches): one plain indexed read joined to the
   * organization's blind-review setting, no entity mapping.
   */
  async findReviewAccess(id: string, organizationId: string): Promise<PostingReviewAccess | null> {
    const rows: Array<{ id: string; organization_id: string; status: PostingStatus; requirements_version: number; hiring_manager_ids: string[]; blind_review: boolean }> =
      await this.postings.manager.query(
        `SELECT jp.id, jp.organization_id, jp.status, jp.requirements_version, jp.hiring_manager_ids, o.blind_review
           FROM job_postings jp JOIN organizations o ON o.id = jp.organization_id
          WHERE jp.id = $1 AND jp.organization_id = $2`,
        [id, organizationId],
      );
    if (rows.length === 0) return null;
    const r = rows[0];
    return {
      id: r.id,
      organizationId: r.organization_id,
      status: r.status,
      requirementsVersion: r.requirements_version,
      hiringManagerIds: r.hiring_manager_ids,
      blindReview: r.blind_review,
    };
  }

  findById(id: string): Promise<JobPostingEntity | null> {
    return this.postings.findOneBy({ id });
  }

  /** Locks the row for a read-modify-write inside `manager`'s transaction. */
  lockInOrganization(manager: EntityManager, id: string, organizationId: string): Promise<JobPostingEntity | null> {
    return manager.getRepository(JobPostingEntity).findOne({ where: { id, organizationId }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * The posting's status and requirements version, share-locked until the
   * caller's transaction ends: a concurrent close or requirements change waits
   * for it, so an application never slips into a closed posting or carries a
   * stale requirements version.
   */
  async shareLockState(manager: EntityManager, id: string): Promise<{ status: PostingStatus; requirementsVersion: number } | null> {
    const rows: Array<{ status: PostingStatus; requirements_version: number }> = await manager.query(
      'SELECT status, requirements_version FROM job_postings WHERE id = $1 FOR SHARE',
      [id],
    );
    return rows[0] ? { status: rows[0].status, requirementsVersion: rows[0].requirements_version } : null;
  }

  findPublishedById(id: string): Promise<JobPostingEntity | null> {
    return this.postings.findOneBy({ id, status: 'published' });
  }

  /** The organization's postings, newest first (index idx_job_postings_org_created). */
  listForOrganization(q: OrgListQuery): Promise<JobPostingEntity[]> {
    const qb = this.postings.createQueryBuilder('p').where('p.organization_id = :org', { org: q.organizationId });
    if (q.assignedTo) qb.andWhere('p.hiring_manager_ids @> ARRAY[CAST(:manager AS uuid)]', { manager: q.assignedTo });
    if (q.hiringManagerId) qb.andWhere('p.hiring_manager_ids @> ARRAY[CAST(:chosen AS uuid)]', { chosen: q.hiringManagerId });
    if (q.status) qb.andWhere('p.status = :status', { status: q.status });
    if (q.after) qb.andWhere('(p.created_at, p.id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))', { at: q.after.createdAt, id: q.after.id });
    return qb.orderBy('p.created_at', 'DESC').addOrderBy('p.id', 'DESC').limit(q.limit + 1).getMany();
  }

  /**
   * Application counts and latest application change of a page of postings, in one grouped
   * statement (uq_applications_posting_candidate leads with job_posting_id): never a query per posting.
   */
  async applicationStats(postingIds: string[]): Promise<Map<string, { applications: number; pending: number; failed: number; lastChangeAt: Date | null }>> {
    const stats = new Map<string, { applications: number; pending: number; failed: number; lastChangeAt: Date | null }>();
    if (postingIds.length === 0) return stats;
    const rows: Array<{ job_posting_id: string; applications: string; pending: string; failed: string; last_change_at: Date | null }> = await this.postings.manager.query(
      `SELECT job_posting_id, count(*) AS applications,
              count(*) FILTER (WHERE match_status = 'pending') AS pending,
              count(*) FILTER (WHERE match_status = 'failed') AS failed,
              max(updated_at) AS last_change_at
         FROM applications WHERE job_posting_id = ANY($1::uuid[]) GROUP BY job_posting_id`,
      [postingIds],
    );
    for (const r of rows) stats.set(r.job_posting_id, { applications: Number(r.applications), pending: Number(r.pending), failed: Number(r.failed), lastChangeAt: r.last_change_at });
    return stats;
  }

  /** Published postings of every organization, newest first (partial index idx_job_postings_board). */
  listBoard(q: BoardQuery): Promise<JobPostingEntity[]> {
    const qb = this.postings.createQueryBuilder('p').where(`p.status = 'published'`);
    if (q.q) qb.andWhere(`${POSTING_SEARCH_VECTOR.replace(/title|description/g, (c) => `p.${c}`)} @@ websearch_to_tsquery('simple', :q)`, { q: q.q });
    if (q.skillIds) qb.andWhere('p.skill_ids && CAST(:skills AS text[])', { skills: q.skillIds });
    this.equal(qb, 'country', q.country);
    this.equal(qb, 'city_key', q.cityKey);
    this.equal(qb, 'remote_policy', q.remotePolicy);
    this.equal(qb, 'seniority', q.seniority);
    if (q.after) qb.andWhere('(p.published_at, p.id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))', { at: q.after.publishedAt, id: q.after.id });
    return qb.orderBy('p.published_at', 'DESC').addOrderBy('p.id', 'DESC').limit(q.limit + 1).getMany();
  }

  private equal(qb: SelectQueryBuilder<JobPostingEntity>, column: string, value: string | undefined): void {
    if (value !== undefined) qb.andWhere(`p.${column} = :${column}`, { [column]: value });
  }
}
