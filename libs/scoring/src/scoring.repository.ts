import { Injectable } from '@nestjs/common';
import { queryRows } from '@embauche/database/query-rows';
import type { ScoreApplicationPayload } from '@embauche/queues';
import { DataSource } from 'typeorm';
import { PROFILE_COLUMNS, type ProfileRow } from './candidate-for-scoring';
import { writeScores, type ScoreWrite } from './score-writes.sql';

export type { ScoreWrite };

export interface ApplicationToScore extends ProfileRow {
  id: string;
  job_posting_id: string;
  anonymized: boolean;
  match_status: string;
  match_profile_revision: number;
  match_requirements_version: number;
  match_generation: number;
}

/** The worker's queries on applications: single-purpose, and the writes conditional on versions. */
@Injectable()
export class ScoringRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The applications and their candidates' profiles, by id (one query for a whole batch of jobs). */
  async loadForScoring(applicationIds: string[]): Promise<Map<string, ApplicationToScore>> {
    const rows: ApplicationToScore[] = await this.dataSource.query(
      `SELECT a.id, a.job_posting_id, a.anonymized, a.match_status, a.match_profile_revision, a.match_requirements_version, a.match_generation,
              ${PROFILE_COLUMNS}
         FROM applications a JOIN candidate_profiles p ON p.candidate_id = a.candidate_id
        WHERE a.id = ANY($1::uuid[])`,
      [applicationIds],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** See writeScores in score-writes.sql.ts: conditional on versions, rows locked in primary-key order. */
  writeScores(writes: ScoreWrite[]): Promise<Set<string>> {
    return writeScores(this.dataSource, writes);
  }

  /** After the last retry: the row says `failed` and why, unless newer work replaced the request. */
  async markFailed(payload: ScoreApplicationPayload, reason: string): Promise<boolean> {
    const result: unknown = await this.dataSource.query(
      `UPDATE applications SET match_status = 'failed', match_failure_reason = $3, match_pending_since = NULL
        WHERE id = $1 AND match_generation = $2 AND match_status = 'pending' RETURNING id`,
      [payload.applicationId, payload.generation, reason.slice(0, 2000)],
    );
    return queryRows(result).length > 0;
  }

  /** Pending work of a posting or a candidate, as score-application payloads (for the fan-out jobs). */
  pendingOfPosting(jobPostingId: string): Promise<ScoreApplicationPayload[]> {
    return this.pending('a.job_posting_id = $1', [jobPostingId]);
  }

  pendingOfCandidate(candidateId: string): Promise<ScoreApplicationPayload[]> {
    return this.pending('a.candidate_id = $1', [candidateId]);
  }

  /** What has waited longer than `olderThanMs`: Redis lost it, or it was never enqueued. */
  overdue(olderThanMs: number, limit: number): Promise<ScoreApplicationPayload[]> {
    return this.pending(`a.match_pending_since < now() - ($1::int * interval '1 millisecond') ORDER BY a.match_pending_since LIMIT ${Number(limit)}`, [olderThanMs]);
  }

  private async pending(condition: string, params: unknown[]): Promise<ScoreApplicationPayload[]> {
    const rows: Array<{ id: string; rev: number; ver: number; gen: number }> = await this.dataSource.query(
      `SELECT a.id, a.match_profile_revision AS rev, a.match_requirements_version AS ver, a.match_generation AS gen
         FROM applications a WHERE a.match_status = 'pending' AND NOT a.anonymized AND ${condition}`,
      params,
    );
    return rows.map((r) => ({ applicationId: r.id, profileRevision: r.rev, requirementsVersion: r.ver, generation: r.gen }));
  }
}
