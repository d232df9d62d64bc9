/**
 * The notifications queue (issue 16): the outbox dispatcher and the webhook and
 * email deliveries. Postgres holds every event, delivery, attempt and its next
 * due time; a job only says "look at this row now". Ids are derived from the
 * row and the time it became due, so the relay (which re-adds whatever is due
 * from Postgres) never duplicates a job still in Redis, and a delivery that
 * was rescheduled gets a new job.
 */
export const NOTIFICATIONS_QUEUE = 'notifications';

export const NotificationJob = {
  /** Fan one outbox event out to its webhook and email deliveries. */
  Dispatch: 'dispatch-event',
  /** One attempt of one webhook delivery. */
  DeliverWebhook: 'deliver-webhook',
  /** One attempt of one email. */
  DeliverEmail: 'deliver-email',
} as const;

export interface DispatchEventPayload {
  eventId: string;
}

export interface DeliveryPayload {
  deliveryId: string;
}

export const notificationJobIds = {
  dispatch: (eventId: string) => `dispatch.${eventId}`,
  webhook: (deliveryId: string, dueAt: Date) => `webhook.${deliveryId}.${dueAt.getTime()}`,
  email: (deliveryId: string, dueAt: Date) => `email.${deliveryId}.${dueAt.getTime()}`,
};

/** One attempt per job: retries are scheduled in Postgres (the webhook schedule is hours long). */
export const NOTIFICATION_JOB_OPTIONS = {
  attempts: 1,
  removeOnComplete: { count: 1000, age: 3600 },
  // A failed job must go, or re-adding its id (the relay does, from Postgres) would be a no-op.
  removeOnFail: true,
} as const;
