import { Injectable } from '@nestjs/common';
import { queryRows } from '@embauche/database/query-rows';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { ApplicationEventEntity, type ApplicationEventType } from './application-event.entity';
import { ApplicationEntity, type ApplicationStatus } from './application.entity';

export interface NewEvent {
  applicationId: string;
  actorId: string | null;
  type: ApplicationEventType;
  fromStatus: string | null;
  toStatus: string | null;
  note?: string | null;
  revealed?: string[] | null;
}

@Injectable()
export class ApplicationsRepository {
  constructor(
    @InjectRepository(ApplicationEntity) private readonly applications: Repository<ApplicationEntity>,
    @InjectRepository(ApplicationEventEntity) private readonly events: Repository<ApplicationEventEntity>,
  ) {}

  findById(id: string): Promise<ApplicationEntity | null> {
    return this.applications.findOne({ where: { id }, relations: { jobPosting: true } });
  }

  findOwn(id: string, candidateId: string): Promise<ApplicationEntity | null> {
    return this.applications.findOne({ where: { id, candidateId }, relations: { jobPosting: true } });
  }

  /** The candidate's applications, newest first, keyset on (created_at, id). */
  listForCandidate(candidateId: string, limit: number, after?: { createdAt: string; id: string }): Promise<ApplicationEntity[]> {
    const qb = this.applications
      .createQueryBuilder('a')
      .leftJoinAndSelect('a.jobPosting', 'p')
      .where('a.candidate_id = :candidateId', { candidateId });
    if (after) qb.andWhere('(a.created_at, a.id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))', { at: after.createdAt, id: after.id });
    return qb.orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC').limit(limit + 1).getMany();
  }

  insert(manager: EntityManager, values: Partial<ApplicationEntity>): Promise<ApplicationEntity> {
    const repo = manager.getRepository(ApplicationEntity);
    return repo.save(repo.create(values));
  }

  /**
   * Moves the application only if it is still in one of `from`. The row is
   * locked first (SELECT … FOR UPDATE waits for a concurrent move and then
   * reads its result), so two concurrent moves from the same state cannot both
   * succeed. Must run inside the caller's transaction.
   */
  async moveStatus(manager: EntityManager, id: string, from: readonly ApplicationStatus[], to: ApplicationStatus): Promise<ApplicationStatus | null> {
    const [row]: Array<{ status: ApplicationStatus }> = await manager.query('SELECT status FROM applications WHERE id = $1 FOR UPDATE', [id]);
    if (!row || !from.includes(row.status)) return null;
    await manager.query('UPDATE applications SET status = $2, status_changed_at = now(), updated_at = now() WHERE id = $1', [id, to]);
    return row.status;
  }

  /** Sets identity_revealed_at the first time; true when this call revealed it. */
  async revealIdentity(manager: EntityManager, id: string): Promise<boolean> {
    const result: unknown = await manager.query(`UPDATE applications SET identity_revealed_at = now() WHERE id = $1 AND identity_revealed_at IS NULL RETURNING id`, [id]);
    return queryRows(result).length > 0;
  }

  /** Who applied, and the profile a reviewer reads beside the score (skills and languages as the candidate typed them). */
  async identityOf(candidateId: string): Promise<CandidateOnRecord> {
    const [row] = await this.applications.query(
      `SELECT u.name, u.email, p.headline, p.city, p.country, p.summary, p.years_experience AS "yearsExperience",
              COALESCE(p.skills, '[]'::jsonb) AS skills, COALESCE(p.languages, '[]'::jsonb) AS languages
         FROM users u LEFT JOIN candidate_profiles p ON p.candidate_id = u.id WHERE u.id = $1`,
      [candidateId],
    );
    return row ?? { name: null, email: null, headline: null, city: null, country: null, summary: null, yearsExperience: null, skills: [], languages: [] };
  }

  addEvent(manager: EntityManager, event: NewEvent): Promise<ApplicationEventEntity> {
    const repo = manager.getRepository(ApplicationEventEntity);
    return repo.save(repo.create({ note: null, revealed: null, ...event }));
  }

  listEvents(applicationId: string): Promise<ApplicationEventEntity[]> {
    return this.events.find({ where: { applicationId }, order: { id: 'ASC' } });
  }

  /**
   * The names of the organization's members among `actorIds`, for the audit trail. Only members: a
   * candidate's own moves (withdrawing) never put their name beside a blind review.
   */
  async memberNames(organizationId: string, actorIds: string[]): Promise<Map<string, string>> {
    if (actorIds.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await this.events.manager.query(
      `SELECT id, name FROM users WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
      [organizationId, [...new Set(actorIds)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

export interface CandidateOnRecord {
  name: string | null;
  email: string | null;
  headline: string | null;
  city: string | null;
  country: string | null;
  summary: string | null;
  yearsExperience: number | null;
  skills: Array<{ name: string; skillId: string | null; level: number; years?: number }>;
  languages: Array<{ language: string; level: string }>;
}
