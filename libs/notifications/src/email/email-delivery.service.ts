import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Environment } from '@embauche/common';
import { DataSource } from 'typeorm';
import { nextDelayMs, parseSchedule } from '../webhooks/retry-schedule';
import { isEmailLanguage, renderEmail, type EmailLanguage } from './email-templates';
import { Mailer } from './mailer';

interface Claimed {
  id: string;
  event_id: string;
  recipient_user_id: string;
  template: string;
  attempts: number;
  next_attempt_at: Date;
  to_address: string | null;
  language: string | null;
  email: string | null;
  name: string | null;
  preferred_language: string | null;
  erased_at: Date | null;
  data: Record<string, unknown>;
  posting_title: string | null;
  posting_language: string | null;
  organization_name: string | null;
  endpoint_url: string | null;
}

/**
 * One attempt of one email. The address and language are read from the
 * account now (an erased account gets nothing, except the erasure
 * confirmation, which carries its own address until sent). Message-ID is
 * derived from the event and the recipient, so a duplicate sent after a
 * crash is recognisable as the same message.
 */
@Injectable()
export class EmailDeliveryService implements OnApplicationShutdown {
  private readonly mailer: Mailer;
  private readonly schedule: number[];
  private readonly domain: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Environment,
  ) {
    this.mailer = new Mailer(env.SMTP_URL, env.MAIL_FROM, 15_000);
    this.schedule = parseSchedule(env.EMAIL_RETRY_SCHEDULE_MS);
    this.domain = /@([^>\s]+)/.exec(env.MAIL_FROM)?.[1] ?? 'embauche.localhost';
  }

  onApplicationShutdown(): void {
    this.mailer.close();
  }

  async deliver(deliveryId: string, dueAt: Date): Promise<string> {
    const d = await this.claim(deliveryId, dueAt);
    if (!d) return 'stale';
    const to = d.to_address ?? (d.erased_at ? null : d.email);
    if (!to) return this.finish(d, 'dropped', null);
    const language: EmailLanguage = [d.preferred_language, d.language, d.posting_language].find(isEmailLanguage) ?? 'en';
    const rendered = renderEmail(d.template, language, {
      name: d.erased_at ? null : d.name,
      postingTitle: d.posting_title,
      organizationName: d.organization_name,
      endpointUrl: d.endpoint_url,
      reason: (d.data.reason as string | undefined) ?? null,
    });
    try {
      const outcome = await this.mailer.send({ ...rendered, to, language, messageId: `<${d.event_id}.${d.recipient_user_id}.${d.template}@${this.domain}>` });
      return this.finish(d, outcome, null);
    } catch (error) {
      const attempts = d.attempts + 1;
      const wait = nextDelayMs(this.schedule, attempts, null);
      return this.finish(d, wait === null ? 'failed' : 'pending', (error as Error).message.slice(0, 500), wait ?? 0);
    }
  }

  private async claim(deliveryId: string, dueAt: Date): Promise<Claimed | null> {
    const rows: Claimed[] = await this.dataSource.query(
      `WITH c AS (
         UPDATE email_deliveries SET next_attempt_at = now() + ($3::int * interval '1 millisecond')
          WHERE id = $1 AND status = 'pending' AND next_attempt_at = $2::timestamptz RETURNING *)
       SELECT c.id, c.event_id, c.recipient_user_id, c.template, c.attempts, c.next_attempt_at, c.to_address, c.language,
              u.email, u.name, u.preferred_language, u.erased_at, e.data,
              p.title AS posting_title, p.language AS posting_language, o.name AS organization_name, w.url AS endpoint_url
         FROM c JOIN outbox e ON e.id = c.event_id
         LEFT JOIN users u ON u.id = c.recipient_user_id
         LEFT JOIN job_postings p ON p.id = (e.data->>'jobPostingId')::uuid
         LEFT JOIN organizations o ON o.id = COALESCE(p.organization_id, e.organization_id)
         LEFT JOIN webhook_endpoints w ON w.id = (e.data->>'endpointId')::uuid`,
      [deliveryId, dueAt.toISOString(), Math.max(this.env.NOTIFICATIONS_LEASE_MS, 20_000)],
    );
    return rows[0] ?? null;
  }

  /** The address copy goes as soon as the email is no longer pending. */
  private async finish(d: Claimed, status: string, error: string | null, waitMs = 0): Promise<string> {
    await this.dataSource.query(
      `UPDATE email_deliveries SET status = $3::text, attempts = attempts + 1, last_error = $4::text,
              to_address = CASE WHEN $3::text = 'pending' THEN to_address ELSE NULL END,
              next_attempt_at = CASE WHEN $3::text = 'pending' THEN now() + ($5::int * interval '1 millisecond') ELSE next_attempt_at END,
              delivered_at = CASE WHEN $3::text IN ('delivered', 'logged') THEN now() ELSE NULL END
        WHERE id = $1 AND next_attempt_at = $2::timestamptz AND status = 'pending'`,
      [d.id, new Date(d.next_attempt_at).toISOString(), status, error, waitMs],
    );
    return status;
  }
}
