import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PaginationQuery } from '@embauche/common';
import { EVENT_TYPES } from '@embauche/notifications/outbox/event-types';
import type { DeliveryView } from '@embauche/notifications/webhooks/webhook-endpoints.service';
import type { WebhookEndpointEntity } from '@embauche/notifications/webhooks/webhook-endpoint.entity';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../http/trim.decorator';
import { OmittableNotNull } from '../../http/validators';

export class CreateWebhookEndpointDto {
  @ApiProperty({ description: 'Where deliveries are POSTed (http or https); internal addresses are refused', maxLength: 2048, example: 'https://hooks.example.com/embauche' })
  @Trim()
  @IsString()
  @MaxLength(2048)
  url: string;

  @ApiProperty({ description: 'Event types to receive', enum: EVENT_TYPES, isArray: true })
  @IsArray({ message: 'eventTypes must be a list of event types' })
  @ArrayMinSize(1, { message: 'eventTypes must name at least one event type' })
  @ArrayMaxSize(EVENT_TYPES.length)
  @IsIn(EVENT_TYPES, { each: true, message: `each of eventTypes must be one of ${EVENT_TYPES.join(', ')}` })
  eventTypes: string[];

  @ApiPropertyOptional({ description: 'For the admins: what this endpoint is for', maxLength: 500 })
  @OmittableNotNull()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ description: 'Deliveries are made only while enabled (default true)' })
  @OmittableNotNull()
  @IsBoolean({ message: 'enabled must be true or false' })
  enabled?: boolean;
}

export class UpdateWebhookEndpointDto {
  @ApiPropertyOptional({ maxLength: 2048 })
  @OmittableNotNull()
  @Trim()
  @IsString()
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({ enum: EVENT_TYPES, isArray: true })
  @OmittableNotNull()
  @IsArray({ message: 'eventTypes must be a list of event types' })
  @ArrayMinSize(1, { message: 'eventTypes must name at least one event type' })
  @ArrayMaxSize(EVENT_TYPES.length)
  @IsIn(EVENT_TYPES, { each: true, message: `each of eventTypes must be one of ${EVENT_TYPES.join(', ')}` })
  eventTypes?: string[];

  @ApiPropertyOptional({ maxLength: 500 })
  @OmittableNotNull()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ description: 'Enabling a disabled endpoint clears its disabledReason' })
  @OmittableNotNull()
  @IsBoolean({ message: 'enabled must be true or false' })
  enabled?: boolean;
}

export class WebhookEndpointResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() url: string;
  @ApiProperty({ enum: EVENT_TYPES, isArray: true }) eventTypes: string[];
  @ApiProperty() description: string;
  @ApiProperty() enabled: boolean;
  @ApiProperty({ type: String, nullable: true, enum: ['gone', 'failing'], description: '`gone`: the receiver answered 410; `failing`: every delivery failed for WEBHOOK_DISABLE_AFTER_MS' })
  disabledReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Until when the previous secret still signs (after a rotation)' })
  previousSecretExpiresAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Since when every delivery attempt has failed (null once one succeeds); after WEBHOOK_DISABLE_AFTER_MS the endpoint is disabled as `failing`' })
  failingSince: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;

  static from(w: WebhookEndpointEntity): WebhookEndpointResponse {
    return {
      id: w.id,
      url: w.url,
      eventTypes: w.eventTypes,
      description: w.description,
      enabled: w.enabled,
      disabledReason: w.disabledReason,
      previousSecretExpiresAt: w.previousSecretExpiresAt && w.previousSecretExpiresAt > new Date() ? w.previousSecretExpiresAt.toISOString() : null,
      failingSince: w.failingSince ? new Date(w.failingSince).toISOString() : null,
      createdAt: w.createdAt.toISOString(),
      updatedAt: w.updatedAt.toISOString(),
    };
  }
}

/** Creation and rotation: the only answers that carry the secret. */
export class WebhookEndpointWithSecretResponse extends WebhookEndpointResponse {
  @ApiProperty({ description: 'Standard Webhooks signing secret (`whsec_` + base64); shown this once', example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' })
  secret: string;

  static withSecret(w: WebhookEndpointEntity): WebhookEndpointWithSecretResponse {
    return { ...WebhookEndpointResponse.from(w), secret: w.secret };
  }
}

export class WebhookEndpointListResponse {
  @ApiProperty({ type: [WebhookEndpointResponse] }) items: WebhookEndpointResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class WebhookAttemptResponse {
  @ApiProperty({ type: String, format: 'date-time' }) at: string;
  @ApiProperty({ type: Number, nullable: true, description: 'null when no HTTP answer came (refused destination, timeout, connection error)' }) statusCode: number | null;
  @ApiProperty() latencyMs: number;
  @ApiProperty({ type: String, nullable: true, description: 'First 1,000 characters of the answer' }) responseExcerpt: string | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
}

export class WebhookDeliveryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The `webhook-id` header of every attempt' }) webhookId: string;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ enum: EVENT_TYPES }) eventType: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'failed', 'cancelled'] }) status: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the next attempt is due, while pending' }) nextAttemptAt: string | null;
  @ApiProperty({ type: Number, nullable: true }) lastStatusCode: number | null;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt: string | null;
  @ApiProperty({ type: [WebhookAttemptResponse] }) attemptLog: WebhookAttemptResponse[];

  static from(d: DeliveryView): WebhookDeliveryResponse {
    const iso = (v: Date | null) => (v ? new Date(v).toISOString() : null);
    return {
      id: d.id,
      webhookId: `msg_${d.id}`,
      eventId: d.eventId,
      eventType: d.eventType,
      status: d.status,
      attempts: d.attempts,
      nextAttemptAt: iso(d.nextAttemptAt),
      lastStatusCode: d.lastStatusCode,
      lastError: d.lastError,
      createdAt: iso(d.createdAt) as string,
      deliveredAt: iso(d.deliveredAt),
      attemptLog: d.log.map((a) => ({ ...a, at: iso(a.at) as string })),
    };
  }
}

export class WebhookDeliveryListResponse {
  @ApiProperty({ type: [WebhookDeliveryResponse] }) items: WebhookDeliveryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class WebhookDeliveryListQuery extends PaginationQuery {}
