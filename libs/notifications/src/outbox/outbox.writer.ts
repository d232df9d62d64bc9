import type { EntityManager } from 'typeorm';
import type { NewOutboxEvent } from './event-types';

/**
 * Writes domain events into the outbox with the caller's transaction manager,
 * so an event exists exactly when the change it describes committed. One
 * multi-row INSERT whatever the count. Plain TypeORM, no Nest: services and
 * the score writer call it the same way.
 */
export async function writeOutbox(manager: EntityManager, events: readonly NewOutboxEvent[]): Promise<void> {
  if (events.length === 0 || outboxWritesSkipped()) return;
  await manager.query(
    `INSERT INTO outbox (type, organization_id, candidate_id, data)
     SELECT e.type, e.organization_id, e.candidate_id, e.data FROM jsonb_to_recordset($1::jsonb) AS e(type text, organization_id uuid, candidate_id uuid, data jsonb)`,
    [JSON.stringify(events.map((e) => ({ type: e.type, organization_id: e.organizationId, candidate_id: e.candidateId, data: e.data })))],
  );
}

/**
 * The erasure's part: the candidate.erased events (one per organization that
 * had their applications, none of them naming the person), the pending
 * emails to the candidate dropped, and the confirmation to the address the
 * account is about to lose (the only place an address is copied; cleared once
 * sent).
 */
export async function writeErasure(
  manager: EntityManager,
  erasure: { candidateId: string; email: string | null; language: string | null; applications: Array<{ id: string; organizationId: string }> },
): Promise<void> {
  const byOrganization = new Map<string, string[]>();
  for (const a of erasure.applications) byOrganization.set(a.organizationId, [...(byOrganization.get(a.organizationId) ?? []), a.id]);
  const events: NewOutboxEvent[] = [...byOrganization].map(([organizationId, applicationIds]) => ({
    type: 'candidate.erased',
    organizationId,
    candidateId: erasure.candidateId,
    data: { candidateId: erasure.candidateId, applicationIds },
  }));
  if (outboxWritesSkipped()) return;
  await manager.query(`UPDATE email_deliveries SET status = 'dropped', to_address = NULL WHERE recipient_user_id = $1 AND status = 'pending'`, [erasure.candidateId]);
  await manager.query('UPDATE users SET preferred_language = NULL WHERE id = $1', [erasure.candidateId]);
  // The confirmation hangs on an event of its own (no organization, so no webhook), which gives its Message-ID.
  const [confirmation]: Array<{ id: string }> = await manager.query(
    `INSERT INTO outbox (type, organization_id, candidate_id, data, dispatched_at) VALUES ('candidate.erased', NULL, $1, $2::jsonb, now()) RETURNING id`,
    [erasure.candidateId, JSON.stringify({ candidateId: erasure.candidateId, applicationIds: [] })],
  );
  if (erasure.email) {
    await manager.query(
      `INSERT INTO email_deliveries (event_id, recipient_user_id, to_address, language, template) VALUES ($1, $2, $3, $4, 'erasure-confirmed')`,
      [confirmation.id, erasure.candidateId, erasure.email, erasure.language],
    );
  }
  await writeOutbox(manager, events);
}

/**
 * Only the benchmark sets this (`npm run bench -- webhooks`), to measure the
 * apply request without the outbox write against the same build. Never set it
 * anywhere else: no event would be written, so nothing would ever be sent.
 */
function outboxWritesSkipped(): boolean {
  return process.env.BENCH_SKIP_OUTBOX === 'true';
}
