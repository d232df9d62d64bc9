import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JwtService } from '@nestjs/jwt';
import { Environment, UnauthorizedError } from '@embauche/common';
import { runInTransaction } from '@embauche/database/transaction';
import type { DataSource } from 'typeorm';
import type { AccessTokenClaims } from './accounts.service';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import type { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';
import { AccountErrorCode } from './account-errors';

export interface BrowserSession {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  /** The raw refresh token, for the cookie only; never stored. */
  refreshToken: string;
  refreshMaxAge: number;
  user: UserEntity;
}

/** 32 random bytes, base64url: 43 characters. Anything else is garbled. */
export const REFRESH_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const PRUNE_BATCH = 100;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Browser sessions: a short-lived access token plus a rotating refresh token.
 * A used token presented again means two parties hold it, so the family is
 * revoked and both must sign in again.
 */
@Injectable()
export class BrowserSessionsService {
  private readonly logger = new Logger(BrowserSessionsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: RefreshTokensRepository,
    private readonly users: UsersRepository,
    private readonly jwt: JwtService,
    private readonly env: Environment,
  ) {}

  /** Opens a new family for a user who just proved who they are. */
  async start(user: UserEntity): Promise<BrowserSession> {
    const refreshToken = await this.issue(user.id, randomUUID());
    await this.pruneQuietly();
    return this.session(user, refreshToken);
  }

  async refresh(presented: string | undefined): Promise<BrowserSession> {
    if (!presented || !REFRESH_TOKEN_PATTERN.test(presented)) throw new UnauthorizedError(AccountErrorCode.SessionInvalid, 'The session cookie is missing or invalid');
    const tokenHash = hashOf(presented);
    const rotated = await runInTransaction(this.dataSource, async (manager) => {
      const consumed = await this.tokens.consume(tokenHash, manager);
      if (!consumed) return null;
      return { userId: consumed.userId, refreshToken: await this.issue(consumed.userId, consumed.familyId, manager) };
    });
    if (!rotated) return this.refuse(tokenHash);
    await this.pruneQuietly();
    const user = await this.users.findActiveById(rotated.userId);
    if (!user) throw new UnauthorizedError(AccountErrorCode.SessionEnded, 'The session has ended; sign in again');
    return this.session(user, rotated.refreshToken);
  }

  /** Ends the family of the presented token, whatever its state; unknown tokens are simply ignored. */
  async end(presented: string | undefined): Promise<void> {
    if (!presented || !REFRESH_TOKEN_PATTERN.test(presented)) throw new UnauthorizedError(AccountErrorCode.SessionInvalid, 'The session cookie is missing or invalid');
    const state = await this.tokens.findState(hashOf(presented));
    if (state) await this.tokens.revokeFamily(state.familyId);
  }

  /** Why a token was not accepted; a replayed (used) or orphaned one takes its whole family down. */
  private async refuse(tokenHash: string): Promise<never> {
    const state = await this.tokens.findState(tokenHash);
    if (state && !state.revoked && !state.expired) {
      await this.tokens.revokeFamily(state.familyId);
      if (state.used) this.logger.warn({ familyId: state.familyId, userId: state.userId }, 'Refresh token reused: session family revoked');
    }
    throw new UnauthorizedError(AccountErrorCode.SessionEnded, 'The session has ended; sign in again');
  }

  private async issue(userId: string, familyId: string, manager = this.dataSource.manager): Promise<string> {
    const refreshToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.env.SESSION_REFRESH_TTL_SECONDS * 1000);
    await this.tokens.insert({ tokenHash: hashOf(refreshToken), familyId, userId, expiresAt }, manager);
    return refreshToken;
  }

  private async session(user: UserEntity, refreshToken: string): Promise<BrowserSession> {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, org: user.organizationId };
    const expiresIn = this.env.SESSION_ACCESS_TTL_SECONDS;
    const accessToken = await this.jwt.signAsync(claims, { expiresIn });
    return { accessToken, expiresIn, refreshToken, refreshMaxAge: this.env.SESSION_REFRESH_TTL_SECONDS, user };
  }

  /** Housekeeping must never fail a sign-in or a refresh. */
  private async pruneQuietly(): Promise<void> {
    try {
      await this.tokens.prune(PRUNE_BATCH);
    } catch (error) {
      this.logger.warn({ err: error }, 'Pruning refresh tokens failed');
    }
  }
}
