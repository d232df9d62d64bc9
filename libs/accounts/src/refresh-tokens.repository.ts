import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { queryRows } from '@embauche/database/query-rows';
import type { DataSource, EntityManager } from 'typeorm';

export interface NewRefreshToken {
  tokenHash: string;
  familyId: string;
  userId: string;
  expiresAt: Date;
}

export interface RefreshTokenState {
  familyId: string;
  userId: string;
  used: boolean;
  revoked: boolean;
  expired: boolean;
}

/** Raw statements on purpose: each is one indexed statement, and consume must be atomic. */
@Injectable()
export class RefreshTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(token: NewRefreshToken, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`INSERT INTO refresh_tokens (token_hash, family_id, user_id, expires_at) VALUES ($1, $2, $3, $4)`, [
      token.tokenHash,
      token.familyId,
      token.userId,
      token.expiresAt,
    ]);
  }

  /**
   * Marks a live token of an active user used and returns its family, or
   * nothing. One statement: of two concurrent refreshes with the same token,
   * exactly one wins (the other sees it used once the row lock is released).
   */
  async consume(tokenHash: string, manager: EntityManager): Promise<{ familyId: string; userId: string } | null> {
    const rows = queryRows<{ family_id: string; user_id: string }>(
      await manager.query(
        `UPDATE refresh_tokens t SET used_at = now()
           FROM users u
          WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.revoked_at IS NULL AND t.expires_at > now()
            AND u.id = t.user_id AND u.erased_at IS NULL AND u.deactivated_at IS NULL
          RETURNING t.family_id, t.user_id`,
        [tokenHash],
      ),
    );
    return rows.length ? { familyId: rows[0].family_id, userId: rows[0].user_id } : null;
  }

  async findState(tokenHash: string): Promise<RefreshTokenState | null> {
    const rows: Array<{ family_id: string; user_id: string; used: boolean; revoked: boolean; expired: boolean }> = await this.dataSource.query(
      `SELECT family_id, user_id, used_at IS NOT NULL AS used, revoked_at IS NOT NULL AS revoked, expires_at <= now() AS expired
         FROM refresh_tokens WHERE token_hash = $1`,
      [tokenHash],
    );
    if (!rows.length) return null;
    const [r] = rows;
    return { familyId: r.family_id, userId: r.user_id, used: r.used, revoked: r.revoked, expired: r.expired };
  }

  /** Revoked rows also expire now, so pruning finds them through the one expires_at index. */
  async revokeFamily(familyId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_tokens SET revoked_at = coalesce(revoked_at, now()), expires_at = least(expires_at, now()) WHERE family_id = $1`,
      [familyId],
    );
  }

  /** For deactivating an account: every session of the user ends (inside the deactivation's transaction). */
  async revokeAllForUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `UPDATE refresh_tokens SET revoked_at = coalesce(revoked_at, now()), expires_at = least(expires_at, now()) WHERE user_id = $1 AND expires_at > now()`,
      [userId],
    );
  }

  /**
   * Deletes at most `limit` dead (expired or revoked) rows. Bounded so a
   * refresh never pays for a backlog; SKIP LOCKED so concurrent prunes do not
   * queue behind each other.
   */
  async prune(limit: number): Promise<number> {
    const rows = queryRows<{ id: string }>(
      await this.dataSource.query(
        `DELETE FROM refresh_tokens WHERE id IN (
           SELECT id FROM refresh_tokens WHERE expires_at <= now() ORDER BY expires_at LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING id`,
        [limit],
      ),
    );
    return rows.length;
  }
}

/**
 * Ends every browser session of a user inside the caller's transaction (erasure
 * must not leave a way back in). A function, not a method, so that the privacy
 * library can call it on its own transaction's manager without a new dependency.
 */
export async function endAllSessionsOf(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(`DELETE FROM refresh_tokens WHERE user_id = $1`, [userId]);
}
