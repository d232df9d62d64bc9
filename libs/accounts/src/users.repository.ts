import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type EntityManager, type Repository } from 'typeorm';
import type { Actor, MemberRole, Role } from './roles';
import { UserEntity } from './user.entity';

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
   * account that is not erased: one plain indexed read, no entity mapping —
   * it runs before every route.
   */
  async findActor(id: string): Promise<Actor | null> {
    const rows: Array<{ id: string; role: Role; organization_id: string | null }> = await this.users.manager.query(
      'SELECT id, role, organization_id FROM users WHERE id = $1 AND erased_at IS NULL',
      [id],
    );
    return rows.length === 0 ? null : { id: rows[0].id, role: rows[0].role, organizationId: rows[0].organization_id };
  }

  /** Sets the language of the emails the platform sends them; null when the account is erased or unknown. */
  async setPreferredLanguage(id: string, language: string): Promise<UserEntity | null> {
    await this.users.update({ id, erasedAt: IsNull() }, { preferredLanguage: language });
    return this.findActiveById(id);
  }

  findActiveById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id, erasedAt: IsNull() });
  }

  findActiveByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email, erasedAt: IsNull() });
  }

  listMembers(organizationId: string): Promise<UserEntity[]> {
    return this.users.find({ where: { organizationId, erasedAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
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
