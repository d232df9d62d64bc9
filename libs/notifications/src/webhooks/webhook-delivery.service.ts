import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Environment } from '@embauche/common';
import { runInTransaction } from '@embauche/database/transaction';
import { queryRows } from '@embauche/database/query-rows';
import { DataSource } from 'typeorm';
import { writeOutbox } from '../outbox/outbox.writer';
import { nextDelayMs, parseSchedule, retryAfterMs } from './retry-schedule';
import { WebhookSender, type SendResult } from './webhook-sender';
import { activeSecrets, signatureHeader } from './webhook-signature';

interface Claimed {
  id: string;
  endpoint_id: string;
  attempts: number;
  next_attempt_at: Date;
  type: string;
  data: unknown;
  occurred_at: Date;
  url: string | null;
  enabled: boolean | null;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
  failing_since: Date | null;
  organization_id: string;
}

/**
 * One attempt of one webhook delivery, Standard Webhooks v1: `webhook-id` is
 * `msg_<delivery id>` (the same on every retry), a fresh `webhook-timestamp`
 * and `webhook-signature` per attempt, body `{ type, timestamp, data }`. Only
 * 2xx succeeds; 410 disables the endpoint; otherwise the next attempt is
 * scheduled in Postgres (jittered, Retry-After honoured) until the schedule
 * runs out, and an endpoint failing everything for WEBHOOK_DISABLE_AFTER_MS
 * is disabled and its admins told.
 */
