import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Environment } from '@embauche/common';
import type { Queue } from 'bullmq';
import {
  jobOptions,
  jobIds,
  SCORING_QUEUE,
  ScoringJob,
  SOURCING_QUEUE,
  SourcingJob,
  type RescoreCandidatePayload,
  type RescorePostingPayload,
  type ScoreApplicationPayload,
  type SourcingRunPayload,
} from './queue-names';

/**
 * Enqueues work after the database commit. Postgres already says the work is
 * pending, so a failed or slow enqueue is logged and dropped: the worker's
 * reconciler re-enqueues whatever waits too long. Every call is bounded by
 * ENQUEUE_TIMEOUT_MS because `queue.add` can hang while Redis is down.
 */
@Injectable()
export class ScoringProducer {
  private readonly logger = new Logger(ScoringProducer.name);
  /** Enqueues that outlived their timeout: still buffered by ioredis or running in Redis. */
  private readonly late = new Set<Promise<unknown>>();
  private readonly options: ReturnType<typeof jobOptions>;

  constructor(
    @InjectQueue(SCORING_QUEUE) private readonly scoring: Queue,
    @InjectQueue(SOURCING_QUEUE) private readonly sourcing: Queue,
    private readonly env: Environment,
  ) {
    this.options = jobOptions(env.SCORING_ATTEMPTS, env.SCORING_BACKOFF_MS);
  }

  scoreApplications(payloads: ScoreApplicationPayload[]): Promise<boolean> {
    if (payloads.length === 0) return Promise.resolve(true);
    const jobs = payloads.map((data) => ({ name: ScoringJob.ScoreApplication, data, opts: { ...this.options, jobId: jobIds.score(data) } }));
    return this.bounded(`score ${payloads.length} application(s)`, this.scoring.addBulk(jobs));
  }

  rescorePosting(data: RescorePostingPayload): Promise<boolean> {
    return this.bounded('rescore posting', this.scoring.add(ScoringJob.RescorePosting, data, { ...this.options, jobId: jobIds.rescorePosting(data) }));
  }

  rescoreCandidate(data: RescoreCandidatePayload): Promise<boolean> {
    return this.bounded('rescore candidate', this.scoring.add(ScoringJob.RescoreCandidate, data, { ...this.options, jobId: jobIds.rescoreCandidate(data) }));
  }

  runSourcing(data: SourcingRunPayload): Promise<boolean> {
    return this.bounded('sourcing run', this.sourcing.add(SourcingJob.Run, data, { ...this.options, attempts: Math.min(3, this.options.attempts), jobId: jobIds.sourcing(data) }));
  }

  /**
   * What Redis holds for a sourcing run, for the reconciler: `missing` (lost,
   * or never enqueued), `failed` (with BullMQ's reason), `completed`, or a live
   * state. A completed or failed job is removed, so the run's deterministic id
   * can be added again; null when Redis does not answer in time.
   */
  async takeBackSourcing(data: SourcingRunPayload): Promise<{ state: string; failedReason?: string } | null> {
    const look = (async () => {
      const job = await this.sourcing.getJob(jobIds.sourcing(data));
      if (!job) return { state: 'missing' };
      const state = await job.getState();
      if (state === 'failed' || state === 'completed') await job.remove();
      return { state, failedReason: job.failedReason };
    })();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), this.env.ENQUEUE_TIMEOUT_MS)));
    try {
      return await Promise.race([look.catch(() => null), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Enqueues that timed out but are still buffered by ioredis (Redis down) or
   * running in Redis (Redis busy). A periodic caller (the reconciler) waits
   * for none to be left before adding more, so work never piles up.
   */
  get lateEnqueues(): number {
    return this.late.size;
  }

  private async bounded(what: string, work: Promise<unknown>): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer from Redis within ${this.env.ENQUEUE_TIMEOUT_MS} ms`)), this.env.ENQUEUE_TIMEOUT_MS);
    });
    try {
      await Promise.race([work, timeout]);
      return true;
    } catch (error) {
      const late: Promise<unknown> = work.catch(() => undefined).finally(() => this.late.delete(late)); // the late outcome no longer matters
      this.late.add(late);
      this.logger.warn(`Could not enqueue (${what}): ${(error as Error).message}; the reconciler will retry`);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
