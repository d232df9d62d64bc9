import { Injectable } from '@nestjs/common';
import { queryRows } from '@embauche/database/query-rows';
import type { Actor } from '@embauche/accounts';
import { endAllSessionsOf } from '@embauche/accounts/refresh-tokens.repository';
import { UserEntity } from '@embauche/accounts/user.entity';
import { ApplicationEventEntity } from '@embauche/applications/application-event.entity';
import { ApplicationEntity } from '@embauche/applications/application.entity';
import { CandidateProfileEntity } from '@embauche/candidates/candidate-profile.entity';
import { NotFoundError } from '@embauche/common';
import { runInTransaction } from '@embauche/database/transaction';
import { writeErasure } from '@embauche/notifications/outbox/outbox.writer';
import { DataSource, In } from 'typeorm';

export interface CandidateExport {
  exportedAt: string;
  account: Pick<UserEntity, 'id' | 'email' | 'name' | 'role' | 'createdAt'>;
  profile: CandidateProfileEntity | null;
  applications: Array<ApplicationEntity & { events: ExportedEvent[] }>;
}

/** An event as the API names it everywhere (GET /applications/{id}/events): `from`/`to`, not the entity's column names. */
export interface ExportedEvent {
  at: string;
  actorId: string | null;
  type: ApplicationEventEntity['type'];
  from: string | null;
  to: string | null;
  note: string | null;
  revealed: string[] | null;
}

/**
 * The candidate's rights over their personal data (GDPR art. 15, 17, 20):
 * everything held on them in one document, and erasure. Owns no table; it
 * reads and rewrites the rows of accounts, candidates and applications.
 */
@Injectable()
export class CandidateDataService {
  constructor(private readonly dataSource: DataSource) {}

  async export(actor: Actor): Promise<CandidateExport> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: actor.id });
    if (!user || user.erasedAt) throw new NotFoundError('Account');
    const [profile, applications] = await Promise.all([
      this.dataSource.getRepository(CandidateProfileEntity).findOneBy({ candidateId: actor.id }),
      this.dataSource.getRepository(ApplicationEntity).find({ where: { candidateId: actor.id }, order: { createdAt: 'ASC' } }),
    ]);
    const events = applications.length
      ? await this.dataSource.getRepository(ApplicationEventEntity).find({ where: { applicationId: In(applications.map((a) => a.id)) }, order: { id: 'ASC' } })
      : [];
    return {
      exportedAt: new Date().toISOString(),
      account: { id: user.id, email: user.email, name: user.name, role: user.role, createdAt: user.createdAt },
      profile: profile && profile.revision > 0 ? profile : null,
      applications: applications.map((a) => ({ ...a, events: events.filter((e) => e.applicationId === a.id).map(exportedEvent) })),
    };
  }

  /**
   * Erases name, email, password, profile, cover letters, match explanations
   * and event notes, in one transaction. Open applications become withdrawn;
   * every application stays, anonymized, so the organization's pipeline counts
   * stay right. Hired and rejected stay what they were (they are facts of the
   * organization's pipeline, not of the candidate's data). The email is freed
   * for a new signup.
   */
  async erase(actor: Actor): Promise<void> {
    await runInTransaction(this.dataSource, async (m) => {
      const user = await m.getRepository(UserEntity).findOne({ where: { id: actor.id }, lock: { mode: 'pessimistic_write' } });
      if (!user || user.erasedAt) throw new NotFoundError('Account');
      // Every row this erasure writes, locked in primary-key order first (the
      // order rescores and score writes follow), so they cannot deadlock.
      await m.query('SELECT id FROM applications WHERE candidate_id = $1 ORDER BY id FOR UPDATE', [actor.id]);
      await m.query('SELECT candidate_id, job_posting_id FROM suggestions WHERE candidate_id = $1 ORDER BY job_posting_id FOR UPDATE', [actor.id]);
      const withdrawn: unknown = await m.query(
        `UPDATE applications a SET status = 'withdrawn', updated_at = now()
           FROM (SELECT id, status AS previous FROM applications WHERE candidate_id = $1 AND status NOT IN ('hired', 'rejected', 'withdrawn') FOR UPDATE) o
          WHERE a.id = o.id RETURNING a.id, o.previous`,
        [actor.id],
      );
      const open = queryRows<{ id: string; previous: string }>(withdrawn);
      await m.query(
        `UPDATE applications SET anonymized = true, cover_letter = NULL, match_breakdown = NULL, match_failure_reason = NULL, updated_at = now() WHERE candidate_id = $1`,
        [actor.id],
      );
      await m.query(`UPDATE application_events SET note = NULL WHERE note IS NOT NULL AND application_id IN (SELECT id FROM applications WHERE candidate_id = $1)`, [actor.id]);
      if (open.length) {
        await m.query(
          `INSERT INTO application_events (application_id, actor_id, type, from_status, to_status)
           SELECT o.id, $1, 'erased', o.previous, 'withdrawn' FROM jsonb_to_recordset($2::jsonb) AS o(id uuid, previous text)`,
          [actor.id, JSON.stringify(open)],
        );
      }
      await m.query(`DELETE FROM suggestions WHERE candidate_id = $1`, [actor.id]);
      const applications: Array<{ id: string; organizationId: string }> = await m.query(`SELECT id, organization_id AS "organizationId" FROM applications WHERE candidate_id = $1`, [actor.id]);
      await writeErasure(m, { candidateId: actor.id, email: user.email, language: user.preferredLanguage, applications });
      await m.getRepository(CandidateProfileEntity).delete({ candidateId: actor.id });
      await m.getRepository(UserEntity).update({ id: actor.id }, { email: null, name: null, passwordHash: null, erasedAt: new Date() });
      await endAllSessionsOf(m, actor.id);
    });
  }
}

function exportedEvent(e: ApplicationEventEntity): ExportedEvent {
  return { at: e.at.toISOString(), actorId: e.actorId, type: e.type, from: e.fromStatus, to: e.toStatus, note: e.note, revealed: e.revealed };
}
