import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { SOURCING_QUEUE, SourcingJob, type SourcingRunPayload } from '@embauche/queues';
import { SourcingService } from '@embauche/scoring/sourcing.service';
import { UnrecoverableError, type Job } from 'bullmq';
import type { JobHandlerSet } from './job-handlers';

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

  @OnWorkerEvent('failed')
  async onFailed(job: Job<SourcingRunPayload> | undefined, error: Error): Promise<void> {
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
      this.logger.warn(`Sourcing run ${job.data.runId} failed for good: ${error.message}`);
      await this.sourcing.markFailed(job.data.runId, error.message).catch(() => undefined);
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Sourcing queue: ${error.message}`);
  }
}
