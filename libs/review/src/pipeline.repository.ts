import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ApplicationStatus } from '@embauche/applications/application.entity';

export interface PipelineRow {
  application_id: string;
  candidate_id: string;
  status: ApplicationStatus;
  status_changed_at: Date;
  match_status: 'pending' | 'scored' | 'failed';
  score: number | null;
  must_haves_met: boolean | null;
  identity_revealed_at: Date | null;
  name: string | null;
  email: string | null;
  headline: string | null;
  city: string | null;
}

export interface PipelineQuery {
  jobPostingId: string;
  status: ApplicationStatus;
  /** Keyset position: (status_changed_at, application id) of the last card of the previous page. */
  after?: { at: string; id: string };
  limit: number;
}

/**
 * The pipeline board's reads: one column (one status of one posting), longest in stage first,
 * through idx_applications_pipeline; and the size of every column. Erased candidates' applications
 * (anonymized) are left out of both, so a column's count is what it can show.
 */
@Injectable()
export class PipelineRepository {
  constructor(private readonly dataSource: DataSource) {}

  column(q: PipelineQuery): Promise<PipelineRow[]> {
    const params: unknown[] = [q.jobPostingId, q.status];
    const after = q.after ? `AND (a.status_changed_at, a.id) > ($${params.push(q.after.at)}::timestamptz, $${params.push(q.after.id)}::uuid)` : '';
    return this.dataSource.query(
      `SELECT a.id AS application_id, a.candidate_id, a.status, a.status_changed_at, a.match_status, a.match_score AS score,
              a.match_must_haves_met AS must_haves_met, a.identity_revealed_at, u.name, u.email, p.headline, p.city
         FROM applications a JOIN users u ON u.id = a.candidate_id LEFT JOIN candidate_profiles p ON p.candidate_id = a.candidate_id
        WHERE a.job_posting_id = $1 AND a.status = $2 AND NOT a.anonymized ${after}
        ORDER BY a.status_changed_at, a.id
        LIMIT ${Number(q.limit) + 1}`,
      params,
    );
  }

  async counts(jobPostingId: string): Promise<Partial<Record<ApplicationStatus, number>>> {
    const rows: Array<{ status: ApplicationStatus; count: number }> = await this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM applications WHERE job_posting_id = $1 AND NOT anonymized GROUP BY status`,
      [jobPostingId],
    );
    return Object.fromEntries(rows.map((r) => [r.status, r.count]));
  }
}
