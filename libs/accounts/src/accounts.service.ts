import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError } from '@embauche/common';
import { runInTransaction } from '@embauche/database/transaction';
import { isUniqueViolation } from '@embauche/database/unique-violation';
import { DataSource } from 'typeorm';
import { OrganizationsRepository } from './organizations.repository';
import { PasswordHasher } from './password-hasher';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import type { Actor, MemberActor, MemberRole } from './roles';
import type { OrganizationEntity } from './organization.entity';
import type { UserEntity } from './user.entity';
import { UsersRepository, type NewUser } from './users.repository';
import { AccountErrorCode } from './account-errors';

export interface Credentials {
  email: string;
  password: string;
}

export interface Session {
  accessToken: string;
  user: UserEntity;
}

export interface AccessTokenClaims {
  sub: string;
  role: string;
  org: string | null;
}

export interface MemberChanges {
  role?: MemberRole;
  active?: boolean;
}

const normalizeEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class AccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokensRepository,
  ) {}

  /** Creates the organization and its first admin in one transaction. */
  async signupOrganization(input: { organizationName: string; name: string; language?: string } & Credentials): Promise<Session> {
    const passwordHash = await this.hasher.hash(input.password);
    const user = await this.uniqueEmail(() =>
      runInTransaction(this.dataSource, async (manager) => {
        const organization = await this.organizations.insert(input.organizationName.trim(), manager);
        return this.users.insert(this.newUser(input, 'admin', organization.id, passwordHash), manager);
      }),
    );
    return this.session(user);
  }

  async signupCandidate(input: { name: string; language?: string } & Credentials): Promise<Session> {
    const passwordHash = await this.hasher.hash(input.password);
    const user = await this.uniqueEmail(() => this.users.insert(this.newUser(input, 'candidate', null, passwordHash)));
    return this.session(user);
  }

  /** One answer for an unknown email and a wrong password, so accounts cannot be enumerated. */
  async login(input: Credentials): Promise<Session> {
    const user = await this.users.findActiveByEmail(normalizeEmail(input.email));
    const ok = await this.hasher.verify(user?.passwordHash ?? null, input.password);
    if (!user || !ok) throw new UnauthorizedError(AccountErrorCode.InvalidCredentials, 'Invalid email or password');
    return this.session(user);
  }

  async me(actor: Actor): Promise<UserEntity> {
    const user = await this.users.findActiveById(actor.id);
    if (!user) throw new NotFoundError(AccountErrorCode.UserNotFound, 'User');
    return user;
  }

  /** The caller's own settings: today the language of their emails. */
  async updateMe(actor: Actor, changes: { language?: string }): Promise<UserEntity> {
    const user = changes.language ? await this.users.setPreferredLanguage(actor.id, changes.language) : await this.users.findActiveById(actor.id);
    if (!user) throw new NotFoundError(AccountErrorCode.UserNotFound, 'User');
    return user;
  }

  async createMember(actor: MemberActor, input: { name: string; role: MemberRole; language?: string } & Credentials): Promise<UserEntity> {
    const passwordHash = await this.hasher.hash(input.password);
    return this.uniqueEmail(() => this.users.insert(this.newUser(input, input.role, actor.organizationId, passwordHash)));
  }

  listMembers(actor: MemberActor): Promise<UserEntity[]> {
    return this.users.listMembers(actor.organizationId);
  }

  /**
   * Changes a member's role or activity. The organization's admin rows, the
   * member's and the caller's are locked first (one order), then the rule is
   * checked on what is committed: at least one active admin stays. A
   * deactivated member's browser sessions end in the same transaction; their
   * access tokens stop working at their next request (the guard loads the
   * actor, which a deactivated account no longer is).
   */
  async updateMember(actor: MemberActor, memberId: string, changes: MemberChanges): Promise<UserEntity> {
    return runInTransaction(this.dataSource, async (manager) => {
      const rows = await this.users.lockAdminsAnd(manager, actor.organizationId, [memberId, actor.id]);
      const caller = rows.find((r) => r.id === actor.id);
      // Demoted or deactivated by another admin while this request waited for the lock.
      if (!caller || caller.role !== 'admin' || !caller.active) throw new ForbiddenError(AccountErrorCode.RoleForbidden, 'Your role may not do this');
      const member = rows.find((r) => r.id === memberId);
      if (!member) throw new NotFoundError(AccountErrorCode.MemberNotFound, 'Member');
      const role = changes.role ?? member.role;
      const active = changes.active ?? member.active;
      const adminsLeft = rows.filter((r) => r.id !== memberId && r.role === 'admin' && r.active).length + (role === 'admin' && active ? 1 : 0);
      if (adminsLeft === 0) throw new ConflictError(AccountErrorCode.LastAdmin, 'The organization must keep at least one active admin');
      const user = await this.users.setRoleAndActivity(manager, memberId, role, active);
      if (member.role === 'hiring_manager' && role !== 'hiring_manager') await this.users.unassignFromPostings(manager, actor.organizationId, memberId);
      // On reactivation too: a session a refresh opened while the deactivation committed stays ended.
      if (member.active !== active) await this.refreshTokens.revokeAllForUser(memberId, manager);
      return user;
    });
  }

  async organization(actor: MemberActor): Promise<OrganizationEntity> {
    const organization = await this.organizations.findById(actor.organizationId);
    if (!organization) throw new NotFoundError(AccountErrorCode.OrganizationNotFound, 'Organization');
    return organization;
  }

  async updateOrganization(actor: MemberActor, changes: { name?: string; blindReview?: boolean }): Promise<OrganizationEntity> {
    const organization = await this.organizations.update(actor.organizationId, changes);
    if (!organization) throw new NotFoundError(AccountErrorCode.OrganizationNotFound, 'Organization');
    return organization;
  }

  private newUser(input: { name: string; language?: string } & Credentials, role: NewUser['role'], organizationId: string | null, passwordHash: string): NewUser {
    return { email: normalizeEmail(input.email), name: input.name.trim(), role, organizationId, passwordHash, preferredLanguage: input.language ?? null };
  }

  private async uniqueEmail<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError(AccountErrorCode.EmailTaken, 'An account with this email already exists');
      throw error;
    }
  }

  private async session(user: UserEntity): Promise<Session> {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, org: user.organizationId };
    return { accessToken: await this.jwt.signAsync(claims), user };
  }
}
