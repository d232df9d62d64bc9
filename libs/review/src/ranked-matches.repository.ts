import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rankedApplicationsSql, rankedSuggestionsSql, type RankedQuery } from './ranked-matches.sql';

export type { RankCursor, RankedQuery } from './ranked-matches.sql';

export interface RankedRow {
  application_id: string | null;
  candidate_id: string;
  status: string;
  score: number;
  must_haves_met: boolean;
  /** The stored breakdown, as JSON text. */
  breakdown_json: string;
  scored_at: Date;
  identity_revealed_at: Date | null;
  name: string | null;
  email: string | null;
  headline: string | null;
  city: string | null;
}

/** Runs the ranked reads of ranked-matches.sql.ts, and the counts beside them. */
@Injectable()
export class RankedMatchesRepository {
  constructor(private readonly dataSource: DataSource) {}

  applications(q: RankedQuery): Promise<RankedRow[]> {
    const { sql, params } = rankedApplicationsSql(q);
    return this.dataSource.query(sql, params);
  }

  suggestions(q: RankedQuery): Promise<RankedRow[]> {
    const { sql, params } = rankedSuggestionsSql(q);
    return this.dataSource.query(sql, params);
  }

  /** What still waits for a score or failed: a handful of rows, read through idx_applications_unscored. */
  async unscored(jobPostingId: string): Promise<{ pending: number; failed: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE match_status = 'pending')::int AS pending,
              count(*) FILTER (WHERE match_status = 'failed')::int AS failed
         FROM applications WHERE job_posting_id = $1 AND match_status IN ('pending', 'failed') AND status <> 'withdrawn'`,
      [jobPostingId],
    );
    return row;
  }

  async counts(jobPostingId: string): Promise<{ total: number; scored: number; pending: number; failed: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE match_status = 'scored')::int AS scored,
              count(*) FILTER (WHERE match_status = 'pending')::int AS pending,
              count(*) FILTER (WHERE match_status = 'failed')::int AS failed
         FROM applications WHERE job_posting_id = $1 AND status <> 'withdrawn'`,
      [jobPostingId],
    );
    return row;
  }
}
