import { Injectable } from '@nestjs/common';
import { ApplicationEntity } from '@embauche/applications/application.entity';
import type { JobPostingEntity } from '@embauche/job-postings/job-posting.entity';
import { PostingChangeNotifier } from '@embauche/job-postings/posting-change.notifier';
import { ScoringProducer } from '@embauche/queues';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

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

  async requirementsChangedInTransaction(manager: EntityManager, posting: JobPostingEntity): Promise<void> {
    await this.markPostingPending(manager, posting.id, posting.requirementsVersion);
  }

  async requirementsChangedAfterCommit(posting: JobPostingEntity): Promise<void> {
    await this.producer.rescorePosting({ jobPostingId: posting.id, requirementsVersion: posting.requirementsVersion, requestId: randomUUID() });
  }

  /** Every application of the posting must be scored again, against `requirementsVersion`. */
  async markPostingPending(manager: EntityManager, jobPostingId: string, requirementsVersion: number): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(ApplicationEntity)
      .set(pendingChanges({ requirementsVersion }))
      .where('job_posting_id = :jobPostingId AND NOT anonymized', { jobPostingId })
      .execute();
    return result.affected ?? 0;
  }

  /** The candidate's open applications must be scored again, against `profileRevision`. */
  async markCandidatePending(manager: EntityManager, candidateId: string, profileRevision: number): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(ApplicationEntity)
      .set(pendingChanges({ profileRevision }))
      .where(`candidate_id = :candidateId AND status NOT IN ('hired', 'rejected', 'withdrawn') AND NOT anonymized`, { candidateId })
      .execute();
    return result.affected ?? 0;
  }

  async rescoreCandidateAfterCommit(candidateId: string, profileRevision: number): Promise<void> {
    await this.producer.rescoreCandidate({ candidateId, profileRevision });
  }

  /** An explicit rescore: same versions, new generation, so it is never mistaken for old work. */
  async rescorePostingAfterCommit(jobPostingId: string, requirementsVersion: number): Promise<void> {
    await this.producer.rescorePosting({ jobPostingId, requirementsVersion, requestId: randomUUID() });
  }
}

function pendingChanges(versions: { profileRevision?: number; requirementsVersion?: number }) {
  return {
    match: {
      status: 'pending' as const,
      ...versions,
      generation: () => 'match_generation + 1',
      pendingSince: () => 'now()',
      failureReason: null,
    },
  };
}
