import { Injectable } from '@nestjs/common';
import { Environment } from '@embauche/common';
import { runInTransaction } from '@embauche/database/transaction';
import { queryRows } from '@embauche/database/query-rows';
import { DataSource } from 'typeorm';
import { INTERNAL_EVENT_TYPES } from '../outbox/event-types';
import { EMAIL_RECIPIENTS } from './recipients.sql';

export interface Leased {
  id: string;
  dueAt: Date;
}

/**
 * Fans one outbox event out, once, into its webhook deliveries (every
 * enabled endpoint of the organization subscribed to the type) and its
 * emails, each a row with its own state. The new rows come back already
 * leased, so the caller can enqueue them at once; if that enqueue is lost the
 * relay takes them when the lease ends.
 */
@Injectable()
export class DispatcherService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Environment,
  ) {}

  dispatch(eventId: string): Promise<{ webhooks: Leased[]; emails: Leased[] }> {
    return runInTransaction(this.dataSource, async (m) => {
      const [event]: Array<{ type: string; organization_id: string | null }> = await m.query(
        'SELECT type, organization_id FROM outbox WHERE id = $1 AND dispatched_at IS NULL FOR UPDATE',
        [eventId],
      );
      if (!event) return { webhooks: [], emails: [] }; // already dispatched (a duplicate job)
      const lease = this.env.NOTIFICATIONS_LEASE_MS;
      let webhooks: Leased[] = [];
      if (event.organization_id && !(INTERNAL_EVENT_TYPES as readonly string[]).includes(event.type)) {
        webhooks = leased(
          await m.query(
            `INSERT INTO webhook_deliveries (event_id, endpoint_id, event_type, next_attempt_at)
             SELECT $1::uuid, w.id, $2::text, now() + ($4::int * interval '1 millisecond') FROM webhook_endpoints w
              WHERE w.organization_id = $3::uuid AND w.enabled AND $2::text = ANY(w.event_types)
             ON CONFLICT (event_id, endpoint_id) DO NOTHING RETURNING id, next_attempt_at`,
            [eventId, event.type, event.organization_id, lease],
          ),
        );
      }
      const recipients = EMAIL_RECIPIENTS[event.type];
      const emails = recipients
        ? leased(
            await m.query(
              `INSERT INTO email_deliveries (event_id, recipient_user_id, template, next_attempt_at)
               SELECT $1::uuid, r.recipient_user_id, r.template, now() + ($2::int * interval '1 millisecond') FROM (${recipients}) r
               ON CONFLICT (event_id, recipient_user_id, template) DO NOTHING RETURNING id, next_attempt_at`,
              [eventId, lease],
            ),
          )
        : [];
      await m.query('UPDATE outbox SET dispatched_at = now() WHERE id = $1', [eventId]);
      return { webhooks, emails };
    });
  }
}

function leased(result: unknown): Leased[] {
  return queryRows<{ id: string; next_attempt_at: Date }>(result).map((r) => ({ id: r.id, dueAt: r.next_attempt_at }));
}
