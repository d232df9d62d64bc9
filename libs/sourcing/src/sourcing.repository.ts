import { Injectable } from '@nestjs/common';
import { queryRows } from '@embauche/database/query-rows';
import { JobPostingEntity } from '@embauche/job-postings/job-posting.entity';
import { SCORER_VERSION } from '@embauche/matching';
import { PROFILE_COLUMNS, type ProfileRow } from '@embauche/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { SourcingRunEntity } from './sourcing-run.entity';

/** A suggestion as a pass writes it, before the statement adds the posting's versions. */
export interface SuggestionRow {
  candidate_id: string;
  score: number;
  must_haves_met: boolean;
  breakdown: unknown;
  profile_revision: number;
}

/** Sourcing runs and suggestions: single-purpose reads and writes. */
@Injectable()
export class SourcingRepository {
  constructor(private readonly dataSource: DataSource) {}

  findRun(runId: string): Promise<SourcingRunEntity | null> {
    return this.dataSource.getRepository(SourcingRunEntity).findOneBy({ id: runId });
  }

  findRunOfPosting(runId: string, jobPostingId: string): Promise<SourcingRunEntity | null> {
    return this.dataSource.getRepository(SourcingRunEntity).findOneBy({ id: runId, jobPostingId });
  }

  createRun(jobPostingId: string, requestedBy: string): Promise<SourcingRunEntity> {
    const repo = this.dataSource.getRepository(SourcingRunEntity);
    return repo.save(repo.create({ jobPostingId, status: 'queued', requestedBy }));
  }

  findPosting(jobPostingId: string): Promise<JobPostingEntity> {
    return this.dataSource.getRepository(JobPostingEntity).findOneByOrFail({ id: jobPostingId });
  }

  async markRunning(runId: string): Promise<void> {
    await this.dataSource.getRepository(SourcingRunEntity).update({ id: runId }, { status: 'running' });
  }

  async recordProgress(runId: string, scanned: number): Promise<void> {
    await this.dataSource.getRepository(SourcingRunEntity).update({ id: runId }, { scanned });
  }

  async markDone(m: EntityManager, runId: string, counts: { scanned: number; kept: number }): Promise<void> {
    await m.getRepository(SourcingRunEntity).update({ id: runId }, { status: 'done', ...counts, finishedAt: new Date() });
  }

  /** The final failure, with its reason; a run already done or failed keeps its outcome. Throws when Postgres cannot take it. */
  async markFailed(runId: string, reason: string): Promise<boolean> {
    const result: unknown = await this.dataSource.query(
      `UPDATE sourcing_runs SET status = 'failed', failure_reason = $2, finished_at = now() WHERE id = $1 AND status IN ('queued', 'running') RETURNING id`,
      [runId, reason.slice(0, 2000)],
    );
    return queryRows(result).length > 0;
  }

  /** Runs Postgres still calls queued or running, older than `afterMs`: their job may be lost. */
  async overdueRuns(afterMs: number): Promise<string[]> {
    const runs: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM sourcing_runs WHERE status IN ('queued', 'running') AND created_at < now() - ($1::int * interval '1 millisecond')`,
      [afterMs],
    );
    return runs.map((r) => r.id);
  }

  /** One keyset page of the discoverable pool, without those who applied to the posting. */
  poolPage(jobPostingId: string, after: string, limit: number): Promise<ProfileRow[]> {
    return this.dataSource.query(
      `SELECT ${PROFILE_COLUMNS} FROM candidate_profiles p
        WHERE p.discoverable AND p.candidate_id > $2
          AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.job_posting_id = $1 AND a.candidate_id = p.candidate_id)
        ORDER BY p.candidate_id LIMIT ${Number(limit)}`,
      [jobPostingId, after],
    );
  }

  async deleteSuggestions(m: EntityManager, jobPostingId: string): Promise<void> {
    await m.query('DELETE FROM suggestions WHERE job_posting_id = $1', [jobPostingId]);
  }

  /**
   * The pass read these profiles minutes ago: the candidate may have been
   * erased or withdrawn consent since. The same statement checks (and share-locks,
   * so the check holds until commit) that the account is not erased and the
   * profile is still discoverable at this revision's consent; an erasure or a
   * withdrawal holding those rows is waited for and then seen.
   */
  async insertSuggestions(m: EntityManager, posting: JobPostingEntity, runId: string, rows: SuggestionRow[]): Promise<number> {
    const inserted: unknown = await m.query(
      `INSERT INTO suggestions (job_posting_id, candidate_id, run_id, score, must_haves_met, breakdown, profile_revision, requirements_version, scorer_version, scored_at)
       SELECT $1, r.candidate_id, $2, r.score, r.must_haves_met, r.breakdown, r.profile_revision, $3, $4, now()
         FROM json_to_recordset($5::json) AS r(candidate_id uuid, score double precision, must_haves_met boolean, breakdown json, profile_revision int)
         JOIN users u ON u.id = r.candidate_id AND u.erased_at IS NULL
         JOIN candidate_profiles p ON p.candidate_id = r.candidate_id AND p.discoverable
        ORDER BY r.candidate_id
          FOR SHARE OF u, p
       RETURNING candidate_id`,
      [posting.id, runId, posting.requirementsVersion, SCORER_VERSION, JSON.stringify(rows)],
    );
    return queryRows(inserted).length;
  }
}
