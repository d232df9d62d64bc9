import { Injectable } from '@nestjs/common';
import { queryRows } from '@embauche/database/query-rows';
import type { JobPostingEntity } from '@embauche/job-postings/job-posting.entity';
import { PostingChangeNotifier } from '@embauche/job-postings/posting-change.notifier';
import { ScoringProducer } from '@embauche/queues';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

const FIRST_GENERATION = 1;

/** The match columns of an application that waits for its first score. */
export interface PendingMatch {
  status: 'pending';
  profileRevision: number;
  requirementsVersion: number;
  generation: number;
  pendingSince: Date;
}

/**
 * Asks for scores. Two steps, always: inside the caller's transaction the
 * affected match rows become `pending` with the versions they must be computed
 * from (Postgres is the truth); after the commit a job is enqueued. If the
 * enqueue is lost, the worker's reconciler finds the pending rows.
 */
@Injectable()
export class MatchRequestsService extends PostingChangeNotifier {
  constructor(private readonly producer: ScoringProducer) {
    super();
  }

  /**
   * A new application's match columns: pending, first generation, against the
   * versions the candidate applied with. The caller inserts them with the row,
   * inside its transaction, and calls newApplicationAfterCommit after the commit.
   */
  newApplicationMatch(profileRevision: number, requirementsVersion: number): PendingMatch {
    return { status: 'pending', profileRevision, requirementsVersion, generation: FIRST_GENERATION, pendingSince: new Date() };
  }

  async newApplicationAfterCommit(applicationId: string, match: Pick<PendingMatch, 'profileRevision' | 'requirementsVersion'>): Promise<void> {
    await this.producer.scoreApplications([{ applicationId, profileRevision: match.profileRevision, requirementsVersion: match.requirementsVersion, generation: FIRST_GENERATION }]);
  }

  async requirementsChangedInTransaction(manager: EntityManager, posting: JobPostingEntity): Promise<void> {
    await this.markPostingPending(manager, posting.id, posting.requirementsVersion);
  }

  async requirementsChangedAfterCommit(posting: JobPostingEntity): Promise<void> {
    await this.producer.rescorePosting({ jobPostingId: posting.id, requirementsVersion: posting.requirementsVersion, requestId: randomUUID() });
  }

  /**
   * Every application of the posting must be scored again, against
   * `requirementsVersion`. The caller holds the posting's row lock and read
   * `requirementsVersion` under it (see ReviewService.rescore).
   */
  markPostingPending(manager: EntityManager, jobPostingId: string, requirementsVersion: number): Promise<number> {
    return markPending(manager, 'job_posting_id = $1', [jobPostingId], { requirementsVersion });
  }

  /**
   * The candidate's applications must be scored again, against `profileRevision`, except those in
   * `settledStatuses` (the pipeline's final statuses: the applications lib owns them and passes them).
   */
  markCandidatePending(manager: EntityManager, candidateId: string, profileRevision: number, settledStatuses: readonly string[]): Promise<number> {
    return markPending(manager, `candidate_id = $1 AND status <> ALL($2::text[])`, [candidateId, settledStatuses], { profileRevision });
  }

  async rescoreCandidateAfterCommit(candidateId: string, profileRevision: number): Promise<void> {
    await this.producer.rescoreCandidate({ candidateId, profileRevision });
  }

  /** An explicit rescore: same versions, new generation, so it is never mistaken for old work. */
  async rescorePostingAfterCommit(jobPostingId: string, requirementsVersion: number): Promise<void> {
    await this.producer.rescorePosting({ jobPostingId, requirementsVersion, requestId: randomUUID() });
  }
}

/**
 * Rows are locked in primary-key order before they are written (the one lock
 * order of every bulk write to applications, the worker's included), so two
 * bulk writes over overlapping rows wait for each other instead of
 * deadlocking. A version only moves forward (GREATEST): a request that read an
 * older version can never send a row back to it.
 */
async function markPending(
  manager: EntityManager,
  condition: string,
  params: unknown[],
  versions: { profileRevision?: number; requirementsVersion?: number },
): Promise<number> {
  const rows = await manager.query(
    `WITH locked AS MATERIALIZED (SELECT id FROM applications WHERE ${condition} AND NOT anonymized ORDER BY id FOR UPDATE)
     UPDATE applications a
        SET match_status = 'pending', match_generation = a.match_generation + 1, match_pending_since = now(), match_failure_reason = NULL,
            match_profile_revision = GREATEST(a.match_profile_revision, COALESCE($${params.length + 1}::int, a.match_profile_revision)),
            match_requirements_version = GREATEST(a.match_requirements_version, COALESCE($${params.length + 2}::int, a.match_requirements_version)),
            updated_at = now()
       FROM locked WHERE a.id = locked.id
     RETURNING a.id`,
    [...params, versions.profileRevision ?? null, versions.requirementsVersion ?? null],
  );
  return queryRows(rows).length;
}
