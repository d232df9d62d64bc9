import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Environment } from '@embauche/common';
import { NOTIFICATION_JOB_OPTIONS, NOTIFICATIONS_QUEUE, NotificationJob, notificationJobIds } from '@embauche/queues';
import type { Queue } from 'bullmq';
import type { Leased } from './dispatcher.service';

/**
 * Hands leased rows to BullMQ, each add bounded by ENQUEUE_TIMEOUT_MS. A lost
 * or timed-out add costs nothing but time: the row's lease runs out and the
 * relay hands it over again.
 */
@Injectable()
export class NotificationsProducer {
  private readonly logger = new Logger(NotificationsProducer.name);

  constructor(
    @InjectQueue(NOTIFICATIONS_QUEUE) private readonly queue: Queue,
    private readonly env: Environment,
  ) {}

  dispatch(events: Leased[]): Promise<boolean> {
    return this.add(events.map((e) => ({ name: NotificationJob.Dispatch, data: { eventId: e.id }, opts: { ...NOTIFICATION_JOB_OPTIONS, jobId: `${notificationJobIds.dispatch(e.id)}.${e.dueAt.getTime()}` } })));
  }

  webhooks(deliveries: Leased[]): Promise<boolean> {
    return this.add(
      deliveries.map((d) => ({ name: NotificationJob.DeliverWebhook, data: { deliveryId: d.id, dueAt: d.dueAt.toISOString() }, opts: { ...NOTIFICATION_JOB_OPTIONS, jobId: notificationJobIds.webhook(d.id, d.dueAt) } })),
    );
  }

  emails(deliveries: Leased[]): Promise<boolean> {
    return this.add(
      deliveries.map((d) => ({ name: NotificationJob.DeliverEmail, data: { deliveryId: d.id, dueAt: d.dueAt.toISOString() }, opts: { ...NOTIFICATION_JOB_OPTIONS, jobId: notificationJobIds.email(d.id, d.dueAt) } })),
    );
  }

  private async add(jobs: Parameters<Queue['addBulk']>[0]): Promise<boolean> {
    if (jobs.length === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const work = this.queue.addBulk(jobs);
    try {
      await Promise.race([work, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer from Redis within ${this.env.ENQUEUE_TIMEOUT_MS} ms`)), this.env.ENQUEUE_TIMEOUT_MS)))]);
      return true;
    } catch (error) {
      work.catch(() => undefined);
      this.logger.warn(`Could not enqueue ${jobs.length} notification job(s): ${(error as Error).message}; their lease will run out and the relay retries`);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
