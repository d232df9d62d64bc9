import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type EntityManager, type Repository } from 'typeorm';
import type { Actor, MemberRole, Role } from './roles';
import { UserEntity } from './user.entity';

export interface LockedMember {
  id: string;
  role: MemberRole;
  active: boolean;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
  passwordHash: string;
  preferredLanguage?: string | null;
}

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  insert(user: NewUser, manager?: EntityManager): Promise<UserEntity> {
    const repo = manager ? manager.getRepository(UserEntity) : this.users;
    return repo.save(repo.create(user));
  }

  /**
   * What every authenticated request needs (id, role, organization) of an
   * account that is neither erased nor deactivated: one plain indexed read,
   * no entity mapping — it runs before every route.
   */
  async findActor(id: string): Promise<Actor | null> {
    const rows: Array<{ id: string; role: Role; organization_id: string | null }> = await this.users.manager.query(
      'SELECT id, role, organization_id FROM users WHERE id = $1 AND erased_at IS NULL AND deactivated_at IS NULL',
      [id],
    );
    return rows.length === 0 ? null : { id: rows[0].id, role: rows[0].role, organizationId: rows[0].organization_id };
  }

  /** Sets the language of the emails the platform sends them; null when the account is erased or unknown. */
  async setPreferredLanguage(id: string, language: string): Promise<UserEntity | null> {
    await this.users.update({ id, erasedAt: IsNull(), deactivatedAt: IsNull() }, { preferredLanguage: language });
    return this.findActiveById(id);
  }

  /** Neither erased nor deactivated: an account that may sign in and act. */
  findActiveById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id, erasedAt: IsNull(), deactivatedAt: IsNull() });
  }

  findActiveByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email, erasedAt: IsNull(), deactivatedAt: IsNull() });
  }

  /** Every member not erased, deactivated ones included (an admin reactivates them from this list). */
  listMembers(organizationId: string): Promise<UserEntity[]> {
    return this.users.find({ where: { organizationId, erasedAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Locks, in primary-key order and until the transaction ends, the rows of
   * the organization's admins plus `ids` (the member changed and the admin
   * changing them). Every change to a member's role or activity takes these
   * locks first, so two of them run one after the other and the second sees
   * what the first did: two admins demoting each other cannot both succeed.
   * NO KEY UPDATE, not UPDATE: it still waits for (and blocks) the share locks
   * of a posting assignment, but not the key-share lock a refresh token's
   * insert takes on its user, so deactivating during a refresh cannot deadlock.
   * Under READ COMMITTED the second re-reads the rows it waited for, so a
   * row demoted meanwhile drops out of the set (it no longer matches).
   */
  async lockAdminsAnd(manager: EntityManager, organizationId: string, ids: string[]): Promise<LockedMember[]> {
    const rows: Array<{ id: string; role: MemberRole; active: boolean }> = await manager.query(
      `SELECT id, role, deactivated_at IS NULL AS active FROM users
        WHERE organization_id = $1 AND erased_at IS NULL AND (role = 'admin' OR id = ANY($2::uuid[]))
        ORDER BY id FOR NO KEY UPDATE`,
      [organizationId, ids],
    );
    return rows;
  }

  /**
   * Takes a member who stops being a hiring manager off every posting of the organization they
   * were assigned to (the caller holds their row's lock): a posting never lists someone who may
   * no longer review it, and its edit form never resends an id the API would refuse.
   */
  async unassignFromPostings(manager: EntityManager, organizationId: string, id: string): Promise<void> {
    await manager.query(
      `UPDATE job_postings SET hiring_manager_ids = array_remove(hiring_manager_ids, $2::uuid), updated_at = now()
        WHERE organization_id = $1 AND $2::uuid = ANY(hiring_manager_ids)`,
      [organizationId, id],
    );
  }

  /** Sets a member's role and activity (the caller holds the row's lock) and returns the row. */
  async setRoleAndActivity(manager: EntityManager, id: string, role: MemberRole, active: boolean): Promise<UserEntity> {
    await manager.query(
      `UPDATE users SET role = $2,
              deactivated_at = CASE WHEN $3::boolean THEN NULL ELSE coalesce(deactivated_at, now()) END,
              updated_at = now()
        WHERE id = $1`,
      [id, role, active],
    );
    return manager.getRepository(UserEntity).findOneByOrFail({ id });
  }

  /**
   * How many of `ids` are members of the organization with `role`, those rows
   * share-locked (in primary-key order) until the caller's transaction ends:
   * a role change or erasure of one of them waits for the assignment that
   * relied on it, or the assignment sees the change (no check-then-act).
   */
  async lockMembersWithRole(manager: EntityManager, organizationId: string, ids: string[], role: MemberRole): Promise<number> {
    const rows: unknown[] = await manager.query(
      `SELECT id FROM users WHERE id = ANY($1::uuid[]) AND organization_id = $2 AND role = $3 AND erased_at IS NULL ORDER BY id FOR SHARE`,
      [ids, organizationId, role],
    );
    return rows.length;
  }
}
