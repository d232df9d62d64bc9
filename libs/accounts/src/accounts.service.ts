import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ConflictError, NotFoundError, UnauthorizedError } from '@embauche/common';
import { runInTransaction } from '@embauche/database/transaction';
import { isUniqueViolation } from '@embauche/database/unique-violation';
import { DataSource } from 'typeorm';
import { OrganizationsRepository } from './organizations.repository';
import { PasswordHasher } from './password-hasher';
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

const normalizeEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class AccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
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