@Injectable()
export class WebhookDeliveryService implements OnApplicationShutdown {
  private readonly logger = new Logger(WebhookDeliveryService.name);
  private readonly sender: WebhookSender;
  private readonly schedule: number[];

  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Environment,
  ) {
    this.sender = new WebhookSender(env.WEBHOOK_TIMEOUT_MS, env.WEBHOOK_ALLOW_PRIVATE_NETWORKS);
    this.schedule = parseSchedule(env.WEBHOOK_RETRY_SCHEDULE_MS);
  }

  onApplicationShutdown(): void {
    this.sender.close();
  }

  /** `dueAt` is the lease the job was made under: a job from an older lease finds nothing to do. */
  async deliver(deliveryId: string, dueAt: Date): Promise<string> {
    const claimed = await this.claim(deliveryId, dueAt);
    if (!claimed) return 'stale';
    if (!claimed.url || !claimed.enabled) {
      await this.dataSource.query(`UPDATE webhook_deliveries SET status = 'cancelled', last_error = 'endpoint disabled or deleted' WHERE id = $1 AND status = 'pending'`, [deliveryId]);
      return 'cancelled';
    }
    const body = JSON.stringify({ type: claimed.type, timestamp: new Date(claimed.occurred_at).toISOString(), data: claimed.data });
    const msgId = `msg_${claimed.id}`;
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'webhook-id': msgId,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signatureHeader(msgId, timestamp, body, activeSecrets({ secret: claimed.secret, previousSecret: claimed.previous_secret, previousSecretExpiresAt: claimed.previous_secret_expires_at })),
    };
    const result = await this.sender.send(claimed.url, headers, body);
    return this.record(claimed, result);
  }

  /** Takes the delivery for this attempt (lease long enough for the request), with what the attempt needs. */
  private async claim(deliveryId: string, dueAt: Date): Promise<Claimed | null> {
    const lease = Math.max(this.env.NOTIFICATIONS_LEASE_MS, this.env.WEBHOOK_TIMEOUT_MS + 5000);
    const rows: Claimed[] = await this.dataSource.query(
      `WITH c AS (
         UPDATE webhook_deliveries SET next_attempt_at = now() + ($3::int * interval '1 millisecond')
          WHERE id = $1 AND status = 'pending' AND next_attempt_at = $2::timestamptz
          RETURNING id, event_id, endpoint_id, attempts, next_attempt_at)
       SELECT c.id, c.endpoint_id, c.attempts, c.next_attempt_at, e.type, e.data, e.occurred_at, w.url, w.enabled, w.secret,
              w.previous_secret, w.previous_secret_expires_at, w.failing_since, w.organization_id
         FROM c JOIN outbox e ON e.id = c.event_id LEFT JOIN webhook_endpoints w ON w.id = c.endpoint_id`,
      [deliveryId, dueAt.toISOString(), lease],
    );
    return rows[0] ?? null;
  }

  private async record(d: Claimed, r: SendResult): Promise<string> {
    const ok = r.statusCode !== null && r.statusCode >= 200 && r.statusCode < 300;
    const gone = r.statusCode === 410;
    const attempts = d.attempts + 1;
    const wait = ok || gone ? null : nextDelayMs(this.schedule, attempts, r.statusCode === 429 || r.statusCode === 503 ? retryAfterMs(r.headers['retry-after']) : null);
    const status = ok ? 'delivered' : gone || wait === null ? 'failed' : 'pending';
    const error = ok ? null : (r.error ?? `HTTP ${r.statusCode}`).slice(0, 500);
    // One statement (one round trip, atomic): the attempt logged, the delivery moved on, the endpoint's failure clock kept.
    const [row]: Array<{ updated: number; failing_since: Date | null }> = await this.dataSource.query(
      `WITH d AS (
         UPDATE webhook_deliveries SET status = $3::text, attempts = $4::int, last_status_code = $5::int, last_error = $6::text,
                next_attempt_at = CASE WHEN $3::text = 'pending' THEN now() + ($7::int * interval '1 millisecond') ELSE next_attempt_at END,
                delivered_at = CASE WHEN $3::text = 'delivered' THEN now() ELSE NULL END
          WHERE id = $1 AND next_attempt_at = $2::timestamptz AND status = 'pending' RETURNING id),
       a AS (INSERT INTO webhook_attempts (delivery_id, status_code, latency_ms, response_excerpt, error) VALUES ($1, $5::int, $9::int, $10::text, $6::text)),
       e AS (
         UPDATE webhook_endpoints SET failing_since = CASE WHEN $11::boolean THEN NULL ELSE COALESCE(failing_since, now()) END
          WHERE id = $8::uuid AND EXISTS (SELECT 1 FROM d) AND (NOT $11::boolean OR failing_since IS NOT NULL) RETURNING failing_since)
       SELECT (SELECT count(*)::int FROM d) AS updated, (SELECT failing_since FROM e) AS failing_since`,
      [d.id, new Date(d.next_attempt_at).toISOString(), status, attempts, r.statusCode, error, wait ?? 0, d.endpoint_id, r.latencyMs, r.excerpt, ok],
    );
    if (!row.updated) return 'stale'; // replayed or cancelled meanwhile: the attempt is logged, the state is theirs
    if (ok) return 'delivered';
    const failingFor = row.failing_since ? Date.now() - new Date(row.failing_since).getTime() : 0;
    if (gone || failingFor >= this.env.WEBHOOK_DISABLE_AFTER_MS) {
      const reason = gone ? 'gone' : 'failing';
      await runInTransaction(this.dataSource, (m) => this.disable(m, d, reason));
      return gone ? 'gone' : status;
    }
    return status;
  }

  /** Disables the endpoint, cancels what it still had pending, and tells the organization's admins (an internal event). */
  private async disable(m: import('typeorm').EntityManager, d: Claimed, reason: 'gone' | 'failing'): Promise<void> {
    const done = queryRows(
      await m.query(`UPDATE webhook_endpoints SET enabled = false, disabled_reason = $2, updated_at = now() WHERE id = $1 AND enabled RETURNING id`, [d.endpoint_id, reason]),
    );
    if (!done.length) return;
    await m.query(
      `UPDATE webhook_deliveries SET status = 'cancelled', last_error = $2 WHERE endpoint_id = $1 AND status = 'pending'`,
      [d.endpoint_id, `endpoint disabled (${reason})`],
    );
    await writeOutbox(m, [{ type: 'webhook_endpoint.disabled', organizationId: d.organization_id, candidateId: null, data: { endpointId: d.endpoint_id, reason } }]);
    this.logger.warn(`Webhook endpoint ${d.endpoint_id} disabled: ${reason === 'gone' ? 'the receiver answered 410 Gone' : 'every delivery failed for too long'}`);
  }
}
