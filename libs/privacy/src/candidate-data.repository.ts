import { Injectable } from '@nestjs/common';
import { UserEntity } from '@embauche/accounts/user.entity';
import { ApplicationEventEntity } from '@embauche/applications/application-event.entity';
import { ApplicationEntity } from '@embauche/applications/application.entity';
import { TERMINAL } from '@embauche/applications/status-flow';
import { CandidateProfileEntity } from '@embauche/candidates/candidate-profile.entity';
import { queryRows } from '@embauche/database/query-rows';
import { DataSource, In, type EntityManager } from 'typeorm';

/** The reads and writes of a candidate's personal data across the tables of accounts, candidates, applications and sourcing. */
@Injectable()
export class CandidateDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  findUser(candidateId: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id: candidateId });
  }

  findProfile(candidateId: string): Promise<CandidateProfileEntity | null> {
    return this.dataSource.getRepository(CandidateProfileEntity).findOneBy({ candidateId });
  }

  applicationsOf(candidateId: string): Promise<ApplicationEntity[]> {
    return this.dataSource.getRepository(ApplicationEntity).find({ where: { candidateId }, order: { createdAt: 'ASC' } });
  }

  eventsOf(applicationIds: string[]): Promise<ApplicationEventEntity[]> {
    if (!applicationIds.length) return Promise.resolve([]);
    return this.dataSource.getRepository(ApplicationEventEntity).find({ where: { applicationId: In(applicationIds) }, order: { id: 'ASC' } });
  }

  lockUser(m: EntityManager, candidateId: string): Promise<UserEntity | null> {
    return m.getRepository(UserEntity).findOne({ where: { id: candidateId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Every application and suggestion row of the candidate, locked in primary-key order (the order rescores and score writes follow). */
  async lockRowsOf(m: EntityManager, candidateId: string): Promise<void> {
    await m.query('SELECT id FROM applications WHERE candidate_id = $1 ORDER BY id FOR UPDATE', [candidateId]);
    await m.query('SELECT candidate_id, job_posting_id FROM suggestions WHERE candidate_id = $1 ORDER BY job_posting_id FOR UPDATE', [candidateId]);
  }

  /** The candidate's applications still in the pipeline become withdrawn; returns them with the status they left. */
  async withdrawOpen(m: EntityManager, candidateId: string): Promise<Array<{ id: string; previous: string }>> {
    const withdrawn: unknown = await m.query(
      `UPDATE applications a SET status = 'withdrawn', status_changed_at = now(), updated_at = now()
         FROM (SELECT id, status AS previous FROM applications WHERE candidate_id = $1 AND status <> ALL($2::text[]) FOR UPDATE) o
        WHERE a.id = o.id RETURNING a.id, o.previous`,
      [candidateId, TERMINAL],
    );
    return queryRows<{ id: string; previous: string }>(withdrawn);
  }

  /** Cover letters, match explanations and event notes go; the rows stay, anonymized. */
  async anonymizeApplications(m: EntityManager, candidateId: string): Promise<void> {
    await m.query(
      `UPDATE applications SET anonymized = true, cover_letter = NULL, match_breakdown = NULL, match_failure_reason = NULL, updated_at = now() WHERE candidate_id = $1`,
      [candidateId],
    );
    await m.query(`UPDATE application_events SET note = NULL WHERE note IS NOT NULL AND application_id IN (SELECT id FROM applications WHERE candidate_id = $1)`, [candidateId]);
  }

  /** One `erased` event per application the erasure withdrew. */
  async addErasedEvents(m: EntityManager, candidateId: string, withdrawn: Array<{ id: string; previous: string }>): Promise<void> {
    if (!withdrawn.length) return;
    await m.query(
      `INSERT INTO application_events (application_id, actor_id, type, from_status, to_status)
       SELECT o.id, $1, 'erased', o.previous, 'withdrawn' FROM jsonb_to_recordset($2::jsonb) AS o(id uuid, previous text)`,
      [candidateId, JSON.stringify(withdrawn)],
    );
  }

  /** Suggestions and profile deleted; the account keeps its id, without name, email or password, marked erased. */
  /** The candidate's applications and their organizations: who the erasure event is addressed to. */
  async applicationOrganizationsOf(m: EntityManager, candidateId: string): Promise<Array<{ id: string; organizationId: string }>> {
    return m.query(`SELECT id, organization_id AS "organizationId" FROM applications WHERE candidate_id = $1 ORDER BY id`, [candidateId]);
  }

  async eraseProfileAndAccount(m: EntityManager, candidateId: string): Promise<void> {
    await m.query(`DELETE FROM suggestions WHERE candidate_id = $1`, [candidateId]);
    await m.getRepository(CandidateProfileEntity).delete({ candidateId });
    await m.getRepository(UserEntity).update({ id: candidateId }, { email: null, name: null, passwordHash: null, erasedAt: new Date() });
  }
}
