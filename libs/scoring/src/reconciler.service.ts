import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Environment } from '@embauche/common';
import { ScoringProducer } from '@embauche/queues';
import { ScoringRepository } from './scoring.repository';
import { RECONCILE_PASSES, type ReconcilePass } from './reconcile-pass';

const BATCH = 5000;
/** Jobs per addBulk: a timeout costs one chunk, and the worker's own commands are not queued behind 5,000 adds. */
const CHUNK = 500;

/**
 * Postgres says what is pending; Redis may have lost it (FLUSHALL, a restart
 * without persistence, an enqueue that timed out). At start and then every
 * RECONCILE_INTERVAL_MS, re-enqueue what has waited longer than
 * RECONCILE_AFTER_MS. Job ids are deterministic, so work still in Redis is
 * not duplicated.
 */
@Injectable()
export class ReconcilerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReconcilerService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private urgent = false;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly env: Environment,
    private readonly repository: ScoringRepository,
    private readonly producer: ScoringProducer,
    @Inject(RECONCILE_PASSES) private readonly passes: ReconcilePass[],
  ) {}

  onApplicationBootstrap(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), this.env.RECONCILE_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    clearTimeout(this.retry);
    await this.running;
  }

  /**
   * Redis lost its data (the wipe watcher saw its marker go) or came back:
   * a pass at once, over everything pending whatever its age, instead of
   * waiting for the interval and RECONCILE_AFTER_MS.
   */
  reconcileNow(why: string): void {
    this.logger.warn(`Reconciling at once: ${why}`);
    this.urgent = true;
    this.tick();
  }

  private tick(): void {
    // One pass at a time, and none while an earlier pass's timed-out enqueue is still buffered or
    // running: otherwise an outage grows ioredis's offline queue every pass, and a backlog gets
    // re-added faster than Redis takes it, crowding out the scoring itself.
    if (this.running || this.producer.lateEnqueues > 0) {
      if (this.urgent && !this.retry) {
        this.retry = setTimeout(() => ((this.retry = undefined), this.tick()), 250);
        this.retry.unref();
      }
      return;
    }
    const afterMs = this.urgent ? 0 : this.env.RECONCILE_AFTER_MS;
    this.urgent = false;
    this.running = this.reconcile(afterMs)
      .catch((error: Error) => this.logger.warn(`Reconciliation failed: ${error.message}`))
      .finally(() => (this.running = undefined));
  }

  /** One pass over what has waited longer than `afterMs`; returns how many jobs it (re-)enqueued. */
  async reconcile(afterMs = this.env.RECONCILE_AFTER_MS): Promise<number> {
    let total = 0;
    const overdue = await this.repository.overdue(afterMs, BATCH);
    for (let i = 0; i < overdue.length; i += CHUNK) {
      const chunk = overdue.slice(i, i + CHUNK);
      if (!(await this.producer.scoreApplications(chunk))) break; // Redis is slow or down: the next pass resumes
      total += chunk.length;
    }
    for (const pass of this.passes) total += await pass.reconcile(afterMs);
    if (total) this.logger.log(`Re-enqueued ${total} job(s) that had waited too long`);
    return total;
  }
}
