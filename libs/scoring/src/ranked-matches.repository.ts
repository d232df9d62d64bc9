import { Injectable } from '@nestjs/common';
import type { ApplicationStatus } from '@embauche/applications/application.entity';
import { DataSource } from 'typeorm';

/** The keyset position in MATCHING.md's order: (must-haves met, score, candidate id). */
export interface RankCursor {
  mustHavesMet: boolean;
  score: number;
  candidateId: string;
}

export interface RankedQuery {
  jobPostingId: string;
  minScore?: number;
  mustHavesMet?: boolean;
  /** Application statuses to keep; default: every status but withdrawn. */
  statuses?: ApplicationStatus[];
  after?: RankCursor;
  limit: number;
}

export interface RankedRow {
  application_id: string | null;
  candidate_id: string;
  status: string;
  score: number;
  must_haves_met: boolean;
  breakdown: unknown;
  scored_at: Date;
  identity_revealed_at: Date | null;
  name: string | null;
  email: string | null;
  headline: string | null;
  city: string | null;
}

/**
 * Ranked reads, served by the expression indexes idx_applications_ranking and
 * idx_suggestions_ranking: ORDER BY (NOT must_haves_met, -score, candidate_id)
 * is MATCHING.md's order as one ascending key, and "after the cursor" is one
 * row comparison on it, so the index seeks straight to any page.
 */
@Injectable()
export class RankedMatchesRepository {
  constructor(private readonly dataSource: DataSource) {}

  applications(q: RankedQuery): Promise<RankedRow[]> {
    const params: unknown[] = [q.jobPostingId];
    const where = [`a.job_posting_id = $1`, `a.match_status = 'scored'`, `NOT a.anonymized`];
    if (q.statuses) where.push(`a.status = ANY($${params.push(q.statuses)}::text[])`);
    else where.push(`a.status <> 'withdrawn'`);
    this.filters(where, params, q, 'a.match_');
    return this.dataSource.query(
      `SELECT a.id AS application_id, a.candidate_id, a.status, a.match_score AS score, a.match_must_haves_met AS must_haves_met,
              a.match_breakdown AS breakdown, a.match_scored_at AS scored_at, a.identity_revealed_at, u.name, u.email, p.headline, p.city
         FROM applications a JOIN users u ON u.id = a.candidate_id LEFT JOIN candidate_profiles p ON p.candidate_id = a.candidate_id
        WHERE ${where.join(' AND ')}
        ORDER BY (NOT a.match_must_haves_met), (-a.match_score), a.candidate_id
        LIMIT ${Number(q.limit) + 1}`,
      params,
    );
  }

  suggestions(q: RankedQuery): Promise<RankedRow[]> {
    const params: unknown[] = [q.jobPostingId];
    const where = [`s.job_posting_id = $1`, `p.discoverable`];
    this.filters(where, params, q, 's.');
    return this.dataSource.query(
      `SELECT NULL AS application_id, s.candidate_id, 'suggested' AS status, s.score, s.must_haves_met, s.breakdown, s.scored_at,
              NULL AS identity_revealed_at, u.name, u.email, p.headline, p.city
         FROM suggestions s JOIN users u ON u.id = s.candidate_id JOIN candidate_profiles p ON p.candidate_id = s.candidate_id
        WHERE ${where.join(' AND ')}
          AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.job_posting_id = s.job_posting_id AND a.candidate_id = s.candidate_id)
        ORDER BY (NOT s.must_haves_met), (-s.score), s.candidate_id
        LIMIT ${Number(q.limit) + 1}`,
      params,
    );
  }

  async counts(jobPostingId: string): Promise<{ total: number; scored: number; pending: number; failed: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE match_status = 'scored')::int AS scored,
              count(*) FILTER (WHERE match_status = 'pending')::int AS pending,
              count(*) FILTER (WHERE match_status = 'failed')::int AS failed
         FROM applications WHERE job_posting_id = $1 AND status <> 'withdrawn' AND NOT anonymized`,
      [jobPostingId],
    );
    return row;
  }

  private filters(where: string[], params: unknown[], q: RankedQuery, prefix: string): void {
    const must = `${prefix}must_haves_met`;
    const score = `${prefix}score`;
    const candidate = prefix === 'a.match_' ? 'a.candidate_id' : `${prefix}candidate_id`;
    if (q.minScore !== undefined) where.push(`${score} >= $${params.push(q.minScore)}`);
    if (q.mustHavesMet !== undefined) where.push(`${must} = $${params.push(q.mustHavesMet)}`);
    if (q.after) {
      const a = params.push(!q.after.mustHavesMet);
      const b = params.push(-q.after.score);
      const c = params.push(q.after.candidateId);
      where.push(`((NOT ${must}), (-${score}), ${candidate}) > ($${a}::boolean, $${b}::double precision, $${c}::uuid)`);
    }
  }
}
