import { Module } from '@nestjs/common';
import { WebhookEndpointsService } from './webhooks/webhook-endpoints.service';

/** The API side of notifications: admins' webhook endpoints. (Events are written by the services that change things, through the outbox writer.) */
@Module({
  providers: [WebhookEndpointsService],
  exports: [WebhookEndpointsService],
})
export class NotificationsApiModule {}
