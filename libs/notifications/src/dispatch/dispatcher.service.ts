import { Injectable } from '@nestjs/common';
import { Environment } from '@embauche/common';
import { DataSource } from 'typeorm';
import { INTERNAL_EVENT_TYPES } from '../outbox/event-types';
import { ALL_EMAIL_RECIPIENTS } from './recipients.sql';

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

  /**
   * One statement, so it is atomic without a transaction and costs one round
   * trip: the event marked dispatched (only by the first job to get there),
   * its deliveries and emails inserted, both lists returned.
   */
  async dispatch(eventId: string): Promise<{ webhooks: Leased[]; emails: Leased[] }> {
    const [row]: Array<{ webhooks: Array<{ id: string; next_attempt_at: string }> | null; emails: Array<{ id: string; next_attempt_at: string }> | null }> =
      await this.dataSource.query(
        `WITH ev AS (
           UPDATE outbox SET dispatched_at = now() WHERE id = $1::uuid AND dispatched_at IS NULL RETURNING id, type, organization_id),
         w AS (
           INSERT INTO webhook_deliveries (event_id, endpoint_id, event_type, next_attempt_at)
           SELECT ev.id, wh.id, ev.type, now() + ($2::int * interval '1 millisecond')
             FROM ev JOIN webhook_endpoints wh ON wh.organization_id = ev.organization_id AND wh.enabled AND ev.type = ANY(wh.event_types)
            WHERE ev.type <> ALL($3::text[])
           ON CONFLICT (event_id, endpoint_id) DO NOTHING RETURNING id, next_attempt_at),
         m AS (
           INSERT INTO email_deliveries (event_id, recipient_user_id, template, next_attempt_at)
           SELECT $1::uuid, r.recipient_user_id, r.template, now() + ($2::int * interval '1 millisecond')
             FROM (${ALL_EMAIL_RECIPIENTS}) r WHERE EXISTS (SELECT 1 FROM ev)
           ON CONFLICT (event_id, recipient_user_id, template) DO NOTHING RETURNING id, next_attempt_at)
         SELECT (SELECT json_agg(w) FROM w) AS webhooks, (SELECT json_agg(m) FROM m) AS emails`,
        [eventId, this.env.NOTIFICATIONS_LEASE_MS, INTERNAL_EVENT_TYPES],
      );
    return { webhooks: leased(row?.webhooks ?? []), emails: leased(row?.emails ?? []) };
  }
}

function leased(rows: Array<{ id: string; next_attempt_at: string }>): Leased[] {
  return rows.map((r) => ({ id: r.id, dueAt: new Date(r.next_attempt_at) }));
}
