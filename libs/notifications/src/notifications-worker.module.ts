import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { NOTIFICATIONS_QUEUE } from '@embauche/queues';
import { DispatcherService } from './dispatch/dispatcher.service';
import { NotificationsProducer } from './dispatch/notifications.producer';
import { NotificationsRelayService } from './dispatch/notifications-relay.service';
import { EmailDeliveryService } from './email/email-delivery.service';
import { WebhookDeliveryService } from './webhooks/webhook-delivery.service';

/** The worker side of notifications: the relay (reconciler), the dispatcher and the two kinds of delivery. */
@Module({
  imports: [BullModule.registerQueue({ name: NOTIFICATIONS_QUEUE })],
  providers: [DispatcherService, NotificationsProducer, NotificationsRelayService, WebhookDeliveryService, EmailDeliveryService],
  exports: [DispatcherService, NotificationsProducer, WebhookDeliveryService, EmailDeliveryService],
})
export class NotificationsWorkerModule {}
