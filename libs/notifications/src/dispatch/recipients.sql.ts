/**
 * Who gets an email for each event type, as SQL selecting (recipient_user_id,
 * template) from the event `$1` (its row is `e`). Deactivated members get none. Erased accounts and
 * candidates' own addresses are resolved when the email is sent.
 */
const candidate = (template: string) => `SELECT e.candidate_id AS recipient_user_id, ${template} AS template FROM outbox e WHERE e.id = $1::uuid AND e.candidate_id IS NOT NULL`;

const EMAIL_RECIPIENTS: Readonly<Record<string, string>> = {
  // The candidate, and the team of the posting: whoever created it (the recruiter) and its hiring managers.
  'application.created': `${candidate(`'application-received'`)}
    UNION SELECT u.id, 'new-application' FROM outbox e JOIN job_postings p ON p.id = (e.data->>'jobPostingId')::uuid
      JOIN users u ON (u.id = p.created_by OR u.id = ANY(p.hiring_manager_ids)) AND u.organization_id = p.organization_id AND u.erased_at IS NULL AND u.deactivated_at IS NULL
     WHERE e.id = $1::uuid`,
  'application.status_changed': candidate(`'status-' || (e.data->>'to')`),
  'application.withdrawn': candidate(`'application-withdrawn'`),
  'webhook_endpoint.disabled': `SELECT u.id AS recipient_user_id, 'endpoint-disabled' AS template FROM outbox e JOIN users u ON u.organization_id = e.organization_id AND u.role = 'admin' AND u.erased_at IS NULL AND u.deactivated_at IS NULL WHERE e.id = $1::uuid`,
};

/** Every type's recipients in one SELECT, each part guarded by the event's type (so one statement serves any event). */
export const ALL_EMAIL_RECIPIENTS = Object.entries(EMAIL_RECIPIENTS)
  .map(([type, sql]) => `SELECT * FROM (${sql}) r WHERE (SELECT type FROM outbox WHERE id = $1::uuid) = '${type}'`)
  .join('\nUNION ALL\n');
