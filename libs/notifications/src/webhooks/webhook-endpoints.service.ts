import { Injectable } from '@nestjs/common';
import type { MemberActor } from '@embauche/accounts';
import { ConflictError, decodeCursor, Environment, NotFoundError, toPage, type Page } from '@embauche/common';
import { queryRows } from '@embauche/database/query-rows';
import { runInTransaction } from '@embauche/database/transaction';
import { DataSource } from 'typeorm';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { checkWebhookUrl } from './webhook-url';
import { generateSecret } from './webhook-signature';
import { NotificationErrorCode } from '../notification-errors';

export interface EndpointInput {
  url: string;
  eventTypes: string[];
  description?: string;
  enabled?: boolean;
}

export interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  nextAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
  log: Array<{ at: Date; statusCode: number | null; latencyMs: number; responseExcerpt: string | null; error: string | null }>;
}

/** How long the previous secret keeps signing after a rotation (Standard Webhooks: receivers get time to switch). */
const ROTATION_OVERLAP_MS = 24 * 3600 * 1000;

/** Admins' management of their organization's endpoints; every query is scoped to the caller's organization. */
@Injectable()
export class WebhookEndpointsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Environment,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(WebhookEndpointEntity);
  }

  create(actor: MemberActor, input: EndpointInput): Promise<WebhookEndpointEntity> {
    const url = checkWebhookUrl(input.url, this.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS);
    return this.repo.save(
      this.repo.create({
        organizationId: actor.organizationId,
        url,
        eventTypes: [...new Set(input.eventTypes)],
        description: input.description ?? '',
        enabled: input.enabled ?? true,
        secret: generateSecret(),
      }),
    );
  }

  async list(actor: MemberActor, limit: number, cursor?: string): Promise<Page<WebhookEndpointEntity>> {
    const after = decodeCursor(cursor, ['timestamp', 'uuid'] as const);
    const qb = this.repo.createQueryBuilder('w').where('w.organization_id = :org', { org: actor.organizationId });
    if (after) qb.andWhere('(w.created_at, w.id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))', { at: after[0], id: after[1] });
    const rows = await qb.orderBy('w.created_at', 'DESC').addOrderBy('w.id', 'DESC').limit(limit + 1).getMany();
    return toPage(rows, limit, (w) => w, (w) => [w.createdAt.toISOString(), w.id]);
  }

  async get(actor: MemberActor, id: string): Promise<WebhookEndpointEntity> {
    const endpoint = await this.repo.findOneBy({ id, organizationId: actor.organizationId });
    if (!endpoint) throw new NotFoundError(NotificationErrorCode.WebhookEndpointNotFound, 'Webhook endpoint');
    return endpoint;
  }

  /** Enabling again clears what disabled it, so the failure clock starts afresh. */
  async update(actor: MemberActor, id: string, changes: Partial<EndpointInput>): Promise<WebhookEndpointEntity> {
    const endpoint = await this.get(actor, id);
    if (changes.url !== undefined) endpoint.url = checkWebhookUrl(changes.url, this.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS);
    if (changes.eventTypes !== undefined) endpoint.eventTypes = [...new Set(changes.eventTypes)];
    if (changes.description !== undefined) endpoint.description = changes.description;
    if (changes.enabled !== undefined && changes.enabled !== endpoint.enabled) {
      endpoint.enabled = changes.enabled;
      endpoint.disabledReason = null;
      endpoint.failingSince = null;
    }
    return this.repo.save(endpoint);
  }

  /** Deletes the endpoint with its deliveries and their log. */
  async remove(actor: MemberActor, id: string): Promise<void> {
    await runInTransaction(this.dataSource, async (m) => {
      const gone = queryRows(await m.query('DELETE FROM webhook_endpoints WHERE id = $1 AND organization_id = $2 RETURNING id', [id, actor.organizationId]));
      if (!gone.length) throw new NotFoundError(NotificationErrorCode.WebhookEndpointNotFound, 'Webhook endpoint');
      await m.query('DELETE FROM webhook_attempts WHERE delivery_id IN (SELECT id FROM webhook_deliveries WHERE endpoint_id = $1)', [id]);
      await m.query('DELETE FROM webhook_deliveries WHERE endpoint_id = $1', [id]);
    });
  }

  /** A new secret, shown once; the old one keeps signing (as a second signature) for 24 hours. */
  async rotateSecret(actor: MemberActor, id: string): Promise<WebhookEndpointEntity> {
    const endpoint = await this.get(actor, id);
    endpoint.previousSecret = endpoint.secret;
    endpoint.previousSecretExpiresAt = new Date(Date.now() + ROTATION_OVERLAP_MS);
    endpoint.secret = generateSecret();
    return this.repo.save(endpoint);
  }

  /** The delivery log, newest first, each delivery with its attempts. */
  async deliveries(actor: MemberActor, id: string, limit: number, cursor?: string): Promise<Page<DeliveryView>> {
    await this.get(actor, id);
    const after = decodeCursor(cursor, ['timestamp', 'uuid'] as const);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT d.id, d.event_id, d.event_type, d.status, d.attempts, d.next_attempt_at, d.last_status_code, d.last_error, d.created_at, d.delivered_at,
              COALESCE((SELECT json_agg(json_build_object('at', a.attempted_at, 'statusCode', a.status_code, 'latencyMs', a.latency_ms,
                                                          'responseExcerpt', a.response_excerpt, 'error', a.error) ORDER BY a.id)
                          FROM webhook_attempts a WHERE a.delivery_id = d.id), '[]') AS log
         FROM webhook_deliveries d
        WHERE d.endpoint_id = $1 AND ($2::timestamptz IS NULL OR (d.created_at, d.id) < ($2::timestamptz, $3::uuid))
        ORDER BY d.created_at DESC, d.id DESC LIMIT $4`,
      [id, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
    return toPage(rows, limit, deliveryView, (r) => [new Date(r.created_at as string).toISOString(), r.id]);
  }

  /** Sends the delivery again, from the start of the schedule, with the same webhook-id. */
  async replay(actor: MemberActor, id: string, deliveryId: string): Promise<DeliveryView> {
    const endpoint = await this.get(actor, id);
    if (!endpoint.enabled) throw new ConflictError(NotificationErrorCode.WebhookEndpointDisabled, 'The endpoint is disabled: enable it (PATCH enabled: true) before replaying');
    const result = queryRows(
      await this.dataSource.query(
        `UPDATE webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = now(), delivered_at = NULL WHERE id = $1 AND endpoint_id = $2 RETURNING id`,
        [deliveryId, endpoint.id],
      ),
    );
    if (!result.length) throw new NotFoundError(NotificationErrorCode.WebhookDeliveryNotFound, 'Webhook delivery');
    return this.deliveryById(deliveryId);
  }

  private async deliveryById(deliveryId: string): Promise<DeliveryView> {
    const [row]: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT d.*, '[]'::json AS log FROM webhook_deliveries d WHERE d.id = $1`,
      [deliveryId],
    );
    return deliveryView(row);
  }
}

function deliveryView(r: Record<string, unknown>): DeliveryView {
  return {
    id: r.id as string,
    eventId: r.event_id as string,
    eventType: r.event_type as string,
    status: r.status as string,
    attempts: r.attempts as number,
    nextAttemptAt: r.status === 'pending' ? (r.next_attempt_at as Date) : null,
    lastStatusCode: r.last_status_code as number | null,
    lastError: r.last_error as string | null,
    createdAt: r.created_at as Date,
    deliveredAt: r.delivered_at as Date | null,
    log: ((r.log as DeliveryView['log']) ?? []).map((a) => ({ ...a, at: new Date(a.at) })),
  };
}
