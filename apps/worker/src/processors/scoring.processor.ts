import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Environment } from '@embauche/common';
import {
  SCORING_QUEUE,
  ScoringJob,
  type RescoreCandidatePayload,
  type RescorePostingPayload,
  type ScoreApplicationPayload,
} from '@embauche/queues';
import { ScoringService } from '@embauche/scoring';
import { UnrecoverableError, type Job } from 'bullmq';
import type { JobHandlerSet } from './job-handlers';

type ScoringJobData = ScoreApplicationPayload | RescorePostingPayload | RescoreCandidatePayload;

/**
 * Runs the scoring queue. Errors are rethrown so BullMQ retries with
 * exponential backoff; after the last attempt the application's match is
 * recorded as failed, with the reason, in Postgres.
 */
// Scoring jobs take milliseconds: a short lock lets another worker take back the jobs of a
// killed one within seconds (BullMQ's stalled-job check), instead of the 30 s defaults.
@Processor(SCORING_QUEUE, { lockDuration: 10_000, stalledInterval: 5_000 })
export class ScoringProcessor extends WorkerHost implements OnApplicationBootstrap, JobHandlerSet {
  private readonly logger = new Logger(ScoringProcessor.name);

  constructor(
    private readonly scoring: ScoringService,
    private readonly env: Environment,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.env.WORKER_CONCURRENCY;
  }

  /** One handler per job name; the mapped type makes a missing one a compile error, the boot check a start-up error. */
  private readonly handlers: { [K in (typeof ScoringJob)[keyof typeof ScoringJob]]: (data: ScoringJobData) => Promise<unknown> } = {
    [ScoringJob.ScoreApplication]: (data) => this.scoring.scoreApplication(data as ScoreApplicationPayload),
    [ScoringJob.RescorePosting]: (data) => this.scoring.rescorePosting((data as RescorePostingPayload).jobPostingId),
    [ScoringJob.RescoreCandidate]: (data) => this.scoring.rescoreCandidate((data as RescoreCandidatePayload).candidateId),
  };

  readonly queue = SCORING_QUEUE;
  readonly handledJobs: readonly string[] = Object.keys(this.handlers);

  async process(job: Job<ScoringJobData>): Promise<unknown> {
    const handler = this.handlers[job.name as keyof typeof this.handlers];
    if (!handler) throw new UnrecoverableError(`Unknown job ${job.name}`);
    return handler(job.data);
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<ScoringJobData> | undefined, error: Error): Promise<void> {
    if (!job) return;
    // A job that stalled too often is failed by BullMQ with an UnrecoverableError before its last attempt.
    const final = job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError';
    this.logger.warn(`Job ${job.id} failed (attempt ${job.attemptsMade}${final ? ', final' : ''}): ${error.message}`);
    if (final && job.name === ScoringJob.ScoreApplication) {
      await this.scoring.markFailed(job.data as ScoreApplicationPayload, error.message).catch((e: Error) => this.logger.error(e.message));
    }
  }

  /** Redis outages surface here once per reconnect attempt: one line, not a stack. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Scoring queue: ${error.message}`);
  }
}
