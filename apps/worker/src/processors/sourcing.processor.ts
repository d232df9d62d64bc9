import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { SOURCING_QUEUE, SourcingJob, type SourcingRunPayload } from '@embauche/queues';
import { SourcingService } from '@embauche/sourcing';
import { UnrecoverableError, type Job } from 'bullmq';
import type { JobHandlerSet } from './job-handlers';

const MARK_FAILED_ATTEMPTS = 4;

/** One sourcing pass at a time per worker: it is CPU-bound and reads the whole pool. */
@Processor(SOURCING_QUEUE, { concurrency: 1 })
export class SourcingProcessor extends WorkerHost implements JobHandlerSet {
  private readonly logger = new Logger(SourcingProcessor.name);

  constructor(private readonly sourcing: SourcingService) {
    super();
  }

  readonly queue = SOURCING_QUEUE;
  readonly handledJobs: readonly string[] = [SourcingJob.Run];

  process(job: Job<SourcingRunPayload>): Promise<unknown> {
    if (job.name !== SourcingJob.Run) throw new UnrecoverableError(`Unknown job ${job.name}`);
    return this.sourcing.run(job.data.runId);
  }

  /**
   * The last attempt, or a job BullMQ gave up on (stalled too often: an
   * UnrecoverableError before the last attempt), records the run as failed.
   * Postgres may be down right then: a few tries, then an error in the log;
   * the reconciler finds the run and the failed job later and records it.
   */
  @OnWorkerEvent('failed')
  async onFailed(job: Job<SourcingRunPayload> | undefined, error: Error): Promise<void> {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError';
    if (!final) return;
    this.logger.warn(`Sourcing run ${job.data.runId} failed for good: ${error.message}`);
    for (let attempt = 1; ; attempt++) {
      try {
        await this.sourcing.markFailed(job.data.runId, error.message);
        return;
      } catch (e) {
        if (attempt >= MARK_FAILED_ATTEMPTS) {
          // Not rethrown: this is an event listener, a rejection would only crash the worker.
          this.logger.error(`Could not record the failure of sourcing run ${job.data.runId}: ${(e as Error).message}; the reconciler will`);
          return;
        }
        await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
      }
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Sourcing queue: ${error.message}`);
  }
}
