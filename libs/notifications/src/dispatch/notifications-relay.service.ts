import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Environment } from '@embauche/common';
import { queryRows } from '@embauche/database/query-rows';
import { DataSource } from 'typeorm';
import type { Leased } from './dispatcher.service';
import { NotificationsProducer } from './notifications.producer';

const BATCH = 500;

/**
 * The reconciler of notifications: Postgres says what is due (undispatched
 * events, deliveries whose next attempt has come), Redis only carries it.
 * Every NOTIFICATIONS_POLL_MS it leases what is due (SKIP LOCKED, so several
 * workers share the work) and enqueues it under an id made of the row and its
 * lease. After a Redis wipe or a killed worker the rows simply come due again
 * when their lease runs out; a late job from an old lease finds nothing to do.
 */
@Injectable()
export class NotificationsRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationsRelayService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: NotificationsProducer,
    private readonly env: Environment,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.pass()
        .then((busy) => this.schedule(busy ? 0 : this.env.NOTIFICATIONS_POLL_MS))
        .catch((error: Error) => {
          this.logger.warn(`Notifications relay: ${error.message}`);
          this.schedule(this.env.NOTIFICATIONS_POLL_MS);
        });
    }, ms);
    this.timer.unref();
  }

  /** One pass; true when a batch was full (more is due at once). */
  async pass(): Promise<boolean> {
    const events = await this.lease('outbox', 'dispatch_due_at', 'dispatched_at IS NULL');
    if (events.length) await this.producer.dispatch(events);
    const webhooks = await this.lease('webhook_deliveries', 'next_attempt_at', "status = 'pending'");
    if (webhooks.length) await this.producer.webhooks(webhooks);
    const emails = await this.lease('email_deliveries', 'next_attempt_at', "status = 'pending'");
    if (emails.length) await this.producer.emails(emails);
    return events.length === BATCH || webhooks.length === BATCH || emails.length === BATCH;
  }

  private async lease(table: string, due: string, pending: string): Promise<Leased[]> {
    const result: unknown = await this.dataSource.query(
      `UPDATE ${table} SET ${due} = now() + ($1::int * interval '1 millisecond')
        WHERE id IN (SELECT id FROM ${table} WHERE ${pending} AND ${due} <= now() ORDER BY ${due} LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING id, ${due} AS due_at`,
      [this.env.NOTIFICATIONS_LEASE_MS],
    );
    return queryRows<{ id: string; due_at: Date }>(result).map((r) => ({ id: r.id, dueAt: r.due_at }));
  }
}
