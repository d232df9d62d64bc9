import { Injectable, Logger } from '@nestjs/common';
import { ScoringProducer } from '@embauche/queues';
import { ReconcilePass } from '@embauche/scoring';
import { SourcingRepository } from './sourcing.repository';
import { SourcingService } from './sourcing.service';

/** The reconciler's pass over sourcing runs that Postgres still calls queued or running. */
@Injectable()
export class SourcingReconcilePass extends ReconcilePass {
  private readonly logger = new Logger(SourcingReconcilePass.name);

  constructor(
    private readonly repository: SourcingRepository,
    private readonly producer: ScoringProducer,
    private readonly sourcing: SourcingService,
  ) {
    super();
  }

  async reconcile(afterMs: number): Promise<number> {
    let total = 0;
    for (const runId of await this.repository.overdueRuns(afterMs)) if (await this.reconcileRun(runId)) total += 1;
    return total;
  }

  /**
   * A run still queued or running in Postgres. Its job may be kept as failed
   * in Redis (the final failure could not be recorded: Postgres was down):
   * the run is failed now, with BullMQ's reason; re-adding under the same id
   * would be a no-op forever. A lost job is added again.
   */
  private async reconcileRun(runId: string): Promise<boolean> {
    const job = await this.producer.takeBackSourcing({ runId });
    if (!job) return false;
    if (job.state === 'failed') {
      if (await this.sourcing.markFailed(runId, job.failedReason || 'failed in the queue')) this.logger.warn(`Sourcing run ${runId} failed for good: ${job.failedReason}`);
      return false;
    }
    if (job.state !== 'missing' && job.state !== 'completed') return false; // waiting, delayed or running somewhere
    return this.producer.runSourcing({ runId });
  }
}
