import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Environment } from '@embauche/common';
import { DispatcherService } from '@embauche/notifications/dispatch/dispatcher.service';
import { NotificationsProducer } from '@embauche/notifications/dispatch/notifications.producer';
import { EmailDeliveryService } from '@embauche/notifications/email/email-delivery.service';
import { WebhookDeliveryService } from '@embauche/notifications/webhooks/webhook-delivery.service';
import { NOTIFICATIONS_QUEUE, NotificationJob, type DispatchEventPayload } from '@embauche/queues';
import { UnrecoverableError, type Job } from 'bullmq';
import type { JobHandlerSet } from './job-handlers';

type DeliveryJobData = { deliveryId: string; dueAt: string };
type NotificationJobData = DispatchEventPayload | DeliveryJobData;

/**
 * Runs the notifications queue. A job is one look at one row: the outcome
 * (and any retry, on the webhook or email schedule) is written to Postgres,
 * so a job that fails is simply dropped; its row's lease runs out and the
 * relay hands it over again.
 */
// Webhook attempts can take the whole 15 s timeout: a lock a little longer than that.
@Processor(NOTIFICATIONS_QUEUE, { lockDuration: 30_000, stalledInterval: 10_000 })
export class NotificationsProcessor extends WorkerHost implements OnApplicationBootstrap, JobHandlerSet {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(
    private readonly dispatcher: DispatcherService,
    private readonly producer: NotificationsProducer,
    private readonly webhooks: WebhookDeliveryService,
    private readonly emails: EmailDeliveryService,
    private readonly env: Environment,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.env.NOTIFICATIONS_CONCURRENCY;
  }

  private readonly handlers: { [K in (typeof NotificationJob)[keyof typeof NotificationJob]]: (data: NotificationJobData) => Promise<unknown> } = {
    [NotificationJob.Dispatch]: async (data) => {
      const { webhooks, emails } = await this.dispatcher.dispatch((data as DispatchEventPayload).eventId);
      await Promise.all([this.producer.webhooks(webhooks), this.producer.emails(emails)]);
      return { webhooks: webhooks.length, emails: emails.length };
    },
    [NotificationJob.DeliverWebhook]: (data) => this.webhooks.deliver((data as DeliveryJobData).deliveryId, new Date((data as DeliveryJobData).dueAt)),
    [NotificationJob.DeliverEmail]: (data) => this.emails.deliver((data as DeliveryJobData).deliveryId, new Date((data as DeliveryJobData).dueAt)),
  };

  readonly queue = NOTIFICATIONS_QUEUE;
  readonly handledJobs: readonly string[] = Object.keys(this.handlers);

  async process(job: Job<NotificationJobData>): Promise<unknown> {
    const handler = this.handlers[job.name as keyof typeof this.handlers];
    if (!handler) throw new UnrecoverableError(`Unknown job ${job.name}`);
    return handler(job.data);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(`Notification job ${job?.id} failed: ${error.message}; the relay hands its row over again when the lease ends`);
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Notifications queue: ${error.message}`);
  }
}
