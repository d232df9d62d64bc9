import { Injectable, Logger } from '@nestjs/common';
import { ScoringProducer } from '@embauche/queues';
import { ReconcilePass } from '@embauche/scoring';
import { DataSource } from 'typeorm';
import { SourcingService } from './sourcing.service';

/** The reconciler's pass over sourcing runs that Postgres still calls queued or running. */
@Injectable()
export class SourcingReconcilePass extends ReconcilePass {
  private readonly logger = new Logger(SourcingReconcilePass.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: ScoringProducer,
    private readonly sourcing: SourcingService,
  ) {
    super();
  }

  async reconcile(afterMs: number): Promise<number> {
    let total = 0;
    const runs: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM sourcing_runs WHERE status IN ('queued', 'running') AND created_at < now() - ($1::int * interval '1 millisecond')`,
      [afterMs],
    );
    for (const run of runs) if (await this.reconcileRun(run.id)) total += 1;
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
